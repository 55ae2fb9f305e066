import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';

// "Today" in the test backend is 2026-11-22.
let app: TestBackend;
beforeEach(() => {
  app = createTestBackend();
});
afterEach(() => app.cleanup());

function arrange() {
  app.call('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Molenwijk' }, { name: 'Julianadorp' }] });
  const [julianadorp, molenwijk] = app.call('wijk:list', {});
  const welzijn = app.call('organisation:create', { name: 'Stichting Welzijn Samen', kind: 'welzijn', attendanceRequired: true });
  const corporatie = app.call('organisation:create', { name: 'Woonstichting Kustwonen', kind: 'woningcorporatie', attendanceRequired: true });
  const jeroen = app.call('person:create', { name: 'Jeroen Peters', organisationId: welzijn.id, role: 'Opbouwwerker' });
  const other = app.call('person:create', { name: 'Ahmed Bouzid', organisationId: welzijn.id, role: 'Jongerenwerker' });
  const team = app.call('team:get', { wijkId: molenwijk!.id });
  const otherTeam = app.call('team:get', { wijkId: julianadorp!.id });
  for (const t of [team, otherTeam]) {
    for (const p of [jeroen, other]) app.call('team:addMember', { teamId: t.id, personId: p.id, since: '2025-02-01' });
  }
  app.call('team:updateRoles', { teamId: team.id, chairId: jeroen.id, secretaryId: other.id });
  app.call('team:updateRoles', { teamId: otherTeam.id, chairId: other.id, secretaryId: jeroen.id });
  const move = () => app.call('person:update', { id: jeroen.id, name: jeroen.name, organisationId: corporatie.id, role: 'Sociaal wijkmeester' });
  return { molenwijk: molenwijk!, julianadorp: julianadorp!, welzijn, corporatie, jeroen, other, team, otherTeam, move };
}

describe('a job change', () => {
  it('ends the seats held for the old organisation today, frees the roles there, and reports it', () => {
    const s = arrange();
    const updated = s.move();
    expect(updated).toMatchObject({ organisationId: s.corporatie.id, organisationName: 'Woonstichting Kustwonen', role: 'Sociaal wijkmeester' });
    expect(updated.endedMemberships).toEqual([
      { teamId: s.otherTeam.id, wijkId: s.julianadorp.id, teamName: 'Wijk-coördinatieteam Julianadorp', organisationName: 'Stichting Welzijn Samen', until: '2026-11-22', wasChair: false, wasSecretary: true },
      { teamId: s.team.id, wijkId: s.molenwijk.id, teamName: 'Wijk-coördinatieteam Molenwijk', organisationName: 'Stichting Welzijn Samen', until: '2026-11-22', wasChair: true, wasSecretary: false },
    ]);
    // Only the roles Jeroen held go; his colleague keeps theirs.
    expect(app.call('team:get', { wijkId: s.molenwijk.id })).toMatchObject({ chairId: null, secretaryId: s.other.id });
    expect(app.call('team:get', { wijkId: s.julianadorp.id })).toMatchObject({ chairId: s.other.id, secretaryId: null });
  });

  it('keeps the old organisation in the roster history for the old period', () => {
    const s = arrange();
    s.move();
    const members = app.call('team:get', { wijkId: s.molenwijk.id }).members;
    expect(members.filter((m) => m.until === null).map((m) => m.name)).toEqual(['Ahmed Bouzid']);
    expect(members.find((m) => m.personId === s.jeroen.id)).toMatchObject({
      organisationId: s.welzijn.id,
      organisationName: 'Stichting Welzijn Samen',
      since: '2025-02-01',
      until: '2026-11-22',
    });
  });

  it('lets the person join again, now for the new organisation, next to the old seat', () => {
    const s = arrange();
    s.move();
    app.call('team:addMember', { teamId: s.team.id, personId: s.jeroen.id, since: '2026-11-22' });
    const mine = app.call('team:get', { wijkId: s.molenwijk.id }).members.filter((m) => m.personId === s.jeroen.id);
    expect(mine).toEqual([
      expect.objectContaining({ organisationName: 'Woonstichting Kustwonen', since: '2026-11-22', until: null }),
      expect.objectContaining({ organisationName: 'Stichting Welzijn Samen', since: '2025-02-01', until: '2026-11-22' }),
    ]);
    // A later change of name or role does not touch the new seat.
    expect(app.call('person:update', { id: s.jeroen.id, name: 'Jeroen Peters-de Wit', organisationId: s.corporatie.id, role: 'Wijkconsulent' }).endedMemberships).toEqual([]);
  });

  it('ends nothing when the organisation stays the same', () => {
    const s = arrange();
    const updated = app.call('person:update', { id: s.jeroen.id, name: 'Jeroen Peters', organisationId: s.welzijn.id, role: 'Opbouwwerker wijk', email: 'jeroen@welzijnsamen.nl' });
    expect(updated).toMatchObject({ role: 'Opbouwwerker wijk', endedMemberships: [] });
    const team = app.call('team:get', { wijkId: s.molenwijk.id });
    expect(team).toMatchObject({ chairId: s.jeroen.id, secretaryId: s.other.id });
    expect(team.members.find((m) => m.personId === s.jeroen.id)).toMatchObject({ until: null, organisationName: 'Stichting Welzijn Samen' });
  });

  it('ends nothing when the new organisation is refused, or for someone who already left', () => {
    const s = arrange();
    expect(app.reject('person:update', { id: s.jeroen.id, name: 'Jeroen Peters', organisationId: 999, role: 'Opbouwwerker' }).fields).toEqual({
      organisationId: 'Kies een organisatie.',
    });
    expect(app.call('team:get', { wijkId: s.molenwijk.id }).chairId).toBe(s.jeroen.id);
    app.call('person:setActive', { id: s.jeroen.id, active: false, leftOn: '2026-10-31' });
    expect(s.move().endedMemberships).toEqual([]);
    expect(app.call('team:get', { wijkId: s.molenwijk.id }).members.find((m) => m.personId === s.jeroen.id)).toMatchObject({
      until: '2026-10-31',
      organisationName: 'Stichting Welzijn Samen',
    });
  });
});
