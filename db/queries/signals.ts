import type { Db } from '../connection';
import { allRows } from './rows';
import { equals, whereOf } from './where';
import { carriedInto, carryParams, type CarryKey } from './carried';
import type { Signal, SignalRoute, SignalStatus, SignalUpdate } from '../../contract/schemas/signals';
import { PURGED_ACTION_WHAT, PURGED_OUTCOME } from '../../domain/privacy';

/** What is written: the editable fields of the contract plus what the handler resolves (date, routing, closing date). */
export type SignalInput = Omit<SignalUpdate, 'id' | 'meetingId' | 'routedTo'> & { routedTo: SignalRoute | null; closedOn: string | null };

const SELECT = `
  SELECT s.id, s.team_id AS teamId, t.wijk_id AS wijkId, w.name AS wijkName, s.meeting_id AS meetingId, m.date AS meetingDate,
         s.agenda_item_id AS agendaItemId, s.title, s.date,
         s.brought_by_person_id AS broughtByPersonId, bp.name AS broughtByPersonName,
         s.brought_by_organisation_id AS broughtByOrganisationId, bo.name AS broughtByOrganisationName,
         s.buurt_id AS buurtId, b.name AS buurtName, s.location, s.theme, s.description, s.urgency, s.sensitivity, s.status,
         s.problem_owner_id AS problemOwnerId, po.name AS problemOwnerName, s.routed_to AS routedTo, s.outcome,
         s.closed_on AS closedOn, s.purged_at IS NOT NULL AS purged, s.created_at AS createdAt, s.updated_at AS updatedAt
  FROM signal s
  JOIN team t ON t.id = s.team_id
  JOIN wijk w ON w.id = t.wijk_id
  JOIN meeting m ON m.id = s.meeting_id
  LEFT JOIN person bp ON bp.id = s.brought_by_person_id
  LEFT JOIN organisation bo ON bo.id = s.brought_by_organisation_id
  LEFT JOIN buurt b ON b.id = s.buurt_id
  LEFT JOIN organisation po ON po.id = s.problem_owner_id`;

type Row = Omit<Signal, 'purged' | 'redacted'> & { purged: number };
const toSignal = (r: Row): Signal => ({ ...r, purged: r.purged === 1, redacted: false });

export function getSignal(db: Db, id: number): Signal | null {
  const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as Row | undefined;
  return row ? toSignal(row) : null;
}

/** The full rows of a window (in no particular order; the caller orders them). */
export function listSignalsByIds(db: Db, ids: readonly number[]): Signal[] {
  return ids.length === 0 ? [] : allRows<Row>(db.prepare(`${SELECT} WHERE s.id IN (SELECT value FROM json_each(?))`), JSON.stringify(ids)).map(toSignal);
}

/** The WHERE is built from the filters given, so each can use its index (a meeting's signals: signal_meeting). */
export function listSignals(db: Db, filter: { teamId?: number; wijkId?: number; meetingId?: number; openOnly?: boolean }): Signal[] {
  const where = whereOf([
    equals('s.team_id', 'teamId', filter.teamId),
    equals('t.wijk_id', 'wijkId', filter.wijkId),
    equals('s.meeting_id', 'meetingId', filter.meetingId),
    // Open ⇔ no closing date (domain/signal.ts sets it; a CHECK in migration 002 guards it).
    filter.openOnly && { sql: 's.closed_on IS NULL' },
  ]);
  return allRows<Row>(db.prepare(`${SELECT} ${where.sql} ORDER BY m.date DESC, s.id DESC`), where.params).map(toSignal);
}

/**
 * The signals carried into a meeting (db/queries/carried.ts), all of them or one group's (the
 * problem owner; null: those without one), in the order they were raised.
 */
export function listCarriedSignals(db: Db, meeting: CarryKey, problemOwnerId?: number | null): Signal[] {
  const where = whereOf([
    { sql: carriedInto('signal') },
    problemOwnerId === null ? { sql: 's.problem_owner_id IS NULL' } : equals('s.problem_owner_id', 'owner', problemOwnerId),
  ]);
  return allRows<Row>(db.prepare(`${SELECT} ${where.sql} ORDER BY m.date, s.id`), { ...where.params, ...carryParams(meeting) }).map(toSignal);
}

const params = (s: SignalInput) => ({
  agendaItemId: s.agendaItemId,
  title: s.title,
  date: s.date,
  broughtByPersonId: s.broughtByPersonId,
  broughtByOrganisationId: s.broughtByOrganisationId,
  buurtId: s.buurtId,
  location: s.location,
  theme: s.theme,
  description: s.description,
  urgency: s.urgency,
  sensitivity: s.sensitivity,
  status: s.status,
  problemOwnerId: s.problemOwnerId,
  routedTo: s.routedTo,
  outcome: s.outcome,
  closedOn: s.closedOn,
});

export function insertSignal(db: Db, teamId: number, meetingId: number, s: SignalInput, now: Date): number {
  return Number(
    db
      .prepare(
        `INSERT INTO signal (team_id, meeting_id, agenda_item_id, title, date, brought_by_person_id, brought_by_organisation_id,
           buurt_id, location, theme, description, urgency, sensitivity, status, problem_owner_id, routed_to, outcome, closed_on,
           created_at, updated_at)
         VALUES (@teamId, @meetingId, @agendaItemId, @title, @date, @broughtByPersonId, @broughtByOrganisationId,
           @buurtId, @location, @theme, @description, @urgency, @sensitivity, @status, @problemOwnerId, @routedTo, @outcome, @closedOn,
           @now, @now)`,
      )
      .run({ ...params(s), teamId, meetingId, now: now.toISOString() }).lastInsertRowid,
  );
}

export function updateSignal(db: Db, id: number, s: SignalInput, now: Date): void {
  db.prepare(
    `UPDATE signal SET agenda_item_id = @agendaItemId, title = @title, date = @date, brought_by_person_id = @broughtByPersonId,
       brought_by_organisation_id = @broughtByOrganisationId, buurt_id = @buurtId, location = @location, theme = @theme,
       description = @description, urgency = @urgency, sensitivity = @sensitivity, status = @status,
       problem_owner_id = @problemOwnerId, routed_to = @routedTo, outcome = @outcome, closed_on = @closedOn, updated_at = @now,
       purged_at = CASE WHEN @description IS NULL THEN purged_at END
     WHERE id = @id`,
  ).run({ ...params(s), id, now: now.toISOString() });
}

export function setSignalStatus(db: Db, id: number, status: SignalStatus, outcome: string | null, closedOn: string | null, now: Date): void {
  db.prepare('UPDATE signal SET status = ?, outcome = ?, closed_on = ?, updated_at = ? WHERE id = ?').run(status, outcome, closedOn, now.toISOString(), id);
}

// ---- privacy --------------------------------------------------------------------------------

/** Vertrouwelijk signals afgehandeld before the cutoff whose details are still stored. */
export function signalsPastRetention(db: Db, cutoff: string): number[] {
  return (
    db
      .prepare(
        `SELECT id FROM signal
         WHERE sensitivity = 'vertrouwelijk' AND status = 'afgehandeld' AND closed_on < ? AND purged_at IS NULL`,
      )
      .all(cutoff) as { id: number }[]
  ).map((r) => r.id);
}

/**
 * Wipes every field that can hold personal details: description, location, outcome (it must stay
 * filled once afgehandeld, so it becomes a fixed text) and the follow-up notes of every meeting;
 * and of the actions agreed on those signals their own texts and follow-up notes (a text that the
 * action's horizon or status requires becomes the fixed text; domain/privacy.ts says why).
 */
export function purgeSignalDetails(db: Db, ids: readonly number[], now: Date): void {
  const list = JSON.stringify(ids);
  const at = now.toISOString();
  db.prepare(
    `UPDATE signal SET description = NULL, location = NULL, outcome = CASE WHEN outcome IS NULL THEN NULL ELSE @purgedOutcome END,
       purged_at = @now, updated_at = @now
     WHERE id IN (SELECT value FROM json_each(@list))`,
  ).run({ now: at, list, purgedOutcome: PURGED_OUTCOME });
  db.prepare('UPDATE signal_follow_up SET note = NULL, updated_at = ? WHERE note IS NOT NULL AND signal_id IN (SELECT value FROM json_each(?))').run(at, list);
  const kept = (column: string) => `${column} = CASE WHEN ${column} IS NULL THEN NULL ELSE @purged END`;
  db.prepare(
    `UPDATE action SET what = @what, why_text = NULL, how = NULL, ${kept('preconditions')}, ${kept('motivation')}, ${kept('cancel_reason')}, updated_at = @now
     WHERE signal_id IN (SELECT value FROM json_each(@list))`,
  ).run({ now: at, list, what: PURGED_ACTION_WHAT, purged: PURGED_OUTCOME });
  db.prepare(
    `UPDATE action_follow_up SET note = NULL, updated_at = ?
     WHERE note IS NOT NULL AND action_id IN (SELECT id FROM action WHERE signal_id IN (SELECT value FROM json_each(?)))`,
  ).run(at, list);
}
