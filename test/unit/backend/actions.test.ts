import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { actionRequest, agendaItem, planMeeting, seedTeam, signalRequest, type Seed } from '../../support/meetings';

let app: TestBackend;
let seed: Seed;
beforeEach(() => {
  app = createTestBackend(); // today = 2026-11-22
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

const setup = () => {
  const meeting = planMeeting(app, seed, '2026-11-03');
  const item = agendaItem(app, meeting.id, 'wijkagenda');
  return { meeting, item };
};

describe('afspraak is afspraak: horizon rules', () => {
  it('normalises what the horizon does not use: a Nooit action sent with a past deadline is stored without one', () => {
    const { meeting, item } = setup();
    const nooit = app.call(
      'action:create',
      actionRequest(seed, meeting.id, item.id, { horizon: 'nooit', motivation: 'Geen draagvlak in de wijk', deadline: '2020-01-01', decisionDue: '2020-02-01', preconditions: 'x' }),
    );
    expect(nooit).toMatchObject({ deadline: null, decisionDue: null, preconditions: null, dueDate: null, overdue: false, isOpen: false });
    expect(app.db.prepare('SELECT deadline, decision_due AS decisionDue FROM action WHERE id = ?').get(nooit.id)).toEqual({ deadline: null, decisionDue: null });
    expect(app.call('action:list', {}).find((a) => a.id === nooit.id)).toMatchObject({ deadline: null, overdue: false });

    // The same on a correction from Nu to Nooit that still carries the old deadline.
    const nu = app.call('action:create', actionRequest(seed, meeting.id, item.id, { deadline: '2026-11-01' }));
    expect(nu.overdue).toBe(true);
    const corrected = app.call('action:update', {
      ...actionRequest(seed, meeting.id, item.id, { deadline: '2026-11-01', horizon: 'nooit', motivation: 'Te duur' }),
      id: nu.id,
    });
    expect(corrected).toMatchObject({ horizon: 'nooit', deadline: null, overdue: false });
  });

  it('accepts Nu with a deadline and refuses Nu without one', () => {
    const { meeting, item } = setup();
    expect(app.call('action:create', actionRequest(seed, meeting.id, item.id))).toMatchObject({ horizon: 'nu', status: 'open', deadline: '2026-12-01', isOpen: true });
    expect(app.reject('action:create', actionRequest(seed, meeting.id, item.id, { deadline: null })).fields).toEqual({
      deadline: 'Vul een datum in: wanneer is het klaar?',
    });
  });

  it('refuses Ooit without afhandeltermijn or randvoorwaarden, with the Dutch field messages', () => {
    const { meeting, item } = setup();
    const ooit = actionRequest(seed, meeting.id, item.id, { horizon: 'ooit', deadline: null, what: 'Speeltuin De Wieken vernieuwen' });
    const error = app.reject('action:create', ooit);
    expect(error.code).toBe('validation');
    expect(error.fields).toEqual({
      preconditions: 'Vul de randvoorwaarden in: waar hangt het van af?',
      decisionDue: 'Vul een afhandeltermijn in: wanneer komt er een definitief antwoord?',
    });
    expect(app.reject('action:create', { ...ooit, preconditions: 'Budget in de begroting 2027' }).fields).toEqual({
      decisionDue: 'Vul een afhandeltermijn in: wanneer komt er een definitief antwoord?',
    });
    const ok = app.call('action:create', { ...ooit, preconditions: 'Budget in de begroting 2027', decisionDue: '2027-03-01' });
    expect(ok).toMatchObject({ horizon: 'ooit', deadline: null, decisionDue: '2027-03-01', dueDate: '2027-03-01', isOpen: true });
  });

  it('refuses Nooit without motivering; a Nooit agreement is settled at once', () => {
    const { meeting, item } = setup();
    const nooit = actionRequest(seed, meeting.id, item.id, { horizon: 'nooit', deadline: null, what: 'Hondenuitlaatveld bij school' });
    expect(app.reject('action:create', nooit).fields).toEqual({ motivation: 'Vul de motivering in: waarom gebeurt dit niet?' });
    const ok = app.call('action:create', { ...nooit, motivation: 'Geen draagvlak in de buurt; bewoners stemden tegen.' });
    expect(ok).toMatchObject({ horizon: 'nooit', isOpen: false, overdue: false, closedOn: '2026-11-03' });
  });

  it('applies the same rules on update', () => {
    const { meeting, item } = setup();
    const action = app.call('action:create', actionRequest(seed, meeting.id, item.id));
    const base = { ...actionRequest(seed, meeting.id, item.id), id: action.id };
    expect(app.reject('action:update', { ...base, horizon: 'ooit', deadline: null }).fields).toEqual({
      preconditions: 'Vul de randvoorwaarden in: waar hangt het van af?',
      decisionDue: 'Vul een afhandeltermijn in: wanneer komt er een definitief antwoord?',
    });
    expect(app.reject('action:update', { ...base, horizon: 'nooit' }).fields).toEqual({ motivation: 'Vul de motivering in: waarom gebeurt dit niet?' });
    expect(app.reject('action:update', { ...base, status: 'vervallen' }).fields).toEqual({ cancelReason: 'Geef aan waarom de actie vervalt.' });
    // Changed outside a meeting (the overview): it closes today.
    expect(app.call('action:update', { ...base, meetingId: null, status: 'vervallen', cancelReason: 'Dubbel met actie van Stadsbedrijf.' })).toMatchObject({
      status: 'vervallen',
      isOpen: false,
      closedOn: '2026-11-22',
    });
  });

  it('requires a waarom: a signal, an agenda item, or both', () => {
    const { meeting, item } = setup();
    const message = 'Koppel de actie aan een signaal of een agendapunt: waarom doen we dit?';
    expect(app.reject('action:create', actionRequest(seed, meeting.id, item.id, { agendaItemId: null })).fields).toEqual({ signalId: message, agendaItemId: message });
    const signal = app.call('signal:create', signalRequest(seed, meeting.id));
    const viaSignal = app.call('action:create', actionRequest(seed, meeting.id, item.id, { agendaItemId: null, signalId: signal.id, whyText: 'Onveilig in het donker' }));
    expect(viaSignal).toMatchObject({ signalId: signal.id, signalTitle: 'Kapotte lantaarnpalen Molenkamp', agendaItemId: null, whyText: 'Onveilig in het donker' });
    const other = app.call('meeting:create', { teamId: seed.otherTeam.id, date: '2026-11-01', startTime: '10:00', place: 'Stadhuis' });
    const otherItem = agendaItem(app, other.id, 'wijkagenda');
    expect(app.reject('action:create', actionRequest(seed, other.id, otherItem.id, { signalId: signal.id })).fields).toEqual({ signalId: 'Kies een signaal van dit team.' });
    expect(app.reject('action:create', actionRequest(seed, meeting.id, otherItem.id)).fields).toEqual({ agendaItemId: 'Kies een agendapunt van dit overleg.' });
  });

  it('wie: the person must work at the owner organisation', () => {
    const { meeting, item } = setup();
    expect(
      app.reject('action:create', actionRequest(seed, meeting.id, item.id, { ownerPersonId: seed.people.agent.id })).fields,
    ).toEqual({ ownerPersonId: 'Kies iemand van Gemeente Den Helder, of laat de persoon leeg.' });
    const ok = app.call('action:create', actionRequest(seed, meeting.id, item.id, { ownerPersonId: seed.people.chair.id, how: 'Melding bij Stadsbedrijf' }));
    expect(ok).toMatchObject({ ownerOrganisationName: 'Gemeente Den Helder', ownerPersonName: 'Rachid El Amrani', how: 'Melding bij Stadsbedrijf' });
  });
});

describe('overdue', () => {
  it('is computed against today for open actions, using the afhandeltermijn for Ooit', () => {
    const { meeting, item } = setup();
    const make = (extra: Record<string, unknown>) => app.call('action:create', actionRequest(seed, meeting.id, item.id, extra));
    expect(make({ deadline: '2026-11-21' }).overdue).toBe(true);
    expect(make({ deadline: '2026-11-22' }).overdue).toBe(false);
    expect(make({ deadline: '2026-11-01', status: 'in_uitvoering' }).overdue).toBe(true);
    expect(make({ deadline: '2026-11-01', status: 'gereed' }).overdue).toBe(false);
    expect(make({ horizon: 'ooit', deadline: '2026-01-01', preconditions: 'Budget', decisionDue: '2026-11-15' })).toMatchObject({ overdue: true, dueDate: '2026-11-15' });
    expect(make({ horizon: 'ooit', deadline: '2026-01-01', preconditions: 'Budget', decisionDue: '2027-01-15' }).overdue).toBe(false);
  });
});

describe('follow-up of an action', () => {
  it('adds progress per meeting, changes status, and uses the note as reason when it vervalt', () => {
    const { meeting, item } = setup();
    const next = planMeeting(app, seed, '2026-12-08');
    const action = app.call('action:create', actionRequest(seed, meeting.id, item.id));
    const progress = app.call('action:followUp', { actionId: action.id, meetingId: next.id, note: 'Offerte aangevraagd.', status: 'in_uitvoering' });
    expect(progress.followUp).toMatchObject({ statusBefore: 'open', statusAfter: 'in_uitvoering', note: 'Offerte aangevraagd.' });
    expect(progress.action).toMatchObject({ status: 'in_uitvoering', lastFollowUpNote: 'Offerte aangevraagd.', lastFollowUpDate: '2026-12-08' });
    expect(app.reject('action:followUp', { actionId: action.id, meetingId: next.id, status: 'vervallen' }).fields).toEqual({
      note: 'Geef aan waarom de actie vervalt.',
    });
    const cancelled = app.call('action:followUp', { actionId: action.id, meetingId: next.id, status: 'vervallen', note: 'Gemeente vervangt alle palen in 2027.' });
    expect(cancelled.action).toMatchObject({ status: 'vervallen', cancelReason: 'Gemeente vervangt alle palen in 2027.', closedOn: '2026-12-08', isOpen: false });
    expect(cancelled.followUp).toMatchObject({ id: progress.followUp.id, statusBefore: 'open', statusAfter: 'vervallen' });
  });
});

describe('action list (overview)', () => {
  it('returns every action across meetings and wijken with what the filters need', () => {
    const { meeting, item } = setup();
    const other = app.call('meeting:create', { teamId: seed.otherTeam.id, date: '2026-10-01', startTime: '10:00', place: 'Stadhuis' });
    const signal = app.call('signal:create', signalRequest(seed, meeting.id));
    app.call('action:create', actionRequest(seed, meeting.id, item.id, { signalId: signal.id, ownerOrganisationId: seed.orgs.corporatie.id }));
    app.call('action:create', actionRequest(seed, other.id, agendaItem(app, other.id, 'thema').id, { deadline: '2026-11-01' }));

    const all = app.call('action:list', {});
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({
      wijkName: 'Molenwijk',
      teamName: 'Wijk-coördinatieteam Molenwijk',
      meetingDate: '2026-11-03',
      ownerOrganisationName: 'Woonstichting Kustwonen',
      signalTitle: 'Kapotte lantaarnpalen Molenkamp',
      agendaItemTitle: 'Wijkagenda',
      status: 'open',
      horizon: 'nu',
      overdue: false,
    });
    expect(all[1]).toMatchObject({ wijkName: 'Binnenstad', overdue: true });
    expect(app.call('action:list', { wijkId: seed.otherWijk.id })).toHaveLength(1);
    expect(app.call('action:list', { organisationId: seed.orgs.corporatie.id })).toHaveLength(1);
    expect(app.call('action:list', { openOnly: true })).toHaveLength(2);
  });

  // How fast is measured by npm run bench (issue 8), not by a timed unit test on a shared machine.
  it('lists thousands of actions with their derived fields and latest follow-up', () => {
    const { meeting, item } = setup();
    const insert = app.db.prepare(
      `INSERT INTO action (team_id, meeting_id, agenda_item_id, what, owner_organisation_id, deadline, horizon, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'nu', 'open', '2026-11-03T10:00:00Z', '2026-11-03T10:00:00Z')`,
    );
    const followUp = app.db.prepare(
      `INSERT INTO action_follow_up (action_id, meeting_id, note, status_before, created_at, updated_at) VALUES (?, ?, 'Loopt', 'open', 'x', 'x')`,
    );
    app.db.transaction(() => {
      for (let i = 0; i < 5000; i++) {
        const id = Number(insert.run(seed.team.id, meeting.id, item.id, `Actie ${i}`, seed.orgs.gemeente.id, i % 2 ? '2026-10-01' : '2027-01-01').lastInsertRowid);
        if (i % 3 === 0) followUp.run(id, meeting.id);
      }
    })();
    const list = app.call('action:list', {});
    expect(list).toHaveLength(5000);
    expect(list.filter((a) => a.overdue)).toHaveLength(2500);
    expect(list.filter((a) => a.lastFollowUpNote === 'Loopt').length).toBe(1667);
  });
});
