import type { Db } from '../connection';
import { equals, whereOf } from './where';
import type { Meeting, MeetingStatus, MeetingSummary } from '../../contract/schemas/meetings';

export interface MeetingInput {
  date: string;
  startTime: string;
  endTime: string | null;
  place: string;
  chairId: number | null;
  secretaryId: number | null;
}

const COLUMNS = `
  m.id, m.team_id AS teamId, t.name AS teamName, t.wijk_id AS wijkId, w.name AS wijkName,
  m.date, m.start_time AS startTime, m.end_time AS endTime, m.place,
  m.chair_id AS chairId, pc.name AS chairName, m.secretary_id AS secretaryId, ps.name AS secretaryName,
  m.status, m.current_item_id AS currentItemId, m.started_at AS startedAt, m.finished_at AS finishedAt,
  m.revision, m.created_at AS createdAt`;
const JOINS = `
  JOIN team t ON t.id = m.team_id
  JOIN wijk w ON w.id = t.wijk_id
  LEFT JOIN person pc ON pc.id = m.chair_id
  LEFT JOIN person ps ON ps.id = m.secretary_id`;
const SELECT = `SELECT ${COLUMNS} FROM meeting m ${JOINS}`;

export function getMeeting(db: Db, id: number): Meeting | null {
  return (db.prepare(`${SELECT} WHERE m.id = ?`).get(id) as Meeting | undefined) ?? null;
}

type CountColumns = Record<'cAgenda' | 'cMembers' | 'cPresent' | 'cGuests' | 'cSignals' | 'cActions' | 'cDecisions', number>;

/**
 * The meetings of a WHERE with their counts. The counts are looked up per listed meeting through
 * the meeting_id indexes, so a list of recent years (or a window) does not count ten years of
 * signals and actions.
 */
function summaries(db: Db, where: { select?: string; sql: string; params: Record<string, unknown> }, order = 'ORDER BY x.date DESC, x.startTime DESC, x.id DESC'): MeetingSummary[] {
  const count = (table: string) => `(SELECT count(*) FROM ${table} WHERE meeting_id = x.id)`;
  const rows = db
    .prepare(
      `SELECT x.*, ${count('agenda_item')} AS cAgenda, ${count('attendance')} AS cMembers,
              (SELECT count(*) FROM attendance WHERE meeting_id = x.id AND status IN ('aanwezig','vervangen')) AS cPresent,
              ${count('meeting_guest')} AS cGuests, ${count('signal')} AS cSignals, ${count('action')} AS cActions, ${count('decision')} AS cDecisions
       FROM (${where.select ?? SELECT} ${where.sql}) x
       ${order}`,
    )
    .all(where.params) as (Meeting & CountColumns)[];
  return rows.map(({ cAgenda, cMembers, cPresent, cGuests, cSignals, cActions, cDecisions, ...m }) => ({
    ...m,
    counts: {
      agendaItems: cAgenda,
      members: cMembers,
      present: cPresent,
      guests: cGuests,
      signals: cSignals,
      actions: cActions,
      decisions: cDecisions,
    },
  }));
}

/** The meetings with their counts, newest first. */
export function listMeetings(db: Db, filter: { teamId?: number; wijkId?: number; from?: string }): MeetingSummary[] {
  return summaries(
    db,
    whereOf([
      equals('m.team_id', 'teamId', filter.teamId),
      equals('t.wijk_id', 'wijkId', filter.wijkId),
      filter.from ? { sql: 'm.date >= @from', params: { from: filter.from } } : null,
    ]),
  );
}

/** The meetings of these ids with their counts (in no particular order: see overview.inOrder). */
export function listMeetingSummariesByIds(db: Db, ids: readonly number[]): MeetingSummary[] {
  if (ids.length === 0) return [];
  // One parameter for the whole list: the statement stays the same for every window. CROSS JOIN
  // and no ORDER BY keep SQLite on these few ids (it would rather walk every meeting of every team).
  const select = `SELECT ${COLUMNS} FROM json_each(@ids) j CROSS JOIN meeting m ON m.id = j.value ${JOINS}`;
  return summaries(db, { select, sql: '', params: { ids: JSON.stringify(ids) } }, '');
}

export function insertMeeting(db: Db, teamId: number, m: MeetingInput, now: Date): number {
  return Number(
    db
      .prepare(
        `INSERT INTO meeting (team_id, date, start_time, end_time, place, chair_id, secretary_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(teamId, m.date, m.startTime, m.endTime, m.place, m.chairId, m.secretaryId, now.toISOString()).lastInsertRowid,
  );
}

/** Raises the revision when the invitation changes (date, time or place). */
export function updateMeeting(db: Db, id: number, m: MeetingInput): void {
  db.prepare(
    `UPDATE meeting SET
       revision = revision + (date <> @date OR start_time <> @startTime OR coalesce(end_time, '') <> coalesce(@endTime, '') OR place <> @place),
       date = @date, start_time = @startTime, end_time = @endTime, place = @place, chair_id = @chairId, secretary_id = @secretaryId
     WHERE id = @id`,
  ).run({ ...m, id });
}

export function setMeetingStatus(
  db: Db,
  id: number,
  status: MeetingStatus,
  stamps: { startedAt?: string; finishedAt?: string | null } = {},
): void {
  db.prepare(
    `UPDATE meeting SET status = @status,
       started_at = CASE WHEN @setStarted THEN @startedAt ELSE started_at END,
       finished_at = CASE WHEN @setFinished THEN @finishedAt ELSE finished_at END
     WHERE id = @id`,
  ).run({
    id,
    status,
    setStarted: stamps.startedAt !== undefined ? 1 : 0,
    startedAt: stamps.startedAt ?? null,
    setFinished: stamps.finishedAt !== undefined ? 1 : 0,
    finishedAt: stamps.finishedAt ?? null,
  });
}

export function setCurrentItem(db: Db, meetingId: number, itemId: number | null): void {
  db.prepare('UPDATE meeting SET current_item_id = ? WHERE id = ?').run(itemId, meetingId);
}

export function deleteMeeting(db: Db, id: number): void {
  db.prepare('DELETE FROM meeting WHERE id = ?').run(id);
}

/** Whether anything beyond the agenda and attendance was recorded in or for this meeting. */
export function meetingHasContent(db: Db, id: number): boolean {
  return !!db
    .prepare(
      `SELECT 1 WHERE EXISTS (SELECT 1 FROM signal WHERE meeting_id = @id) OR EXISTS (SELECT 1 FROM action WHERE meeting_id = @id)
         OR EXISTS (SELECT 1 FROM decision WHERE meeting_id = @id) OR EXISTS (SELECT 1 FROM signal_follow_up WHERE meeting_id = @id)
         OR EXISTS (SELECT 1 FROM action_follow_up WHERE meeting_id = @id)`,
    )
    .get({ id });
}

/** The neighbours of a meeting within its team, in (date, start time, id) order. */
export function adjacentMeetings(db: Db, m: Pick<Meeting, 'id' | 'teamId' | 'date' | 'startTime'>): { previousId: number | null; nextId: number | null } {
  const key = { teamId: m.teamId, date: m.date, startTime: m.startTime, id: m.id };
  const previous = db
    .prepare(
      `SELECT id FROM meeting WHERE team_id = @teamId AND (date, start_time, id) < (@date, @startTime, @id)
       ORDER BY date DESC, start_time DESC, id DESC LIMIT 1`,
    )
    .get(key) as { id: number } | undefined;
  const next = db
    .prepare(
      `SELECT id FROM meeting WHERE team_id = @teamId AND (date, start_time, id) > (@date, @startTime, @id)
       ORDER BY date, start_time, id LIMIT 1`,
    )
    .get(key) as { id: number } | undefined;
  return { previousId: previous?.id ?? null, nextId: next?.id ?? null };
}

/** Meetings not yet afgerond (planned or running), optionally of one team: their attendance still follows the team. */
export function listOpenMeetings(db: Db, teamId: number | null = null): Pick<Meeting, 'id' | 'status'>[] {
  return teamId === null
    ? (db.prepare("SELECT id, status FROM meeting WHERE status <> 'afgerond'").all() as Pick<Meeting, 'id' | 'status'>[])
    : (db.prepare("SELECT id, status FROM meeting WHERE team_id = ? AND status <> 'afgerond'").all(teamId) as Pick<Meeting, 'id' | 'status'>[]);
}
