import { DomainError, notFound, present } from '../../contract';
import { addDays, buildPartnerList, FIRST_LIST_LOOKBACK_DAYS, partnerListFileBase, type PartnerList, type PartnerListContact } from '../../domain/partnerList';
import { partnerMail, type PartnerMail } from '../../domain/documents/partnerMail';
import { documentFileBase, documentFileName } from '../../domain/documents/model';
import { getMeeting } from '../../db/queries/meetings';
import { getMunicipality } from '../../db/queries/municipality';
import { getOrganisation } from '../../db/queries/organisations';
import { getPerson } from '../../db/queries/people';
import { getTeam } from '../../db/queries/teams';
import * as q from '../../db/queries/partnerLists';
import { todayIn, type BackendContext } from '../context';

/**
 * Partner action lists, the database side: which organisations a team's lists go to, one
 * organisation's list, its mail, and the record of lists made. Rendering the files happens
 * elsewhere (the document worker); this module only reads, except recordPartnerListMade.
 */

/** Where a run of lists comes from: a held meeting (its date), or a team on any date (the actions overview). */
export type PartnerListSource = { meetingId: number } | { teamId: number; asOf?: string | null };

export interface PartnerListRun {
  teamId: number;
  teamName: string;
  wijkName: string;
  asOf: string;
  meetingId: number | null;
  meetingDate: string | null;
  /** The meeting's (else the team's) chair and secretary. */
  chairId: number | null;
  secretaryId: number | null;
  organisations: q.PartnerListOrganisationRow[];
}

export function resolvePartnerListRun(ctx: BackendContext, source: PartnerListSource): PartnerListRun {
  if ('meetingId' in source) {
    const meeting = getMeeting(ctx.db, source.meetingId) ?? (() => { throw notFound('Dit overleg'); })();
    if (meeting.status === 'gepland') {
      throw new DomainError('validation', 'Dit overleg is nog niet gehouden. Maak de actielijsten na het overleg, of vanuit Alle acties voor een datum.', {
        meetingId: 'Dit overleg is nog niet gehouden.',
      });
    }
    const team = present(getTeam(ctx.db, meeting.teamId), 'Dit team');
    return {
      teamId: team.id,
      teamName: team.name,
      wijkName: team.wijkName,
      asOf: meeting.date,
      meetingId: meeting.id,
      meetingDate: meeting.date,
      chairId: meeting.chairId ?? team.chairId,
      secretaryId: meeting.secretaryId ?? team.secretaryId,
      organisations: q.organisationsWithOpenActions(ctx.db, team.id, meeting.date),
    };
  }
  const team = getTeam(ctx.db, source.teamId) ?? (() => { throw notFound('Dit team'); })();
  const asOf = source.asOf ?? todayIn(ctx);
  return {
    teamId: team.id,
    teamName: team.name,
    wijkName: team.wijkName,
    asOf,
    meetingId: null,
    meetingDate: null,
    chairId: team.chairId,
    secretaryId: team.secretaryId,
    organisations: q.organisationsWithOpenActions(ctx.db, team.id, asOf),
  };
}

/** One organisation's list on a date: its actions in every team, and the signals it owns. */
export function loadPartnerList(ctx: Pick<BackendContext, 'db'>, organisationId: number, asOf: string): PartnerList {
  const organisation = getOrganisation(ctx.db, organisationId) ?? (() => { throw notFound('Deze organisatie'); })();
  const previousListOn = q.previousPartnerListDate(ctx.db, organisationId, asOf);
  const finishedSince = previousListOn ?? addDays(asOf, -FIRST_LIST_LOOKBACK_DAYS);
  const actions = q.partnerListActions(ctx.db, organisationId, asOf, finishedSince);
  const signals = q.partnerListSignals(ctx.db, organisationId, asOf);
  const teamIds = [...new Set([...actions.map((a) => a.teamId), ...signals.map((s) => s.teamId)])];
  return buildPartnerList({
    organisation: { id: organisation.id, name: organisation.name },
    municipalityName: getMunicipality(ctx.db)?.name ?? '',
    asOf,
    previousListOn,
    teams: q.partnerListTeams(ctx.db, organisationId, asOf, teamIds),
    actions,
    signals,
  });
}

const contactOf = (ctx: BackendContext, personId: number | null): PartnerListContact | null => {
  const p = personId === null ? null : getPerson(ctx.db, personId);
  return p ? { name: p.name, role: p.role, email: p.email, phone: p.phone } : null;
};

export interface PartnerListMailContext {
  recipients: q.RecipientRow[];
  mail: PartnerMail;
}

export function partnerListMail(ctx: BackendContext, run: PartnerListRun, list: PartnerList, verslagMeetingDate: string | null): PartnerListMailContext {
  const recipients = q.partnerListRecipients(ctx.db, run.teamId, list.organisation.id, run.asOf);
  return {
    recipients,
    mail: partnerMail({
      list,
      teamName: run.teamName,
      meetingDate: run.meetingDate,
      recipients,
      sender: contactOf(ctx, run.secretaryId),
      wijkmanager: contactOf(ctx, run.chairId),
      verslagMeetingDate,
    }),
  };
}

export function recordPartnerListMade(ctx: BackendContext, run: PartnerListRun, list: PartnerList): void {
  q.recordPartnerList(
    ctx.db,
    {
      organisationId: list.organisation.id,
      asOf: list.asOf,
      teamId: run.teamId,
      meetingId: run.meetingId,
      openCount: list.counts.open,
      overdueCount: list.counts.overdue,
      finishedCount: list.counts.finished,
    },
    ctx.now(),
  );
}

export const partnerListFileNames = (list: PartnerList) => {
  const base = partnerListFileBase(list.organisation.name, list.asOf);
  return { pdf: documentFileName(base, 'pdf'), eml: `${documentFileBase(base)}.eml` };
};
