import type { BackendContext } from '../context';
import { syncAttendance } from '../../db/queries/attendance';
import { getMeeting, listOpenMeetings } from '../../db/queries/meetings';
import { attendanceFollowsTeam, attendanceSnapshotFollowsPerson } from '../../domain/meeting';

/**
 * Attendance maintenance lives in the commands that change what the list depends on (team
 * membership, a person's organisation or role, an organisation's name, the meeting's date, its
 * start), never in a read: `meeting:get` must work on a read-only file.
 */

/** Brings one meeting's attendance list in line with its team, while the meeting is not afgerond. */
export function keepAttendanceInLine(ctx: BackendContext, meetingId: number): void {
  const meeting = getMeeting(ctx.db, meetingId);
  if (meeting && attendanceFollowsTeam(meeting)) syncAttendance(ctx.db, meeting.id, attendanceSnapshotFollowsPerson(meeting));
}

/** The same for every open meeting: of one team, or (null) of all teams, e.g. after a person changed jobs. */
export function keepOpenMeetingsInLine(ctx: BackendContext, teamId: number | null): void {
  for (const meeting of listOpenMeetings(ctx.db, teamId)) syncAttendance(ctx.db, meeting.id, attendanceSnapshotFollowsPerson(meeting));
}
