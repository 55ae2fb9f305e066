import type { BackendContext } from '../context';
import type { ActionInMeeting } from '../../contract/schemas/actions';
import type { Signal } from '../../contract/schemas/signals';
import { getMunicipality } from '../../db/queries/municipality';
import { getSignal } from '../../db/queries/signals';
import { actielijstOrder, verslagAction, verslagSignal, type VerslagContent, type VerslagItem } from '../../domain/verslag/content';
import { buildMeetingRecord } from '../meeting/detail';

/**
 * The content of a concept verslag, read live from the meeting: header, attendance per
 * organisation, per agenda item the notulist's text, decisions, signals and actions (new and
 * followed up), and the actielijst. Confidential signals are reduced here (domain/verslag), so
 * nothing confidential is ever frozen into a vastgesteld version or reaches a file.
 */
export function liveVerslagContent(ctx: BackendContext, meetingId: number, summaries: ReadonlyMap<number, string>): VerslagContent {
  const detail = buildMeetingRecord(ctx, meetingId);
  const m = detail.meeting;
  const known = new Map<number, Signal>([...detail.signals, ...detail.carriedSignals].map((s) => [s.id, s]));
  const signalOf = (id: number | null): Signal | null => {
    if (id === null) return null;
    let s = known.get(id) ?? null;
    if (!s) {
      s = getSignal(ctx.db, id);
      if (s) known.set(id, s);
    }
    return s;
  };
  const toAction = (a: ActionInMeeting) => {
    const signal = signalOf(a.signalId);
    return verslagAction(
      {
        ...a,
        confidentialSignal: signal?.sensitivity === 'vertrouwelijk' ? { theme: signal.theme, buurtName: signal.buurtName } : null,
        signalTitle: signal?.sensitivity === 'vertrouwelijk' ? null : a.signalTitle,
      },
      m.date,
    );
  };

  const byKind = (kind: string) => detail.agenda.find((i) => i.kind === kind)?.id ?? detail.agenda[0]?.id ?? null;
  const roundId = byKind('signalenronde');
  const reviewId = byKind('verslag_actielijst');
  const items = new Map<number, VerslagItem>(
    detail.agenda.map((item, n) => [
      item.id,
      {
        agendaItemId: item.id,
        number: n + 1,
        title: item.title,
        kind: item.kind,
        summary: summaries.get(item.id) ?? null,
        decisions: [],
        signalsNew: [],
        signalsFollowed: [],
        actionsNew: [],
        actionsUpdated: [],
      },
    ]),
  );
  const at = (id: number | null) => (id !== null ? items.get(id) : undefined) ?? (roundId !== null ? items.get(roundId) : undefined);

  for (const d of detail.decisions) at(d.agendaItemId)?.decisions.push(d.text);
  for (const s of detail.signals) at(s.agendaItemId)?.signalsNew.push(verslagSignal(s));
  for (const s of detail.carriedSignals) if (s.followUpHere) at(roundId)?.signalsFollowed.push(verslagSignal(s));
  for (const a of detail.actions) {
    const raisedHere = a.signalId !== null ? detail.signals.find((s) => s.id === a.signalId) : undefined;
    at(a.agendaItemId ?? raisedHere?.agendaItemId ?? null)?.actionsNew.push(toAction(a));
  }
  for (const a of detail.carriedActions) if (a.followUpHere) at(reviewId)?.actionsUpdated.push(toAction(a));

  const groups = new Map<string, VerslagContent['attendance'][number]>();
  for (const row of detail.attendance) {
    const group = groups.get(row.organisationName) ?? { organisation: row.organisationName, members: [] };
    groups.set(row.organisationName, group);
    const substitute =
      row.status === 'vervangen' && row.substituteName
        ? row.substituteOrganisationName && row.substituteOrganisationName !== row.organisationName
          ? `${row.substituteName} (${row.substituteOrganisationName})`
          : row.substituteName
        : null;
    group.members.push({ name: row.name, role: row.role, status: row.status, substitute, chair: row.isChair, secretary: row.isSecretary });
  }

  return {
    municipality: getMunicipality(ctx.db)?.name ?? 'Gemeente',
    team: m.teamName,
    wijk: m.wijkName,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    chair: m.chairName,
    secretary: m.secretaryName,
    attendance: [...groups.values()],
    guests: detail.guests.map((g) => ({ name: g.name, organisation: g.organisationName, role: g.role })),
    items: [...items.values()],
    openActions: [...detail.actions, ...detail.carriedActions].filter((a) => a.isOpen).map(toAction).sort(actielijstOrder),
  };
}
