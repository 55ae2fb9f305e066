import type { Db } from '../connection';
import type { Action, ActionCreate } from '../../contract/schemas/actions';
import { allRows } from './rows';
import { equals, whereOf } from './where';
import { carriedInto, carryParams, type CarryKey } from './carried';

/** What is written: the editable fields of the contract (already normalised by domain/action.ts) plus the derived closing date. */
export type ActionInput = Omit<ActionCreate, 'meetingId'> & { closedOn: string | null };

/** An action as stored plus the names the overview shows; the derived fields (open, overdue, due date) come from domain/action.ts. */
export type ActionRow = Omit<Action, 'dueDate' | 'overdue' | 'isOpen'>;

const LATEST_FOLLOW_UP = `action_follow_up f JOIN meeting fm ON fm.id = f.meeting_id
          WHERE f.action_id = a.id ORDER BY fm.date DESC, fm.start_time DESC, f.id DESC LIMIT 1`;

/** One query with joins for everything the overview filters on; the latest follow-up comes from one indexed correlated lookup per row. */
const SELECT = `
  SELECT a.id, a.team_id AS teamId, t.name AS teamName, t.wijk_id AS wijkId, w.name AS wijkName,
         a.meeting_id AS meetingId, m.date AS meetingDate,
         a.agenda_item_id AS agendaItemId, ai.title AS agendaItemTitle, a.signal_id AS signalId, s.title AS signalTitle,
         a.why_text AS whyText, a.what, a.owner_organisation_id AS ownerOrganisationId, o.name AS ownerOrganisationName,
         a.owner_person_id AS ownerPersonId, p.name AS ownerPersonName, a.deadline, a.how, a.horizon, a.preconditions,
         a.decision_due AS decisionDue, a.motivation, a.status, a.cancel_reason AS cancelReason, a.closed_on AS closedOn,
         a.created_at AS createdAt, a.updated_at AS updatedAt,
         lf.note AS lastFollowUpNote, lfm.date AS lastFollowUpDate
  FROM action a
  JOIN meeting m ON m.id = a.meeting_id
  JOIN team t ON t.id = a.team_id
  JOIN wijk w ON w.id = t.wijk_id
  JOIN organisation o ON o.id = a.owner_organisation_id
  LEFT JOIN person p ON p.id = a.owner_person_id
  LEFT JOIN signal s ON s.id = a.signal_id
  LEFT JOIN agenda_item ai ON ai.id = a.agenda_item_id
  LEFT JOIN action_follow_up lf ON lf.id = (SELECT f.id FROM ${LATEST_FOLLOW_UP})
  LEFT JOIN meeting lfm ON lfm.id = lf.meeting_id`;

export function getActionRow(db: Db, id: number): ActionRow | null {
  return (db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined) ?? null;
}

/** The full rows of a window (in no particular order; the caller orders them). */
export function listActionRowsByIds(db: Db, ids: readonly number[]): ActionRow[] {
  return ids.length === 0 ? [] : allRows<ActionRow>(db.prepare(`${SELECT} WHERE a.id IN (SELECT value FROM json_each(?))`), JSON.stringify(ids));
}

/** The WHERE is built from the filters given, so each can use its index (a meeting's actions: action_meeting). */
export function listActionRows(
  db: Db,
  filter: { teamId?: number; wijkId?: number; organisationId?: number; meetingId?: number; openOnly?: boolean },
): ActionRow[] {
  const where = whereOf([
    equals('a.team_id', 'teamId', filter.teamId),
    equals('t.wijk_id', 'wijkId', filter.wijkId),
    equals('a.owner_organisation_id', 'organisationId', filter.organisationId),
    equals('a.meeting_id', 'meetingId', filter.meetingId),
    // Open ⇔ no closing date (domain/action.ts sets it; a CHECK in migration 002 guards it).
    filter.openOnly && { sql: 'a.closed_on IS NULL' },
  ]);
  return allRows<ActionRow>(db.prepare(`${SELECT} ${where.sql} ORDER BY m.date DESC, a.id DESC`), where.params);
}

/**
 * The actions carried into a meeting (db/queries/carried.ts), all of them or one group's (the
 * organisation that carries them out), in the order they were agreed.
 */
export function listCarriedActions(db: Db, meeting: CarryKey, ownerOrganisationId?: number): ActionRow[] {
  const where = whereOf([{ sql: carriedInto('action') }, equals('a.owner_organisation_id', 'owner', ownerOrganisationId)]);
  return allRows<ActionRow>(db.prepare(`${SELECT} ${where.sql} ORDER BY m.date, a.id`), { ...where.params, ...carryParams(meeting) });
}

const params = (a: ActionInput) => ({
  agendaItemId: a.agendaItemId,
  signalId: a.signalId,
  whyText: a.whyText,
  what: a.what,
  ownerOrganisationId: a.ownerOrganisationId,
  ownerPersonId: a.ownerPersonId,
  deadline: a.deadline,
  how: a.how,
  horizon: a.horizon,
  preconditions: a.preconditions,
  decisionDue: a.decisionDue,
  motivation: a.motivation,
  status: a.status,
  cancelReason: a.cancelReason,
  closedOn: a.closedOn,
});

export function insertAction(db: Db, teamId: number, meetingId: number, a: ActionInput, now: Date): number {
  return Number(
    db
      .prepare(
        `INSERT INTO action (team_id, meeting_id, agenda_item_id, signal_id, why_text, what, owner_organisation_id, owner_person_id,
           deadline, how, horizon, preconditions, decision_due, motivation, status, cancel_reason, closed_on, created_at, updated_at)
         VALUES (@teamId, @meetingId, @agendaItemId, @signalId, @whyText, @what, @ownerOrganisationId, @ownerPersonId,
           @deadline, @how, @horizon, @preconditions, @decisionDue, @motivation, @status, @cancelReason, @closedOn, @now, @now)`,
      )
      .run({ ...params(a), teamId, meetingId, now: now.toISOString() }).lastInsertRowid,
  );
}

export function updateAction(db: Db, id: number, a: ActionInput, now: Date): void {
  db.prepare(
    `UPDATE action SET agenda_item_id = @agendaItemId, signal_id = @signalId, why_text = @whyText, what = @what,
       owner_organisation_id = @ownerOrganisationId, owner_person_id = @ownerPersonId, deadline = @deadline, how = @how,
       horizon = @horizon, preconditions = @preconditions, decision_due = @decisionDue, motivation = @motivation,
       status = @status, cancel_reason = @cancelReason, closed_on = @closedOn, updated_at = @now
     WHERE id = @id`,
  ).run({ ...params(a), id, now: now.toISOString() });
}
