/** Attendance of the members of a WCT, and the report against an organisation's obligation. */

export const ATTENDANCE_STATUSES = {
  aanwezig: 'Aanwezig',
  afgemeld: 'Afgemeld',
  afwezig: 'Afwezig (zonder bericht)',
  vervangen: 'Vervangen',
} as const;
export type AttendanceStatus = keyof typeof ATTENDANCE_STATUSES;

/** A rate as the reports print it: "67%". */
export const percentNl = (rate: number): string => `${Math.round(rate * 100)}%`;

/** An organisation that must attend falls short below this share of the meetings. */
export const ATTENDANCE_THRESHOLD = 0.8;
export const ATTENDANCE_THRESHOLD_LABEL =
  `Valt onder de norm: aanwezigheid is verplicht (prestatieafspraken), maar de organisatie was bij minder dan ${percentNl(ATTENDANCE_THRESHOLD)} van de overleggen aanwezig of vervangen.`;

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
  /** Expected meetings with a known outcome: expected − unrecorded. */
  recorded: number;
  /** attended / expected; null without expected meetings. */
  rate: number | null;
}

export type Outcome = 'attended' | 'afgemeld' | 'afwezig' | 'unrecorded';

/** How an organisation's outcome at one meeting reads in reports. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  attended: 'Aanwezig (of vervangen)',
  afgemeld: 'Afgemeld',
  afwezig: 'Afwezig zonder bericht',
  unrecorded: 'Niet geregistreerd',
};

/**
 * Per organisation, per meeting one outcome: present if any of its members was there or sent a
 * substitute. Absent (afgemeld, else afwezig) when every member is recorded as not there; when a
 * member has nothing recorded it is 'niet geregistreerd', shown apart so the secretary can fix
 * the registration. Guests are not members and never count.
 */
export function outcomeOf(statuses: readonly (AttendanceStatus | null)[]): Outcome {
  if (statuses.some((s) => s === 'aanwezig' || s === 'vervangen')) return 'attended';
  if (statuses.includes(null)) return 'unrecorded';
  if (statuses.includes('afgemeld')) return 'afgemeld';
  return 'afwezig';
}

const emptyTally = (organisationId: number): OrganisationTally => ({
  organisationId,
  expected: 0,
  attended: 0,
  afgemeld: 0,
  afwezig: 0,
  unrecorded: 0,
  recorded: 0,
  rate: null,
});

/**
 * Tallies per organisation. `alwaysInclude` (organisations with an attendance obligation) get a
 * row even without any expected meeting, so an obligation never silently drops out of a report.
 */
export function tallyAttendance(facts: readonly AttendanceFact[], alwaysInclude: readonly number[] = []): OrganisationTally[] {
  const tallies = new Map<number, OrganisationTally>(alwaysInclude.map((id) => [id, emptyTally(id)]));
  for (const { fact, outcome } of meetingOutcomes(facts)) {
    const t = tallies.get(fact.organisationId) ?? emptyTally(fact.organisationId);
    t.expected += 1;
    t[outcome] += 1;
    tallies.set(fact.organisationId, t);
  }
  // Attendance is an obligation to show up, so only shown attendance counts: a meeting without a
  // registration does not count as present (otherwise never registering would always "voldoen").
  return [...tallies.values()].map((t) => ({ ...t, recorded: t.expected - t.unrecorded, rate: t.expected === 0 ? null : t.attended / t.expected }));
}

/** Only a known rate can fall short: an organisation without expected meetings does not. */
export const fallsShort = (attendanceRequired: boolean, rate: number | null, threshold = ATTENDANCE_THRESHOLD): boolean =>
  attendanceRequired && rate !== null && rate < threshold;

/** One outcome per organisation per meeting: what the tally counts, and the detail behind a rate. */
export function meetingOutcomes<F extends AttendanceFact>(facts: readonly F[]): { fact: F; outcome: Outcome }[] {
  const perMeeting = new Map<string, { fact: F; statuses: (AttendanceStatus | null)[] }>();
  for (const f of facts) {
    const key = `${f.organisationId}:${f.meetingId}`;
    const entry = perMeeting.get(key) ?? { fact: f, statuses: [] };
    entry.statuses.push(f.status);
    perMeeting.set(key, entry);
  }
  return [...perMeeting.values()].map(({ fact, statuses }) => ({ fact, outcome: outcomeOf(statuses) }));
}
