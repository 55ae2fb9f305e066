import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { planMeeting, seedTeam, type Seed } from '../../support/meetings';
import { ATTENDANCE_THRESHOLD, ATTENDANCE_THRESHOLD_LABEL } from '../../../contract/schemas/attendance';

let app: TestBackend;
let seed: Seed;
beforeEach(() => {
  app = createTestBackend();
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

describe('attendance in a meeting', () => {
  it('records aanwezig, afgemeld, afwezig and clears again', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const set = (personId: number, status: 'aanwezig' | 'afgemeld' | 'afwezig' | null) => app.call('attendance:set', { meetingId: meeting.id, personId, status });
    expect(set(seed.people.chair.id, 'aanwezig')).toMatchObject({ status: 'aanwezig', isChair: true, organisationName: 'Gemeente Den Helder', role: 'Wijkmanager' });
    expect(set(seed.people.agent.id, 'afgemeld').status).toBe('afgemeld');
    expect(set(seed.people.opbouwwerker.id, 'afwezig').status).toBe('afwezig');
    expect(set(seed.people.opbouwwerker.id, null).status).toBeNull();
    expect(app.reject('attendance:set', { meetingId: meeting.id, personId: seed.people.colleague.id, status: 'aanwezig' }).fields).toEqual({
      personId: 'Kies een teamlid. Voeg iemand anders toe als gast.',
    });
    expect(app.reject('attendance:set', { meetingId: meeting.id, personId: seed.people.chair.id, status: 'ziek' }).fields).toEqual({
      status: 'Kies aanwezig, afgemeld, afwezig of vervangen.',
    });
  });

  it('vervangen needs a substitute: a known person (with their organisation) or a typed name', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const base = { meetingId: meeting.id, personId: seed.people.wijkmeester.id, status: 'vervangen' as const };
    expect(app.reject('attendance:set', base).fields).toEqual({ substitutePersonId: 'Kies wie er vervangt, of typ de naam van de vervanger.' });
    expect(app.reject('attendance:set', { ...base, substitutePersonId: seed.people.wijkmeester.id }).fields).toEqual({
      substitutePersonId: 'Kies een collega als vervanger.',
    });
    expect(app.call('attendance:set', { ...base, substitutePersonId: seed.people.colleague.id })).toMatchObject({
      status: 'vervangen',
      substitutePersonId: seed.people.colleague.id,
      substituteName: 'Wendy Kramer',
      substituteOrganisationName: 'Woonstichting Kustwonen',
    });
    expect(app.call('attendance:set', { ...base, personId: seed.people.agent.id, substituteName: 'Wijkagent van dienst' })).toMatchObject({
      substitutePersonId: null,
      substituteName: 'Wijkagent van dienst',
      substituteOrganisationId: seed.orgs.politie.id,
    });
    // Another status drops the substitute.
    expect(app.call('attendance:set', { ...base, status: 'aanwezig', substituteName: 'Genegeerd' })).toMatchObject({ substituteName: null, substituteOrganisationId: null });
  });

  it('adds and removes guests, from the register or typed', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const known = app.call('attendance:addGuest', { meetingId: meeting.id, personId: seed.people.colleague.id });
    expect(known).toMatchObject({ name: 'Wendy Kramer', organisationName: 'Woonstichting Kustwonen', role: 'Sociaal wijkmeester' });
    const typed = app.call('attendance:addGuest', { meetingId: meeting.id, name: 'Joost Vermeer', organisationName: 'Basisschool De Regenboog', role: 'Directeur' });
    expect(typed).toMatchObject({ personId: null, organisationId: null, organisationName: 'Basisschool De Regenboog' });
    expect(app.reject('attendance:addGuest', { meetingId: meeting.id, role: 'Gast' }).fields).toEqual({ name: 'Vul de naam van de gast in of kies een persoon.' });
    app.call('attendance:removeGuest', { id: known.id });
    expect(app.call('meeting:get', { id: meeting.id }).guests.map((g) => g.name)).toEqual(['Joost Vermeer']);
  });

  it('keeps the organisation of the meeting date when someone changes jobs afterwards', () => {
    const meeting = planMeeting(app, seed, '2026-11-03');
    app.call('meeting:start', { id: meeting.id, confirmEarly: true });
    app.call('attendance:set', { meetingId: meeting.id, personId: seed.people.wijkmeester.id, status: 'aanwezig' });
    app.call('meeting:finish', { id: meeting.id, confirmEarly: true });
    const p = seed.people.wijkmeester;
    app.call('person:update', { id: p.id, name: p.name, organisationId: seed.orgs.welzijn.id, role: 'Opbouwwerker' });
    const row = app.call('meeting:get', { id: meeting.id }).attendance.find((a) => a.personId === p.id)!;
    expect(row).toMatchObject({ organisationId: seed.orgs.corporatie.id, organisationName: 'Woonstichting Kustwonen', role: 'Sociaal wijkmeester' });
  });
});

describe('attendance report', () => {
  const hold = (seedDate: string, statuses: Record<string, 'aanwezig' | 'afgemeld' | 'afwezig' | 'vervangen' | null>, finish = true) => {
    const meeting = planMeeting(app, seed, seedDate);
    app.call('meeting:start', { id: meeting.id, confirmEarly: true });
    for (const [key, status] of Object.entries(statuses)) {
      const personId = seed.people[key as keyof Seed['people']].id;
      app.call('attendance:set', {
        meetingId: meeting.id,
        personId,
        status,
        ...(status === 'vervangen' ? { substitutePersonId: seed.people.colleague.id } : {}),
      });
    }
    app.call('attendance:addGuest', { meetingId: meeting.id, name: 'Gast van de GGD' });
    if (finish) app.call('meeting:finish', { id: meeting.id, confirmEarly: true });
    return meeting;
  };

  it('counts per organisation: a substitute counts as present, guests and planned meetings do not', () => {
    hold('2026-09-15', { chair: 'aanwezig', secretary: 'aanwezig', wijkmeester: 'aanwezig', agent: 'afgemeld', opbouwwerker: 'afwezig' });
    hold('2026-10-20', { chair: 'aanwezig', secretary: 'afgemeld', wijkmeester: 'vervangen', agent: 'afgemeld', opbouwwerker: 'aanwezig' });
    hold('2026-11-17', { chair: 'afgemeld', secretary: 'afgemeld', wijkmeester: 'afwezig', agent: 'aanwezig' }, false); // still bezig: counts
    planMeeting(app, seed, '2026-11-20'); // only planned: does not count
    hold('2027-01-12', { chair: 'aanwezig' }); // outside the period

    const report = app.call('report:attendance', { from: '2026-09-01', to: '2026-12-31' });
    expect(report).toMatchObject({ meetingCount: 3, threshold: ATTENDANCE_THRESHOLD, thresholdLabel: ATTENDANCE_THRESHOLD_LABEL });
    const rows = Object.fromEntries(report.rows.map((r) => [r.organisationName, r]));
    expect(Object.keys(rows)).toEqual(['Gemeente Den Helder', 'Politie Kop van Noord', 'Welzijn Samen', 'Woonstichting Kustwonen']);
    // Gemeente: two members; present when at least one was there.
    expect(rows['Gemeente Den Helder']).toMatchObject({ expected: 3, attended: 2, afgemeld: 1, afwezig: 0, unrecorded: 0, recorded: 3, attendanceRequired: true, fallsShort: true });
    expect(rows['Gemeente Den Helder']!.rate).toBeCloseTo(2 / 3);
    expect(rows['Woonstichting Kustwonen']).toMatchObject({ expected: 3, attended: 2, afwezig: 1, fallsShort: true });
    expect(rows['Politie Kop van Noord']).toMatchObject({ expected: 3, attended: 1, afgemeld: 2, attendanceRequired: false, fallsShort: false });
    // The opbouwwerker has nothing recorded for 17 November: shown apart, and not as attendance.
    expect(rows['Welzijn Samen']).toMatchObject({ expected: 3, attended: 1, afwezig: 1, unrecorded: 1, recorded: 2 });
    expect(rows['Welzijn Samen']!.rate).toBeCloseTo(1 / 3);
  });

  it("counts a meeting as 'niet geregistreerd' when nobody of the organisation was there and a member has nothing recorded; never registering does not meet an obligation", () => {
    // Only the corporatie is recorded: the gemeente (obligated) has two members with nothing recorded.
    for (const date of ['2026-09-01', '2026-09-15', '2026-10-01', '2026-10-15', '2026-11-01']) {
      hold(date, { wijkmeester: date === '2026-10-01' ? 'afgemeld' : 'aanwezig' });
    }
    // One member afgemeld, the other unknown: the gemeente may still have been there.
    hold('2026-11-10', { chair: 'afgemeld', wijkmeester: 'aanwezig' });
    // One member unknown, the other present: present.
    hold('2026-11-12', { secretary: 'aanwezig', wijkmeester: 'aanwezig' });
    const rows = Object.fromEntries(app.call('report:attendance', { from: '2026-01-01', to: '2026-12-31' }).rows.map((r) => [r.organisationName, r]));
    expect(rows['Gemeente Den Helder']).toEqual({
      organisationId: seed.orgs.gemeente.id,
      organisationName: 'Gemeente Den Helder',
      attendanceRequired: true,
      expected: 7,
      attended: 1,
      afgemeld: 0,
      afwezig: 0,
      unrecorded: 6,
      recorded: 1,
      rate: 1 / 7,
      fallsShort: true,
    });
    expect(rows['Woonstichting Kustwonen']).toMatchObject({ expected: 7, attended: 6, afgemeld: 1, unrecorded: 0, recorded: 7 });
    // Not obligated: a low rate is shown, never flagged.
    expect(rows['Welzijn Samen']).toMatchObject({ expected: 7, unrecorded: 7, recorded: 0, rate: 0, fallsShort: false });
  });

  it('lists an organisation with an obligation but no expected meeting with 0 and no shortfall; others without meetings stay out', () => {
    const ggd = app.call('organisation:create', { name: 'GGD Hollands Noorden', kind: 'overig', attendanceRequired: true });
    hold('2026-09-15', { chair: 'aanwezig', wijkmeester: 'afwezig' });
    const report = app.call('report:attendance', { from: '2026-09-01', to: '2026-12-31' });
    expect(report.rows.map((r) => r.organisationName)).toEqual(['Gemeente Den Helder', 'GGD Hollands Noorden', 'Politie Kop van Noord', 'Welzijn Samen', 'Woonstichting Kustwonen']);
    expect(report.rows.find((r) => r.organisationId === ggd.id)).toEqual({
      organisationId: ggd.id,
      organisationName: 'GGD Hollands Noorden',
      attendanceRequired: true,
      expected: 0,
      attended: 0,
      afgemeld: 0,
      afwezig: 0,
      unrecorded: 0,
      recorded: 0,
      rate: null,
      fallsShort: false,
    });
    expect(report.rows.find((r) => r.organisationId === seed.orgs.corporatie.id)).toMatchObject({ expected: 1, afwezig: 1, rate: 0, fallsShort: true });
    // A wijk without meetings: only the obligations, all at 0.
    const other = app.call('report:attendance', { from: '2026-01-01', to: '2026-12-31', wijkId: seed.otherWijk.id });
    expect(other.meetingCount).toBe(0);
    expect(other.rows.map((r) => [r.organisationName, r.expected, r.rate, r.fallsShort])).toEqual([
      ['Gemeente Den Helder', 0, null, false],
      ['GGD Hollands Noorden', 0, null, false],
      ['Woonstichting Kustwonen', 0, null, false],
    ]);
  });

  it('meets the norm at the threshold, and filters by team or wijk', () => {
    for (const date of ['2026-09-01', '2026-09-15', '2026-10-01', '2026-10-15', '2026-11-01']) {
      hold(date, { wijkmeester: date === '2026-10-01' ? 'afgemeld' : 'aanwezig' });
    }
    const report = app.call('report:attendance', { from: '2026-01-01', to: '2026-12-31', teamId: seed.team.id });
    const corporatie = report.rows.find((r) => r.organisationId === seed.orgs.corporatie.id)!;
    expect(corporatie).toMatchObject({ expected: 5, attended: 4, rate: 0.8, fallsShort: false });
    expect(app.call('report:attendance', { from: '2026-01-01', to: '2026-12-31', wijkId: seed.otherWijk.id })).toMatchObject({
      meetingCount: 0,
      rows: [{ organisationName: 'Gemeente Den Helder', expected: 0 }, { organisationName: 'Woonstichting Kustwonen', expected: 0 }],
    });
    expect(app.reject('report:attendance', { from: '2026-12-31', to: '2026-01-01' }).fields).toEqual({ to: 'De einddatum ligt vóór de begindatum.' });
  });
});
