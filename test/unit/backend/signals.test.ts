import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { createClock, type TestClock } from '../../support/clock';
import { agendaItem, planMeeting, seedTeam, signalRequest, type Seed } from '../../support/meetings';
import { PURGED_OUTCOME, suggestedRoute, SIGNAL_THEMES, type SignalTheme } from '../../../contract/schemas/signals';

let app: TestBackend;
let clock: TestClock;
let seed: Seed;
beforeEach(() => {
  clock = createClock();
  app = createTestBackend({ now: clock.now });
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

const confidential = (meetingId: number) =>
  signalRequest(seed, meetingId, {
    title: 'Zorgen om oudere bewoner',
    description: 'Mevrouw J. (87), Molenkamp 12, lijkt verward en loopt ’s nachts op straat.',
    location: 'Molenkamp 12',
    theme: 'zorg',
    sensitivity: 'vertrouwelijk',
    urgency: 'hoog',
    broughtByPersonId: seed.people.agent.id,
  });

describe('raising a signal', () => {
  it('stores who brought it in with their organisation, the buurt, and defaults date, urgency, status and routing', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const signalen = agendaItem(app, meeting.id, 'signalenronde');
    const signal = app.call('signal:create', signalRequest(seed, meeting.id, { agendaItemId: signalen.id }));
    expect(signal).toMatchObject({
      meetingId: meeting.id,
      agendaItemId: signalen.id,
      date: '2026-12-08',
      broughtByPersonName: 'Ahmed Bouzid',
      broughtByOrganisationName: 'Woonstichting Kustwonen',
      buurtName: 'Molenkamp',
      wijkName: 'Molenwijk',
      urgency: 'normaal',
      sensitivity: 'normaal',
      // Routed by the theme's suggestion, so passed on: Doorgezet, never "Nieuw … doorgezet naar".
      status: 'doorgezet',
      routedTo: 'wijkbeheer',
      redacted: false,
      purged: false,
      closedOn: null,
    });
    const detail = app.call('meeting:get', { id: meeting.id });
    expect(detail.signals.map((s) => s.title)).toEqual(['Kapotte lantaarnpalen Molenkamp']);
  });

  it('suggests routing from the theme, but an explicit choice (or none) wins', () => {
    const expected: Record<SignalTheme, string | null> = {
      openbare_ruimte: 'wijkbeheer',
      zorg: 'zorg',
      armoede: 'zorg',
      overlast: 'veiligheid',
      veiligheid: 'veiligheid',
      wonen: null,
      jeugd: null,
      overig: null,
    };
    for (const theme of Object.keys(SIGNAL_THEMES) as SignalTheme[]) expect(suggestedRoute(theme), theme).toBe(expected[theme]);
    const meeting = planMeeting(app, seed, '2026-12-08');
    expect(app.call('signal:create', signalRequest(seed, meeting.id, { theme: 'overlast' })).routedTo).toBe('veiligheid');
    expect(app.call('signal:create', signalRequest(seed, meeting.id, { theme: 'overlast', routedTo: 'partner_zelf' })).routedTo).toBe('partner_zelf');
    expect(app.call('signal:create', signalRequest(seed, meeting.id, { theme: 'overlast', routedTo: null })).routedTo).toBeNull();
  });

  it('refuses a buurt of another wijk, a person of another organisation and a missing bringer, in Dutch', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    expect(app.reject('signal:create', signalRequest(seed, meeting.id, { buurtId: seed.buurten.oudeHaven.id })).fields).toEqual({
      buurtId: 'Kies een buurt in Molenwijk.',
    });
    expect(
      app.reject('signal:create', signalRequest(seed, meeting.id, { broughtByOrganisationId: seed.orgs.politie.id })).fields,
    ).toEqual({ broughtByOrganisationId: 'Kies de organisatie van Ahmed Bouzid.' });
    expect(app.reject('signal:create', signalRequest(seed, meeting.id, { broughtByPersonId: null })).fields).toEqual({
      broughtByPersonId: 'Kies wie het signaal inbrengt (persoon of organisatie).',
    });
    expect(app.reject('signal:create', signalRequest(seed, meeting.id, { theme: 'parkeren' })).fields).toEqual({ theme: 'Kies een thema.' });
    // An organisation alone is enough (e.g. a written signal from a partner).
    expect(app.call('signal:create', signalRequest(seed, meeting.id, { broughtByPersonId: null, broughtByOrganisationId: seed.orgs.politie.id })).broughtByOrganisationName).toBe(
      'Politie Kop van Noord',
    );
  });

  it('requires an outcome when the signal is afgehandeld, on create and update', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const message = 'Vul de uitkomst in: wat is er met het signaal gedaan?';
    expect(app.reject('signal:create', signalRequest(seed, meeting.id, { status: 'afgehandeld' })).fields).toEqual({ outcome: message });
    const signal = app.call('signal:create', signalRequest(seed, meeting.id));
    const update = { ...signalRequest(seed, meeting.id), id: signal.id, meetingId: meeting.id, date: signal.date, status: 'afgehandeld' as const };
    expect(app.reject('signal:update', update).fields).toEqual({ outcome: message });
    const closed = app.call('signal:update', { ...update, outcome: 'Gerepareerd door Stadsbedrijf.' });
    expect(closed).toMatchObject({ status: 'afgehandeld', closedOn: '2026-12-08', outcome: 'Gerepareerd door Stadsbedrijf.' });
    // Reopening clears the closing date.
    expect(app.call('signal:update', { ...update, status: 'in_behandeling', outcome: null }).closedOn).toBeNull();
  });
});

describe('following up a signal', () => {
  it('records one follow-up per meeting with the status change, and needs an outcome to close', () => {
    const first = planMeeting(app, seed, '2026-10-06');
    const second = planMeeting(app, seed, '2026-11-03');
    // Not routed yet, so still Nieuw.
    const signal = app.call('signal:create', signalRequest(seed, first.id, { problemOwnerId: seed.orgs.gemeente.id, routedTo: null }));
    expect(signal.status).toBe('nieuw');

    const result = app.call('signal:followUp', { signalId: signal.id, meetingId: second.id, note: 'Melding staat bij Stadsbedrijf.', status: 'in_behandeling' });
    expect(result.followUp).toMatchObject({ meetingId: second.id, meetingDate: '2026-11-03', note: 'Melding staat bij Stadsbedrijf.', statusBefore: 'nieuw', statusAfter: 'in_behandeling' });
    expect(result.signal.status).toBe('in_behandeling');

    // Doorgezet says to whom: without a routing it is refused, and nothing changes.
    expect(app.reject('signal:followUp', { signalId: signal.id, meetingId: second.id, status: 'doorgezet' }).fields).toEqual({
      status: 'Kies naar wie het signaal is doorgezet, of kies een andere status.',
    });
    // A second follow-up in the same meeting edits the first.
    const again = app.call('signal:followUp', { signalId: signal.id, meetingId: second.id, note: 'Stadsbedrijf heeft het opgepakt.' });
    expect(again.followUp).toMatchObject({ id: result.followUp.id, note: 'Stadsbedrijf heeft het opgepakt.', statusBefore: 'nieuw', statusAfter: 'in_behandeling' });

    expect(app.reject('signal:followUp', { signalId: signal.id, meetingId: second.id, status: 'afgehandeld' }).fields).toEqual({
      outcome: 'Vul de uitkomst in: wat is er met het signaal gedaan?',
    });
    expect(app.reject('signal:followUp', { signalId: signal.id, meetingId: second.id }).fields).toEqual({
      note: 'Vul een notitie in of kies een nieuwe status.',
    });
    const closed = app.call('signal:followUp', { signalId: signal.id, meetingId: second.id, status: 'afgehandeld', outcome: 'Palen vervangen.' });
    expect(closed.signal).toMatchObject({ status: 'afgehandeld', outcome: 'Palen vervangen.', closedOn: '2026-11-03' });
  });

  it('refuses a follow-up in a meeting of another team or before the signal was raised', () => {
    const early = planMeeting(app, seed, '2026-09-01');
    const meeting = planMeeting(app, seed, '2026-10-06');
    const other = app.call('meeting:create', { teamId: seed.otherTeam.id, date: '2026-11-01', startTime: '10:00', place: 'Stadhuis' });
    const signal = app.call('signal:create', signalRequest(seed, meeting.id));
    expect(app.reject('signal:followUp', { signalId: signal.id, meetingId: other.id, note: 'x' }).fields).toEqual({ meetingId: 'Dit signaal hoort bij een ander team.' });
    expect(app.reject('signal:followUp', { signalId: signal.id, meetingId: early.id, note: 'x' }).code).toBe('validation');
  });
});

describe('privacy', () => {
  it('the partner view leaves out description and location of vertrouwelijk signals', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    app.call('signal:create', signalRequest(seed, meeting.id));
    app.call('signal:create', confidential(meeting.id));

    const internal = app.call('signal:list', { teamId: seed.team.id });
    expect(internal.find((s) => s.sensitivity === 'vertrouwelijk')).toMatchObject({ description: expect.stringContaining('Molenkamp 12'), redacted: false });

    const partner = app.call('signal:list', { teamId: seed.team.id, view: 'partner' });
    expect(partner.find((s) => s.sensitivity === 'vertrouwelijk')).toMatchObject({
      title: 'Zorgen om oudere bewoner',
      description: null,
      location: null,
      redacted: true,
    });
    expect(partner.find((s) => s.sensitivity === 'normaal')).toMatchObject({ description: expect.stringContaining('lantaarnpalen'), redacted: false });
    expect(JSON.stringify(partner)).not.toContain('Molenkamp 12');
  });

  it('purges the details of vertrouwelijk signals afgehandeld more than six months ago, also from the undo log', () => {
    const meeting = planMeeting(app, seed, '2026-03-02');
    app.call('meeting:start', { id: meeting.id, confirmEarly: true });
    const old = app.call('signal:create', { ...confidential(meeting.id), status: 'afgehandeld', outcome: 'Aangemeld bij de huisarts.' });
    const recent = app.call('signal:create', confidential(meeting.id));
    const openOne = app.call('signal:create', confidential(meeting.id));
    const normal = app.call('signal:create', signalRequest(seed, meeting.id, { status: 'afgehandeld', outcome: 'Gerepareerd.' }));
    app.call('signal:update', { ...confidential(meeting.id), id: recent.id, date: recent.date, status: 'afgehandeld', outcome: 'Zorg loopt.' });
    expect(app.call('signal:list', { teamId: seed.team.id }).find((s) => s.id === recent.id)?.closedOn).toBe('2026-03-02');
    // Closed only recently: within the retention term, so it stays.
    app.db.prepare("UPDATE signal SET closed_on = '2026-11-01' WHERE id = ?").run(recent.id);

    const result = app.call('privacy:purge', {});
    expect(result).toEqual({ purged: 1, retentionMonths: 6, cutoff: '2026-05-22' });

    const byId = new Map(app.call('signal:list', { teamId: seed.team.id }).map((s) => [s.id, s]));
    expect(byId.get(old.id)).toMatchObject({ description: null, location: null, purged: true, title: 'Zorgen om oudere bewoner', outcome: PURGED_OUTCOME });
    expect(byId.get(recent.id)!.description).not.toBeNull();
    expect(byId.get(openOne.id)!.description).not.toBeNull();
    expect(byId.get(normal.id)!.description).not.toBeNull();
    const logged = app.db.prepare('SELECT changes FROM undo_log').all() as { changes: string }[];
    expect(logged.some((l) => l.changes.includes(`"id":${old.id},`))).toBe(false);
    expect(app.call('privacy:purge', {}).purged).toBe(0);
  });

  it('runs the purge when the back end starts', async () => {
    const meeting = planMeeting(app, seed, '2026-03-02');
    const old = app.call('signal:create', { ...confidential(meeting.id), status: 'afgehandeld', outcome: 'Aangemeld bij de huisarts.' });
    const { startBackend } = await import('../../../backend/host');
    app.close();
    const reopened = startBackend({ databasePath: app.file, appVersion: 'test', now: clock.now });
    const row = reopened.db.prepare('SELECT description, purged_at FROM signal WHERE id = ?').get(old.id) as { description: string | null; purged_at: string | null };
    reopened.close();
    expect(row.description).toBeNull();
    expect(row.purged_at).not.toBeNull();
  });

  it('an edited purged signal may stay without description, others may not', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const signal = app.call('signal:create', signalRequest(seed, meeting.id));
    const update = { ...signalRequest(seed, meeting.id), id: signal.id, date: signal.date, description: '' };
    expect(app.reject('signal:update', update).fields).toEqual({ description: 'Omschrijving is verplicht.' });

    const old = planMeeting(app, seed, '2026-03-02');
    const purged = app.call('signal:create', { ...confidential(old.id), status: 'afgehandeld', outcome: 'Zorg geregeld.' });
    app.call('privacy:purge', {});
    const edited = app.call('signal:update', { ...confidential(old.id), id: purged.id, date: purged.date, description: '', location: '', status: 'afgehandeld', outcome: 'Zorg geregeld via het sociaal wijkteam.' });
    expect(edited).toMatchObject({ description: null, purged: true, outcome: 'Zorg geregeld via het sociaal wijkteam.' });
  });
});

describe('status and routing agree (issue 12, defect 11)', () => {
  it('a routed signal is never "Nieuw", and "Doorgezet" needs to say to whom', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const routed = app.call('signal:create', signalRequest(seed, meeting.id, { theme: 'overlast', status: 'nieuw' }));
    expect(routed).toMatchObject({ status: 'doorgezet', routedTo: 'veiligheid' });
    const unrouted = app.call('signal:create', signalRequest(seed, meeting.id, { theme: 'wonen' }));
    expect(unrouted).toMatchObject({ status: 'nieuw', routedTo: null });
    expect(app.reject('signal:create', signalRequest(seed, meeting.id, { status: 'doorgezet', routedTo: null })).fields).toEqual({
      routedTo: 'Kies naar wie het signaal is doorgezet, of kies een andere status.',
    });
    // Routing it later, in place, passes it on.
    const update = { ...signalRequest(seed, meeting.id, { theme: 'wonen' }), id: unrouted.id, date: unrouted.date, status: 'nieuw' as const, routedTo: 'zorg' as const };
    expect(app.call('signal:update', update)).toMatchObject({ status: 'doorgezet', routedTo: 'zorg' });
    // And a follow-up cannot put it back to Nieuw.
    const later = planMeeting(app, seed, '2026-12-15');
    expect(app.reject('signal:followUp', { signalId: routed.id, meetingId: later.id, status: 'nieuw' }).fields).toEqual({
      status: 'Dit signaal is doorgezet naar Team Veiligheid; het kan niet terug naar Nieuw.',
    });
  });
});
