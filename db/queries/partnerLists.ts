import type { Db } from '../connection';
import type { PartnerListActionInput, PartnerListContact, PartnerListSignalInput, PartnerListTeamInput } from '../../domain/partnerList';
import { allRows } from './rows';

/**
 * What the partner action lists read: one organisation's actions and signals across every team,
 * the organisations a team's lists go to, the recipients, and the record of lists made.
 * Queries only read; recordPartnerList is the one write.
 */

const LATEST_ACTION_NOTE = `action_follow_up f JOIN meeting fm ON fm.id = f.meeting_id
          WHERE f.action_id = a.id AND f.note IS NOT NULL AND fm.date <= @asOf ORDER BY fm.date DESC, fm.start_time DESC, f.id DESC LIMIT 1`;

/**
 * The organisation's actions that may be on a list for `asOf`: agreed by then and open then or
 * closed after `closedAfter` (so "finished since the previous list" can be shown). The domain
 * decides what goes where. The signal's confidential fields are not even read.
 */
export function partnerListActions(db: Db, organisationId: number, asOf: string, closedAfter: string): PartnerListActionInput[] {
  return allRows<PartnerListActionInput>(
    db.prepare(
      `SELECT a.id, a.team_id AS teamId, t.name AS teamName, t.wijk_id AS wijkId, w.name AS wijkName,
              a.meeting_id AS meetingId, m.date AS meetingDate, a.owner_organisation_id AS ownerOrganisationId,
              p.name AS ownerPersonName, a.what, a.how, a.why_text AS whyText, ai.title AS agendaItemTitle,
              a.signal_id AS signalId,
              CASE WHEN s.sensitivity = 'normaal' THEN s.title END AS signalTitle,
              s.sensitivity AS signalSensitivity, s.theme AS signalTheme, b.name AS signalBuurtName, s.status AS signalStatus,
              a.horizon, a.deadline, a.preconditions, a.decision_due AS decisionDue, a.motivation, a.status,
              a.cancel_reason AS cancelReason, a.closed_on AS closedOn,
              (SELECT f.note FROM ${LATEST_ACTION_NOTE}) AS lastFollowUpNote,
              (SELECT fm.date FROM ${LATEST_ACTION_NOTE}) AS lastFollowUpDate
       FROM action a
       JOIN meeting m ON m.id = a.meeting_id
       JOIN team t ON t.id = a.team_id
       JOIN wijk w ON w.id = t.wijk_id
       LEFT JOIN person p ON p.id = a.owner_person_id
       LEFT JOIN agenda_item ai ON ai.id = a.agenda_item_id
       LEFT JOIN signal s ON s.id = a.signal_id
       LEFT JOIN buurt b ON b.id = s.buurt_id
       WHERE a.owner_organisation_id = @organisationId AND m.date <= @asOf
         AND (a.closed_on IS NULL OR a.closed_on > @closedAfter)
       ORDER BY m.date, a.id`,
    ),
    { organisationId, asOf, closedAfter },
  );
}

const LATEST_SIGNAL_NOTE = `signal_follow_up f JOIN meeting fm ON fm.id = f.meeting_id
          WHERE f.signal_id = s.id AND f.note IS NOT NULL AND fm.date <= @asOf ORDER BY fm.date DESC, fm.start_time DESC, f.id DESC LIMIT 1`;

/**
 * Signals the organisation is probleemeigenaar of that were open on `asOf`. For a vertrouwelijk
 * signal the title, description, location, outcome and notes are never selected: they cannot
 * leak from a list if they never leave the database.
 */
export function partnerListSignals(db: Db, organisationId: number, asOf: string): PartnerListSignalInput[] {
  const confidential = (column: string) => `CASE WHEN s.sensitivity = 'normaal' THEN ${column} END`;
  return allRows<PartnerListSignalInput>(
    db.prepare(
      `SELECT s.id, s.team_id AS teamId, t.wijk_id AS wijkId, w.name AS wijkName, s.problem_owner_id AS problemOwnerId,
              coalesce(${confidential('s.title')}, '') AS title, s.date, s.theme, b.name AS buurtName,
              ${confidential('s.location')} AS location, ${confidential('s.description')} AS description,
              ${confidential('s.outcome')} AS outcome, s.urgency, s.sensitivity, s.status, s.closed_on AS closedOn,
              ${confidential(`(SELECT f.note FROM ${LATEST_SIGNAL_NOTE})`)} AS lastFollowUpNote,
              ${confidential(`(SELECT fm.date FROM ${LATEST_SIGNAL_NOTE})`)} AS lastFollowUpDate
       FROM signal s
       JOIN team t ON t.id = s.team_id
       JOIN wijk w ON w.id = t.wijk_id
       LEFT JOIN buurt b ON b.id = s.buurt_id
       WHERE s.problem_owner_id = @organisationId AND s.date <= @asOf AND (s.closed_on IS NULL OR s.closed_on > @asOf)
       ORDER BY s.date, s.id`,
    ),
    { organisationId, asOf },
  );
}

interface TeamContactRow {
  id: number;
  name: string;
  wijkId: number;
  wijkName: string;
  chairName: string | null;
  chairRole: string | null;
  chairEmail: string | null;
  chairPhone: string | null;
}

/** The teams the organisation works in on `asOf` (a seat), plus the given ones (actions, signals), with their wijkmanager. */
export function partnerListTeams(db: Db, organisationId: number, asOf: string, alsoTeamIds: readonly number[]): PartnerListTeamInput[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.name, t.wijk_id AS wijkId, w.name AS wijkName,
              c.name AS chairName, c.role AS chairRole, c.email AS chairEmail, c.phone AS chairPhone
       FROM team t JOIN wijk w ON w.id = t.wijk_id LEFT JOIN person c ON c.id = t.chair_id
       WHERE t.id IN (SELECT value FROM json_each(@also))
          OR EXISTS (SELECT 1 FROM team_member tm WHERE tm.team_id = t.id AND tm.organisation_id = @organisationId
                       AND tm.since <= @asOf AND (tm.until IS NULL OR tm.until >= @asOf))
       ORDER BY w.name`,
    )
    .all({ organisationId, asOf, also: JSON.stringify(alsoTeamIds) }) as TeamContactRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    wijkId: r.wijkId,
    wijkName: r.wijkName,
    wijkmanager: r.chairName === null ? null : ({ name: r.chairName, role: r.chairRole, email: r.chairEmail, phone: r.chairPhone } satisfies PartnerListContact),
  }));
}

export interface PartnerListOrganisationRow {
  organisationId: number;
  organisationName: string;
  openActions: number;
}

/**
 * The organisations that get a list from a team on `asOf`: every owner of an action of the team
 * that was open then, whether or not it attended (the absent need it most).
 */
export function organisationsWithOpenActions(db: Db, teamId: number, asOf: string): PartnerListOrganisationRow[] {
  return db
    .prepare(
      `SELECT o.id AS organisationId, o.name AS organisationName, count(*) AS openActions
       FROM action a JOIN meeting m ON m.id = a.meeting_id JOIN organisation o ON o.id = a.owner_organisation_id
       WHERE a.team_id = @teamId AND a.horizon <> 'nooit' AND m.date <= @asOf AND (a.closed_on IS NULL OR a.closed_on > @asOf)
       GROUP BY o.id
       ORDER BY o.name`,
    )
    .all({ teamId, asOf }) as PartnerListOrganisationRow[];
}

export interface RecipientRow {
  name: string;
  email: string | null;
}

/**
 * Who the mail goes to: the organisation's members of the team on `asOf`. Only when none of them
 * has an address, the organisation's general contact.
 */
export function partnerListRecipients(db: Db, teamId: number, organisationId: number, asOf: string): RecipientRow[] {
  const members = db
    .prepare(
      `SELECT p.name, p.email FROM team_member tm JOIN person p ON p.id = tm.person_id
       WHERE tm.team_id = @teamId AND tm.organisation_id = @organisationId
         AND tm.since <= @asOf AND (tm.until IS NULL OR tm.until >= @asOf) AND p.active = 1
       GROUP BY p.id ORDER BY p.name`,
    )
    .all({ teamId, organisationId, asOf }) as RecipientRow[];
  if (members.some((m) => m.email)) return members.filter((m) => m.email);
  const contact = db.prepare('SELECT contact_name AS name, contact_email AS email FROM organisation WHERE id = ?').get(organisationId) as
    | { name: string | null; email: string | null }
    | undefined;
  return contact?.email ? [{ name: contact.name ?? '', email: contact.email }] : [];
}

/** The date of the organisation's latest list before `asOf`: making a list again on the same day shows the same. */
export function previousPartnerListDate(db: Db, organisationId: number, asOf: string): string | null {
  return (db.prepare('SELECT max(as_of) FROM partner_list WHERE organisation_id = ? AND as_of < ?').pluck().get(organisationId, asOf) as string | null) ?? null;
}

export interface PartnerListRecord {
  organisationId: number;
  asOf: string;
  teamId: number | null;
  meetingId: number | null;
  openCount: number;
  overdueCount: number;
  finishedCount: number;
}

export function recordPartnerList(db: Db, r: PartnerListRecord, now: Date): number {
  return Number(
    db
      .prepare(
        `INSERT INTO partner_list (organisation_id, as_of, team_id, meeting_id, open_count, overdue_count, finished_count, made_at)
         VALUES (@organisationId, @asOf, @teamId, @meetingId, @openCount, @overdueCount, @finishedCount, @madeAt)`,
      )
      .run({ ...r, madeAt: now.toISOString() }).lastInsertRowid,
  );
}

export interface PartnerListRecordRow extends PartnerListRecord {
  id: number;
  madeAt: string;
}

export function listPartnerListRecords(db: Db, organisationId: number): PartnerListRecordRow[] {
  return db
    .prepare(
      `SELECT id, organisation_id AS organisationId, as_of AS asOf, team_id AS teamId, meeting_id AS meetingId, open_count AS openCount,
              overdue_count AS overdueCount, finished_count AS finishedCount, made_at AS madeAt
       FROM partner_list WHERE organisation_id = ? ORDER BY as_of DESC, id DESC`,
    )
    .all(organisationId) as PartnerListRecordRow[];
}

/** Organisations of which somebody was at the meeting (aanwezig, or a substitute sent). */
export function organisationsPresentAt(db: Db, meetingId: number): Set<number> {
  return new Set(
    db
      .prepare(`SELECT DISTINCT organisation_id FROM attendance WHERE meeting_id = ? AND status IN ('aanwezig', 'vervangen')`)
      .pluck()
      .all(meetingId) as number[],
  );
}
