import type { Db } from '../connection';
import { equals, whereOf } from './where';
import type { AttendanceRow, AttendanceStatus, Guest } from '../../contract/schemas/attendance';

const SELECT = `
  SELECT a.id, a.meeting_id AS meetingId, a.person_id AS personId, p.name, a.role,
         a.organisation_id AS organisationId, a.organisation_name AS organisationName, a.status,
         a.substitute_person_id AS substitutePersonId, a.substitute_name AS substituteName,
         a.substitute_organisation_id AS substituteOrganisationId, a.substitute_organisation_name AS substituteOrganisationName,
         (m.chair_id IS a.person_id) AS isChair, (m.secretary_id IS a.person_id) AS isSecretary
  FROM attendance a JOIN person p ON p.id = a.person_id JOIN meeting m ON m.id = a.meeting_id`;

type Row = Omit<AttendanceRow, 'isChair' | 'isSecretary'> & { isChair: number; isSecretary: number };
const toRow = (r: Row): AttendanceRow => ({ ...r, isChair: r.isChair === 1, isSecretary: r.isSecretary === 1 });

export function listAttendance(db: Db, meetingId: number): AttendanceRow[] {
  return (db.prepare(`${SELECT} WHERE a.meeting_id = ? ORDER BY a.organisation_name, p.name`).all(meetingId) as Row[]).map(toRow);
}

export function getAttendance(db: Db, meetingId: number, personId: number): AttendanceRow | null {
  const row = db.prepare(`${SELECT} WHERE a.meeting_id = ? AND a.person_id = ?`).get(meetingId, personId) as Row | undefined;
  return row ? toRow(row) : null;
}

/** Members of the meeting's team on the meeting date (membership periods include both ends). */
const MEMBERS_AT_MEETING = `
  SELECT DISTINCT tm.person_id FROM meeting m
  JOIN team_member tm ON tm.team_id = m.team_id AND tm.since <= m.date AND (tm.until IS NULL OR tm.until >= m.date)
  WHERE m.id = @meetingId`;

/**
 * Makes the attendance list match the team on the meeting date: adds missing members and drops
 * rows of non-members that were never filled in. While a meeting is only planned, the organisation
 * snapshot follows the person; once it has been held, the snapshot is history and stays.
 */
export function syncAttendance(db: Db, meetingId: number, refreshSnapshot: boolean): void {
  db.prepare(
    `INSERT INTO attendance (meeting_id, person_id, organisation_id, organisation_name, role)
     SELECT @meetingId, p.id, p.organisation_id, o.name, p.role
     FROM person p JOIN organisation o ON o.id = p.organisation_id
     WHERE p.id IN (${MEMBERS_AT_MEETING})
       AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = @meetingId AND a.person_id = p.id)`,
  ).run({ meetingId });
  db.prepare(`DELETE FROM attendance WHERE meeting_id = @meetingId AND status IS NULL AND person_id NOT IN (${MEMBERS_AT_MEETING})`).run({
    meetingId,
  });
  if (refreshSnapshot) {
    db.prepare(
      `UPDATE attendance SET organisation_id = p.organisation_id, organisation_name = o.name, role = p.role
       FROM person p JOIN organisation o ON o.id = p.organisation_id
       WHERE attendance.meeting_id = @meetingId AND p.id = attendance.person_id
         AND (attendance.organisation_id <> p.organisation_id OR attendance.organisation_name <> o.name OR attendance.role <> p.role)`,
    ).run({ meetingId });
  }
}

export interface AttendanceInput {
  status: AttendanceStatus | null;
  substitutePersonId: number | null;
  substituteName: string | null;
  substituteOrganisationId: number | null;
  substituteOrganisationName: string | null;
}

export function setAttendance(db: Db, id: number, a: AttendanceInput): void {
  db.prepare(
    `UPDATE attendance SET status = @status, substitute_person_id = @substitutePersonId, substitute_name = @substituteName,
       substitute_organisation_id = @substituteOrganisationId, substitute_organisation_name = @substituteOrganisationName
     WHERE id = @id`,
  ).run({ ...a, id });
}

// ---- guests ---------------------------------------------------------------------------------

const GUEST = `
  SELECT id, meeting_id AS meetingId, person_id AS personId, name, organisation_id AS organisationId,
         organisation_name AS organisationName, role
  FROM meeting_guest`;

export function listGuests(db: Db, meetingId: number): Guest[] {
  return db.prepare(`${GUEST} WHERE meeting_id = ? ORDER BY id`).all(meetingId) as Guest[];
}

export function getGuest(db: Db, id: number): Guest | null {
  return (db.prepare(`${GUEST} WHERE id = ?`).get(id) as Guest | undefined) ?? null;
}

export function insertGuest(db: Db, meetingId: number, g: Omit<Guest, 'id' | 'meetingId'>): number {
  return Number(
    db
      .prepare('INSERT INTO meeting_guest (meeting_id, person_id, name, organisation_id, organisation_name, role) VALUES (?, ?, ?, ?, ?, ?)')
      .run(meetingId, g.personId, g.name, g.organisationId, g.organisationName, g.role).lastInsertRowid,
  );
}

export function deleteGuest(db: Db, id: number): void {
  db.prepare('DELETE FROM meeting_guest WHERE id = ?').run(id);
}

// ---- report ---------------------------------------------------------------------------------

/** Member attendance of held meetings (bezig or afgerond) in a period; guests are not members and are left out. */
export interface AttendanceFactRow {
  meetingId: number;
  organisationId: number;
  status: AttendanceStatus | null;
}

type Period = { from: string; to: string; teamId?: number; wijkId?: number };

/** Held meetings (bezig or afgerond) in the period, of one team or wijk when given. */
const heldMeetings = (filter: Period) =>
  whereOf([
    { sql: "m.status IN ('bezig', 'afgerond') AND m.date BETWEEN @from AND @to", params: { from: filter.from, to: filter.to } },
    equals('m.team_id', 'teamId', filter.teamId),
    equals('t.wijk_id', 'wijkId', filter.wijkId),
  ]);

export function attendanceFacts(db: Db, filter: Period): AttendanceFactRow[] {
  const where = heldMeetings(filter);
  return db
    .prepare(
      `SELECT a.meeting_id AS meetingId, a.organisation_id AS organisationId, a.status
       FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN team t ON t.id = m.team_id
       ${where.sql}`,
    )
    .all(where.params) as AttendanceFactRow[];
}

/** The same facts with the meeting's date and wijk: the detail sheet of the attendance export. */
export interface AttendanceFactDetail extends AttendanceFactRow {
  date: string;
  wijkName: string;
}

export function attendanceFactDetails(db: Db, filter: Period): AttendanceFactDetail[] {
  const where = heldMeetings(filter);
  return db
    .prepare(
      `SELECT a.meeting_id AS meetingId, a.organisation_id AS organisationId, a.status, m.date, w.name AS wijkName
       FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN team t ON t.id = m.team_id JOIN wijk w ON w.id = t.wijk_id
       ${where.sql}
       ORDER BY m.date, m.id`,
    )
    .all(where.params) as AttendanceFactDetail[];
}

export function countHeldMeetings(db: Db, filter: Period): number {
  const where = heldMeetings(filter);
  return (db.prepare(`SELECT count(*) AS n FROM meeting m JOIN team t ON t.id = m.team_id ${where.sql}`).get(where.params) as { n: number }).n;
}
