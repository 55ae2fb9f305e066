import { DomainError, notFound } from '../../contract';
import type { DocumentFile } from '../../contract/schemas/documents';
import type { VerslagView } from '../../contract/schemas/verslag';
import type { DocumentFormat } from '../../domain/documents/model';
import { meetingIsBefore } from '../../domain/meeting';
import { VERSLAG_LOCKED, verslagChanges, type VerslagContent } from '../../domain/verslag/content';
import { buildVerslagDocument, verslagFileBase } from '../../domain/verslag/document';
import { listAgendaItems } from '../../db/queries/agenda';
import { getPerson } from '../../db/queries/people';
import {
  establishVersion,
  insertVerslag,
  insertVersion,
  listVerslagVersions,
  saveSummary,
  summariesOf,
  type VerslagVersionRow,
} from '../../db/queries/verslag';
import { todayIn, type BackendContext } from '../context';
import { exportDocument } from '../documents/export';
import { requireItemOfMeeting, requireMeeting } from '../meeting/guards';
import { liveVerslagContent } from './content';

const NO_VERSLAG = 'Er is nog geen verslag van dit overleg. Begin eerst het verslag.';

const info = (row: VerslagVersionRow) => ({
  version: row.version,
  status: row.status,
  reason: row.reason,
  createdAt: row.createdAt,
  createdBy: row.createdBy,
  vastgesteldOn: row.vastgesteldOn,
  vastgesteldAt: row.vastgesteldAt,
  vastgesteldBy: row.vastgesteldBy,
  vastgesteldInMeetingId: row.vastgesteldInMeetingId,
  vastgesteldInMeetingDate: row.vastgesteldInMeetingDate,
});

/** The content of a version: frozen once vastgesteld, else live from the meeting with its own texts. */
function contentOf(ctx: BackendContext, meetingId: number, row: VerslagVersionRow | null): VerslagContent {
  if (row?.content) return row.content;
  return liveVerslagContent(ctx, meetingId, row ? summariesOf(ctx.db, row.id) : new Map());
}

/** What the verslag screen shows; `version` picks an older one (default: the latest). */
export function verslagView(ctx: BackendContext, meetingId: number, version?: number): VerslagView {
  const meeting = requireMeeting(ctx, meetingId);
  const rows = listVerslagVersions(ctx.db, meetingId);
  const latest = rows.at(-1) ?? null;
  const selected = version === undefined ? latest : (rows.find((r) => r.version === version) ?? null);
  if (version !== undefined && !selected) throw notFound(`Versie ${version} van dit verslag`);

  // A concept is built once per request, for the list of changes and for the screen.
  const contents = new Map<number, VerslagContent>();
  const content = (row: VerslagVersionRow | null) => {
    const key = row?.version ?? 0;
    let c = contents.get(key);
    if (!c) contents.set(key, (c = contentOf(ctx, meetingId, row)));
    return c;
  };
  const shown = content(selected);
  const summaries =
    selected?.status === 'concept'
      ? [...summariesOf(ctx.db, selected.id)].map(([agendaItemId, text]) => ({ agendaItemId, text }))
      : shown.items.flatMap((i) => (i.summary !== null ? [{ agendaItemId: i.agendaItemId, text: i.summary }] : []));

  return {
    meetingId,
    meetingStatus: meeting.status,
    teamId: meeting.teamId,
    versions: rows.map((row, n) => ({ ...info(row), changes: n === 0 ? [] : verslagChanges(content(rows[n - 1] ?? null), content(row)) })),
    selected: selected ? info(selected) : null,
    content: shown,
    summaries,
    notes: listAgendaItems(ctx.db, meetingId).map((i) => ({ agendaItemId: i.id, notes: i.notes })),
    editable: selected !== null && selected === latest && selected.status === 'concept',
    createdAt: ctx.now().toISOString(),
  };
}

/** Starts the verslag (version 1): the notulist's text per agenda item starts from the meeting notes. */
export function createVerslag(ctx: BackendContext, meetingId: number): VerslagView {
  const meeting = requireMeeting(ctx, meetingId);
  if (meeting.status === 'gepland') throw new DomainError('conflict', 'Dit overleg is nog niet begonnen: het verslag kan pas worden opgesteld als het overleg is gestart.');
  if (listVerslagVersions(ctx.db, meetingId).length > 0) throw new DomainError('conflict', 'Er is al een verslag van dit overleg.');
  const notes = new Map(
    listAgendaItems(ctx.db, meetingId).flatMap((i): [number, string][] => (i.notes?.trim() ? [[i.id, i.notes]] : [])),
  );
  ctx.db.transaction(() => insertVerslag(ctx.db, meetingId, meeting.secretaryName, notes, ctx.now()))();
  return verslagView(ctx, meetingId);
}

function latestVersion(ctx: BackendContext, meetingId: number): VerslagVersionRow {
  const latest = listVerslagVersions(ctx.db, meetingId).at(-1);
  if (!latest) throw new DomainError('conflict', NO_VERSLAG);
  return latest;
}

/** The notulist's text at one agenda item, saved as it is typed. Refused once vastgesteld. */
export function saveVerslagSummary(ctx: BackendContext, meetingId: number, agendaItemId: number, text: string | null) {
  requireMeeting(ctx, meetingId);
  const latest = latestVersion(ctx, meetingId);
  if (latest.status === 'vastgesteld') throw new DomainError('conflict', VERSLAG_LOCKED);
  requireItemOfMeeting(ctx, agendaItemId, meetingId);
  saveSummary(ctx.db, latest.id, agendaItemId, text, ctx.now());
  return { agendaItemId, text };
}

const personName = (ctx: BackendContext, id: number | null): string | null => (id === null ? null : (getPerson(ctx.db, id)?.name ?? null));

/**
 * Vaststellen. In a later meeting of the same team while it runs (the chair, under "Verslag en
 * actielijst vorig overleg"), or by the notulist with the date it was agreed. The content is
 * frozen as it reads now, and the database keeps it so.
 */
export function establishVerslag(ctx: BackendContext, req: { meetingId: number; inMeetingId: number | null; date: string | null; byPersonId: number | null }): VerslagView {
  const meeting = requireMeeting(ctx, req.meetingId);
  const latest = latestVersion(ctx, req.meetingId);
  if (latest.status === 'vastgesteld') throw new DomainError('conflict', `Versie ${latest.version} van dit verslag is al vastgesteld.`);
  if (meeting.status !== 'afgerond') throw new DomainError('conflict', 'Rond het overleg eerst af: pas dan ligt vast waarover het verslag gaat.');

  let on: string;
  let by: string | null;
  let inMeetingId: number | null = null;
  if (req.inMeetingId !== null) {
    const later = requireMeeting(ctx, req.inMeetingId);
    if (later.teamId !== meeting.teamId || !meetingIsBefore(meeting, later)) {
      throw new DomainError('validation', 'Een verslag wordt vastgesteld in een later overleg van hetzelfde team.', { inMeetingId: 'Kies een later overleg van dit team.' });
    }
    if (later.status !== 'bezig') throw new DomainError('conflict', 'Stel het verslag vast tijdens het overleg: start dat overleg eerst.');
    on = later.date;
    by = later.chairName;
    inMeetingId = later.id;
  } else {
    if (req.date === null) throw new DomainError('validation', 'Vul de datum van vaststelling in.', { date: 'Vul de datum in waarop het verslag is vastgesteld.' });
    on = req.date;
    if (on < meeting.date) throw new DomainError('validation', 'Het verslag kan niet zijn vastgesteld vóór het overleg zelf.', { date: 'Kies een datum op of na de dag van het overleg.' });
    if (on > todayIn(ctx)) throw new DomainError('validation', 'De datum van vaststelling ligt in de toekomst.', { date: 'Kies vandaag of een eerdere datum.' });
    by = personName(ctx, req.byPersonId) ?? meeting.secretaryName;
  }
  const content = liveVerslagContent(ctx, req.meetingId, summariesOf(ctx.db, latest.id));
  establishVersion(ctx.db, latest.id, { on, inMeetingId, by, content }, ctx.now());
  return verslagView(ctx, req.meetingId);
}

/** A correction of a vastgesteld verslag: a new concept version, starting from the last one's text. */
export function correctVerslag(ctx: BackendContext, req: { meetingId: number; reason: string; byPersonId: number | null }): VerslagView {
  const meeting = requireMeeting(ctx, req.meetingId);
  const latest = latestVersion(ctx, req.meetingId);
  if (latest.status !== 'vastgesteld' || !latest.content) {
    throw new DomainError('conflict', `Versie ${latest.version} is nog een concept: pas die aan, een correctie is pas nodig na vaststelling.`);
  }
  const summaries = new Map(latest.content.items.flatMap((i): [number, string][] => (i.summary !== null ? [[i.agendaItemId, i.summary]] : [])));
  ctx.db.transaction(() => insertVersion(ctx.db, latest.verslagId, latest.version + 1, req.reason, personName(ctx, req.byPersonId) ?? meeting.secretaryName, summaries, ctx.now()))();
  return verslagView(ctx, req.meetingId);
}

/** One version as a file. The reading happens here; the worker only renders. */
export function exportVerslag(ctx: BackendContext, req: { meetingId: number; version: number; format: DocumentFormat }): Promise<DocumentFile> {
  const view = verslagView(ctx, req.meetingId, req.version);
  const version = view.selected;
  if (!version) throw new DomainError('not_found', NO_VERSLAG);
  const model = buildVerslagDocument(view.content, version, view.createdAt);
  return exportDocument(ctx, model, req.format, verslagFileBase(view.content, version));
}
