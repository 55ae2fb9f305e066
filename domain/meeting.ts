/** Meetings: their status, their order within a team, and the timer per agenda item. */

export const MEETING_STATUSES = {
  gepland: 'Gepland',
  bezig: 'Bezig',
  afgerond: 'Afgerond',
} as const;
export type MeetingStatus = keyof typeof MEETING_STATUSES;

export const MEETING_CLOSED = 'Dit overleg is afgerond. Heropen het overleg om nog iets te wijzigen.';

/** Everything recorded in a meeting is locked once it is afgerond. */
export const isMeetingEditable = (m: { status: MeetingStatus }): boolean => m.status !== 'afgerond';

/**
 * The attendance list of a meeting follows the team until the meeting is afgerond; the
 * organisation and role snapshot follows the person only while the meeting is still gepland
 * (once held, it is history).
 */
export const attendanceFollowsTeam = (m: { status: MeetingStatus }): boolean => m.status !== 'afgerond';
export const attendanceSnapshotFollowsPerson = (m: { status: MeetingStatus }): boolean => m.status === 'gepland';

type Ordered = { date: string; startTime: string; id: number };
/** Meetings of a team are ordered by date, start time and id. */
export const meetingIsBefore = (a: Ordered, b: Ordered): boolean =>
  a.date !== b.date ? a.date < b.date : a.startTime !== b.startTime ? a.startTime < b.startTime : a.id < b.id;

/** Seconds of the running turn of an agenda item (0 when it is not current). */
export function runningSeconds(currentSince: string | null, now: Date): number {
  if (!currentSince) return 0;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(currentSince)) / 1000));
}

/** Time spent on an item so far: finished turns plus the running one. */
export const elapsedSeconds = (item: { spentSeconds: number; currentSince: string | null }, now: Date): number =>
  item.spentSeconds + runningSeconds(item.currentSince, now);
