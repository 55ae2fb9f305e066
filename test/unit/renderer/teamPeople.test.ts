import { describe, expect, it } from 'vitest';
import { rolePersonOptions } from '../../../renderer/src/features/meetings/teamPeople';
import type { Team } from '../../../contract/schemas/masterdata';

describe('chair and notulist pickers (issue 12, defect 5)', () => {
  it('show job titles as they were entered, capitals included', () => {
    const team = {
      members: [
        { personId: 1, name: 'Sanne Visser', role: 'Secretaris WCT', until: null },
        { personId: 2, name: 'Hanneke Dijkstra', role: 'Medewerker team Zorg', until: null },
      ],
    } as unknown as Team;
    expect(rolePersonOptions(team).map((o) => o.label)).toEqual(['Sanne Visser, Secretaris WCT', 'Hanneke Dijkstra, Medewerker team Zorg']);
  });
});
