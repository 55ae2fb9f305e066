import type { AttendanceStatus } from '../../contract/schemas/attendance';
import { ATTENDANCE_THRESHOLD } from '../../contract/schemas/attendance';

export interface AttendanceFact {
  meetingId: number;
  organisationId: number;
  status: AttendanceStatus | null;
}

export interface OrganisationTally {
  organisationId: number;
  expected: number;
  attended: number;
  afgemeld: number;
  afwezig: number;
  unrecorded: number;
  rate: number;
}

type Outcome = 'attended' | 'afgemeld' | 'afwezig' | 'unrecorded';

/**
 * Per organisation, per meeting one outcome: present if any of its members was there or sent a
 * substitute; otherwise afgemeld if anyone sent notice; otherwise afwezig; otherwise unrecorded.
 * Guests are not members and never count.
 */
function outcomeOf(statuses: (AttendanceStatus | null)[]): Outcome {
  if (statuses.some((s) => s === 'aanwezig' || s === 'vervangen')) return 'attended';
  if (statuses.includes('afgemeld')) return 'afgemeld';
  if (statuses.includes('afwezig')) return 'afwezig';
  return 'unrecorded';
}

export function tallyAttendance(facts: readonly AttendanceFact[]): OrganisationTally[] {
  const perMeeting = new Map<string, { organisationId: number; statuses: (AttendanceStatus | null)[] }>();
  for (const f of facts) {
    const key = `${f.organisationId}:${f.meetingId}`;
    const entry = perMeeting.get(key) ?? { organisationId: f.organisationId, statuses: [] };
    entry.statuses.push(f.status);
    perMeeting.set(key, entry);
  }
  const tallies = new Map<number, OrganisationTally>();
  for (const { organisationId, statuses } of perMeeting.values()) {
    const t = tallies.get(organisationId) ?? { organisationId, expected: 0, attended: 0, afgemeld: 0, afwezig: 0, unrecorded: 0, rate: 0 };
    t.expected += 1;
    t[outcomeOf(statuses)] += 1;
    tallies.set(organisationId, t);
  }
  return [...tallies.values()].map((t) => ({ ...t, rate: t.expected === 0 ? 0 : t.attended / t.expected }));
}

export const fallsShort = (attendanceRequired: boolean, rate: number, threshold = ATTENDANCE_THRESHOLD): boolean =>
  attendanceRequired && rate < threshold;
