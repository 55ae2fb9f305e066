import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';

let app: TestBackend;
beforeEach(() => {
  app = createTestBackend();
});
afterEach(() => app.cleanup());

const setUp = () =>
  app.call('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Nieuw Den Helder' }, { name: 'Julianadorp' }] });

describe('first start', () => {
  it('reports an empty database as not set up', () => {
    expect(app.call('app:info', {})).toMatchObject({ isSetUp: false, municipalityName: null, databasePath: app.file });
  });

  it('sets up a gemeente with its wijken, each with an empty team', () => {
    expect(setUp()).toMatchObject({ isSetUp: true, municipalityName: 'Den Helder' });
    const wijken = app.call('wijk:list', {});
    expect(wijken.map((w) => w.name)).toEqual(['Julianadorp', 'Nieuw Den Helder']);
    const team = app.call('team:get', { wijkId: wijken[0]!.id });
    expect(team).toMatchObject({ name: 'Wijk-coördinatieteam Julianadorp', members: [], chairId: null });
  });

  it('refuses a set-up without a name or wijken, in Dutch, and writes nothing', () => {
    const error = app.reject('setup:create', { municipalityName: '  ', wijken: [] });
    expect(error.code).toBe('validation');
    expect(error.fields).toMatchObject({ municipalityName: 'Naam van de gemeente is verplicht.', wijken: 'Voeg minstens één wijk toe.' });
    expect(app.call('app:info', {}).isSetUp).toBe(false);
  });

  it('refuses duplicate wijken in the set-up', () => {
    const error = app.reject('setup:create', { municipalityName: 'X', wijken: [{ name: 'Oost' }, { name: 'oost' }] });
    expect(error.fields).toEqual({ 'wijken.1.name': 'Deze wijk staat er al in.' });
    expect(app.call('wijk:list', {})).toEqual([]);
  });

  it('refuses to set up twice or load the demo over existing data', () => {
    setUp();
    expect(app.reject('setup:create', { municipalityName: 'X', wijken: [{ name: 'Y' }] }).code).toBe('conflict');
    expect(app.reject('setup:loadDemo', {}).code).toBe('conflict');
  });

  it('loads the Voorbeeldgemeente with wijken, buurten, partners, people and a staffed team per wijk', () => {
    app.call('setup:loadDemo', {});
    const wijken = app.call('wijk:list', {});
    expect(wijken.length).toBeGreaterThanOrEqual(5);
    expect(wijken.flatMap((w) => w.buurten).length).toBeGreaterThanOrEqual(15);
    const organisations = app.call('organisation:list', {});
    expect(organisations.length).toBeGreaterThanOrEqual(10);
    expect(organisations.some((o) => o.attendanceRequired)).toBe(true);
    const people = app.call('person:list', {});
    expect(people.length).toBeGreaterThanOrEqual(30);
    expect(people.some((p) => !p.active)).toBe(true);
    for (const wijk of wijken) {
      const team = app.call('team:get', { wijkId: wijk.id });
      const current = team.members.filter((m) => m.until === null);
      expect(current.length).toBeGreaterThanOrEqual(6);
      expect(current.map((m) => m.personId)).toContain(team.chairId);
      expect(current.map((m) => m.personId)).toContain(team.secretaryId);
    }
  });
});

describe('wijken and buurten', () => {
  it('adds, renames and removes buurten; refuses duplicates', () => {
    setUp();
    const [wijk] = app.call('wijk:list', {});
    const buurt = app.call('buurt:create', { wijkId: wijk!.id, name: 'Zuiderhaven' });
    expect(app.reject('buurt:create', { wijkId: wijk!.id, name: 'zuiderhaven' }).fields).toEqual({ name: 'Deze buurt bestaat al in deze wijk.' });
    expect(app.call('buurt:update', { id: buurt.id, name: 'Zuiderhaven-Oost' }).name).toBe('Zuiderhaven-Oost');
    app.call('buurt:delete', { id: buurt.id });
    expect(app.call('wijk:list', {})[0]!.buurten).toEqual([]);
  });

  it('renaming a wijk renames its team', () => {
    setUp();
    const [wijk] = app.call('wijk:list', {});
    app.call('wijk:update', { id: wijk!.id, name: 'Julianadorp aan Zee', code: 'W07' });
    expect(app.call('team:get', { wijkId: wijk!.id }).name).toBe('Wijk-coördinatieteam Julianadorp aan Zee');
    expect(app.reject('wijk:create', { name: 'nieuw den helder' }).code).toBe('conflict');
  });
});

describe('organisations and people', () => {
  const org = { name: 'Woonstichting Den Helder', kind: 'woningcorporatie', attendanceRequired: true, contactName: '', contactEmail: 'info@woonstichting.nl', contactPhone: '0223 123 456', note: '' } as const;

  it('creates an organisation, normalising empty optional fields to null', () => {
    const created = app.call('organisation:create', org);
    expect(created).toMatchObject({ name: org.name, attendanceRequired: true, contactName: null, note: null, activePeople: 0 });
  });

  it('rejects a bad e-mail address and a duplicate name with Dutch field messages', () => {
    app.call('organisation:create', org);
    expect(app.reject('organisation:create', { ...org, name: 'Ander', contactEmail: 'info@' }).fields).toEqual({
      contactEmail: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.',
    });
    expect(app.reject('organisation:create', { ...org, name: 'woonstichting den helder' }).fields).toEqual({ name: 'Deze naam is al in gebruik.' });
    expect(app.reject('organisation:create', { ...org, kind: 'bakkerij' }).fields).toEqual({ kind: 'Kies een soort organisatie.' });
    expect(app.call('organisation:list', {})).toHaveLength(1);
  });

  it('rejects unknown fields instead of silently dropping them', () => {
    expect(app.reject('organisation:create', { ...org, hacked: true }).code).toBe('validation');
  });

  it('keeps a person who leaves, ends their memberships and frees their team roles', () => {
    setUp();
    const [wijk] = app.call('wijk:list', {});
    const { id: organisationId } = app.call('organisation:create', org);
    const person = app.call('person:create', { name: 'Linda Brouwer', organisationId, role: 'Sociaal wijkmeester', email: '', phone: '06 12345678' });
    const team = app.call('team:get', { wijkId: wijk!.id });
    app.call('team:addMember', { teamId: team.id, personId: person.id, since: '2026-01-01' });
    app.call('team:updateRoles', { teamId: team.id, chairId: person.id, secretaryId: person.id });

    const left = app.call('person:setActive', { id: person.id, active: false, leftOn: '2026-10-31' });
    expect(left).toMatchObject({ active: false, leftOn: '2026-10-31' });
    const after = app.call('team:get', { wijkId: wijk!.id });
    expect(after.members).toEqual([expect.objectContaining({ personId: person.id, until: '2026-10-31', personActive: false })]);
    expect(after).toMatchObject({ chairId: null, secretaryId: null });
    expect(app.call('person:list', {}).map((p) => p.name)).toContain('Linda Brouwer');
    expect(app.reject('team:addMember', { teamId: team.id, personId: person.id, since: '2026-11-01' }).message).toMatch(/uit dienst/);
  });

  it('leaving frees only the roles that person held', () => {
    setUp();
    const [wijk, other] = app.call('wijk:list', {});
    const { id: organisationId } = app.call('organisation:create', org);
    const leaver = app.call('person:create', { name: 'Linda Brouwer', organisationId, role: 'Sociaal wijkmeester' });
    const stayer = app.call('person:create', { name: 'Ahmed Bouzid', organisationId, role: 'Secretaris' });
    const team = app.call('team:get', { wijkId: wijk!.id });
    const otherTeam = app.call('team:get', { wijkId: other!.id });
    for (const t of [team, otherTeam]) {
      for (const p of [leaver, stayer]) app.call('team:addMember', { teamId: t.id, personId: p.id, since: '2026-01-01' });
    }
    app.call('team:updateRoles', { teamId: team.id, chairId: leaver.id, secretaryId: stayer.id });
    app.call('team:updateRoles', { teamId: otherTeam.id, chairId: stayer.id, secretaryId: leaver.id });

    app.call('person:setActive', { id: leaver.id, active: false, leftOn: '2026-10-31' });
    expect(app.call('team:get', { wijkId: wijk!.id })).toMatchObject({ chairId: null, secretaryId: stayer.id });
    expect(app.call('team:get', { wijkId: other!.id })).toMatchObject({ chairId: stayer.id, secretaryId: null });
  });

  it('reactivating a person clears the leaving date but keeps their ended memberships', () => {
    setUp();
    const [wijk] = app.call('wijk:list', {});
    const { id: organisationId } = app.call('organisation:create', org);
    const person = app.call('person:create', { name: 'Linda Brouwer', organisationId, role: 'Sociaal wijkmeester' });
    const team = app.call('team:get', { wijkId: wijk!.id });
    app.call('team:addMember', { teamId: team.id, personId: person.id, since: '2026-01-01' });
    app.call('person:setActive', { id: person.id, active: false, leftOn: '2026-10-31' });

    expect(app.call('person:setActive', { id: person.id, active: true })).toMatchObject({ active: true, leftOn: null });
    expect(app.call('team:get', { wijkId: wijk!.id }).members).toEqual([
      expect.objectContaining({ personId: person.id, since: '2026-01-01', until: '2026-10-31', personActive: true }),
    ]);
  });
});

describe('teams', () => {
  it('requires chair and secretary to be current members', () => {
    setUp();
    const [wijk] = app.call('wijk:list', {});
    const { id: organisationId } = app.call('organisation:create', { name: 'Gemeente', kind: 'gemeente', attendanceRequired: false });
    const p = app.call('person:create', { name: 'Marieke de Vries', organisationId, role: 'Wijkmanager' });
    const team = app.call('team:get', { wijkId: wijk!.id });
    expect(app.reject('team:updateRoles', { teamId: team.id, chairId: p.id, secretaryId: null }).fields).toEqual({
      chairId: 'Kies een huidig teamlid als voorzitter.',
    });
    app.call('team:addMember', { teamId: team.id, personId: p.id, since: '2026-02-01' });
    expect(app.reject('team:addMember', { teamId: team.id, personId: p.id, since: '2026-02-01' }).code).toBe('conflict');
    expect(app.reject('team:endMember', { teamId: team.id, personId: p.id, until: '2026-01-01' }).fields).toEqual({ until: 'Kies een datum op of na 2026-02-01.' });
    expect(app.call('team:updateRoles', { teamId: team.id, chairId: p.id, secretaryId: p.id }).chairId).toBe(p.id);
  });

  it('changes only the role that is sent: choosing the secretary right after the chair keeps the chair', () => {
    setUp();
    const [wijk] = app.call('wijk:list', {});
    const { id: organisationId } = app.call('organisation:create', { name: 'Gemeente', kind: 'gemeente', attendanceRequired: false });
    const chair = app.call('person:create', { name: 'Marieke de Vries', organisationId, role: 'Wijkmanager' });
    const secretary = app.call('person:create', { name: 'Sanne Visser', organisationId, role: 'Secretaris' });
    const team = app.call('team:get', { wijkId: wijk!.id });
    for (const p of [chair, secretary]) app.call('team:addMember', { teamId: team.id, personId: p.id, since: '2026-02-01' });
    app.call('team:updateRoles', { teamId: team.id, chairId: chair.id });
    expect(app.call('team:updateRoles', { teamId: team.id, secretaryId: secretary.id })).toMatchObject({ chairId: chair.id, secretaryId: secretary.id });
    // null still clears a role.
    expect(app.call('team:updateRoles', { teamId: team.id, chairId: null })).toMatchObject({ chairId: null, secretaryId: secretary.id });
  });

  it('rejects impossible dates', () => {
    setUp();
    const [wijk] = app.call('wijk:list', {});
    const team = app.call('team:get', { wijkId: wijk!.id });
    expect(app.reject('team:addMember', { teamId: team.id, personId: 1, since: '2026-02-30' }).fields).toEqual({ since: 'Lid sinds is geen bestaande datum.' });
  });
});

describe('dispatcher', () => {
  it('answers an unknown channel with a typed error', () => {
    expect(app.dispatch('wijk:explode', {})).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'Onbekend verzoek: wijk:explode.' } });
  });
});
