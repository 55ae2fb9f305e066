import { describe, expect, it } from 'vitest';
import { nextSetupStep, setupProgress } from '../../../domain/setup';

describe('setting up a gemeente (issue 12, Start screen)', () => {
  it('goes gemeente → partners → people → team → first meeting, and says what is done', () => {
    const none = { wijken: 0, organisations: 0, people: 0, teamMembers: 0, meetings: 0 };
    expect(setupProgress(none).map((s) => s.key)).toEqual(['gemeente', 'organisaties', 'personen', 'team', 'overleg']);
    expect(nextSetupStep(none)).toBe('gemeente');
    const halfway = { ...none, wijken: 3, organisations: 6, people: 0 };
    expect(setupProgress(halfway).map((s) => s.done)).toEqual([true, true, false, false, false]);
    expect(nextSetupStep(halfway)).toBe('personen');
    expect(nextSetupStep({ wijken: 3, organisations: 6, people: 12, teamMembers: 8, meetings: 1 })).toBeNull();
  });
});
