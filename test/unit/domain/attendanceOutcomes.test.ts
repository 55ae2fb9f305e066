import { describe, expect, it } from 'vitest';
import { meetingOutcomes, OUTCOME_LABELS, tallyAttendance } from '../../../domain/attendance';

describe('attendance outcomes per meeting', () => {
  it('gives one outcome per organisation per meeting, by the same rule as the tally', () => {
    const facts = [
      { meetingId: 1, organisationId: 7, status: 'afgemeld' as const },
      { meetingId: 1, organisationId: 7, status: 'aanwezig' as const },
      { meetingId: 2, organisationId: 7, status: 'afgemeld' as const },
      { meetingId: 2, organisationId: 7, status: 'afwezig' as const },
      { meetingId: 3, organisationId: 7, status: null },
      { meetingId: 3, organisationId: 8, status: 'vervangen' as const },
      { meetingId: 4, organisationId: 8, status: 'afwezig' as const },
    ];
    const outcomes = meetingOutcomes(facts).map(({ fact, outcome }) => [fact.organisationId, fact.meetingId, OUTCOME_LABELS[outcome]]);
    expect(outcomes).toEqual([
      [7, 1, 'Aanwezig (of vervangen)'],
      [7, 2, 'Afgemeld'],
      [7, 3, 'Niet geregistreerd'],
      [8, 3, 'Aanwezig (of vervangen)'],
      [8, 4, 'Afwezig zonder bericht'],
    ]);
    // The detail adds up to the tally.
    const tally = tallyAttendance(facts).find((t) => t.organisationId === 7)!;
    expect([tally.attended, tally.afgemeld, tally.unrecorded]).toEqual([1, 1, 1]);
  });
});
