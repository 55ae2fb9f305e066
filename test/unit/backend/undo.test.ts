import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { createClock, type TestClock } from '../../support/clock';
import { actionRequest, agendaItem, planMeeting, seedTeam, signalRequest, type Seed } from '../../support/meetings';
import { UNDO_DEPTH } from '../../../db/queries/undo';

let app: TestBackend;
let clock: TestClock;
let seed: Seed;
let meetingId: number;
beforeEach(() => {
  clock = createClock();
  app = createTestBackend({ now: clock.now });
  seed = seedTeam(app);
  meetingId = planMeeting(app, seed, '2026-11-24').id;
});
afterEach(() => app.cleanup());

const undo = () => app.call('undo:last', { meetingId });
const detail = () => app.call('meeting:get', { id: meetingId });

describe('undo:last', () => {
  it('says when there is nothing to undo', () => {
    expect(undo()).toEqual({ undone: null, undoLabel: null });
  });

  it('undoes a new signal, and tells the UI beforehand what it will do', () => {
    app.call('signal:create', signalRequest(seed, meetingId));
    expect(detail().undoLabel).toBe('Nieuw signaal "Kapotte lantaarnpalen Molenkamp" verwijderen');
    expect(undo()).toEqual({ undone: 'Nieuw signaal "Kapotte lantaarnpalen Molenkamp" verwijderd', undoLabel: null });
    expect(detail().signals).toEqual([]);
  });

  it('undoes changes one step at a time, newest first', () => {
    const signal = app.call('signal:create', signalRequest(seed, meetingId));
    app.call('signal:update', { ...signalRequest(seed, meetingId), id: signal.id, date: signal.date, title: 'Lantaarnpalen kapot', urgency: 'hoog' });
    expect(detail().undoLabel).toBe('Wijziging van signaal "Lantaarnpalen kapot" terugdraaien');
    expect(undo().undone).toBe('Wijziging van signaal "Lantaarnpalen kapot" teruggedraaid');
    expect(detail().signals[0]).toMatchObject({ title: 'Kapotte lantaarnpalen Molenkamp', urgency: 'normaal' });
    expect(undo().undone).toMatch(/^Nieuw signaal/);
    expect(undo().undone).toBeNull();
  });

  it('undoes a follow-up together with the status change it made', () => {
    const earlier = planMeeting(app, seed, '2026-10-20');
    const signal = app.call('signal:create', signalRequest(seed, earlier.id));
    const action = app.call('action:create', actionRequest(seed, earlier.id, agendaItem(app, earlier.id, 'thema').id));
    app.call('signal:followUp', { signalId: signal.id, meetingId, status: 'afgehandeld', outcome: 'Gerepareerd.' });
    app.call('action:followUp', { actionId: action.id, meetingId, note: 'Klaar.', status: 'gereed' });

    expect(undo().undone).toBe('Nieuwe voortgang bij actie "Lantaarnpalen laten repareren" verwijderd');
    let d = detail();
    expect(d.carriedActions.items![0]).toMatchObject({ status: 'open', closedOn: null, followUpHere: null });
    expect(undo().undone).toBe('Nieuwe voortgang bij signaal "Kapotte lantaarnpalen Molenkamp" verwijderd');
    d = detail();
    expect(d.carriedSignals.items![0]).toMatchObject({ status: 'doorgezet', outcome: null, closedOn: null, followUpHere: null });
  });

  it('undoes a second follow-up in the same meeting back to the first', () => {
    const earlier = planMeeting(app, seed, '2026-10-20');
    const action = app.call('action:create', actionRequest(seed, earlier.id, agendaItem(app, earlier.id, 'thema').id));
    app.call('action:followUp', { actionId: action.id, meetingId, note: 'Offerte aangevraagd.', status: 'in_uitvoering' });
    app.call('action:followUp', { actionId: action.id, meetingId, note: 'Toch al klaar.', status: 'gereed' });
    expect(undo().undone).toBe('Wijziging van de voortgang bij actie "Lantaarnpalen laten repareren" teruggedraaid');
    expect(detail().carriedActions.items![0]).toMatchObject({ status: 'in_uitvoering', followUpHere: { note: 'Offerte aangevraagd.', statusAfter: 'in_uitvoering' } });
  });

  it('undoes new and changed actions', () => {
    const item = agendaItem(app, meetingId, 'wijkagenda');
    const action = app.call('action:create', actionRequest(seed, meetingId, item.id));
    app.call('action:update', { ...actionRequest(seed, meetingId, item.id), id: action.id, deadline: '2027-01-15' });
    expect(undo().undone).toBe('Wijziging van actie "Lantaarnpalen laten repareren" teruggedraaid');
    expect(detail().actions[0]!.deadline).toBe('2026-12-01');
    expect(undo().undone).toBe('Nieuwe actie "Lantaarnpalen laten repareren" verwijderd');
    expect(detail().actions).toEqual([]);
  });

  it('an update made outside a meeting is not on any meeting undo list', () => {
    const item = agendaItem(app, meetingId, 'wijkagenda');
    const action = app.call('action:create', actionRequest(seed, meetingId, item.id));
    app.call('action:update', { ...actionRequest(seed, meetingId, item.id), meetingId: null, id: action.id, deadline: '2027-01-15' });
    expect(detail().undoLabel).toBe('Nieuwe actie "Lantaarnpalen laten repareren" verwijderen');
  });

  it('undoes decisions: new, changed and deleted', () => {
    const item = agendaItem(app, meetingId, 'thema');
    const d = app.call('decision:create', { agendaItemId: item.id, text: 'Buurtschouw in maart' });
    app.call('decision:update', { id: d.id, text: 'Buurtschouw in april' });
    app.call('decision:delete', { id: d.id });
    expect(undo().undone).toBe('Verwijderd besluit "Buurtschouw in april" teruggezet');
    expect(detail().decisions).toEqual([expect.objectContaining({ id: d.id, text: 'Buurtschouw in april', agendaItemId: item.id })]);
    expect(undo().undone).toBe('Wijziging van besluit "Buurtschouw in maart" teruggedraaid');
    expect(detail().decisions[0]!.text).toBe('Buurtschouw in maart');
    expect(undo().undone).toBe('Nieuw besluit "Buurtschouw in maart" verwijderd');
    expect(detail().decisions).toEqual([]);
  });

  it('undoes attendance and guests', () => {
    app.call('attendance:set', { meetingId, personId: seed.people.agent.id, status: 'afgemeld' });
    app.call('attendance:set', { meetingId, personId: seed.people.agent.id, status: 'vervangen', substituteName: 'Collega' });
    const guest = app.call('attendance:addGuest', { meetingId, name: 'Joost Vermeer' });
    app.call('attendance:removeGuest', { id: guest.id });
    expect(undo().undone).toBe('Verwijderde gast "Joost Vermeer" teruggezet');
    expect(detail().guests.map((g) => g.name)).toEqual(['Joost Vermeer']);
    expect(undo().undone).toBe('Gast "Joost Vermeer" verwijderd');
    expect(detail().guests).toEqual([]);
    expect(undo().undone).toBe('Wijziging van de aanwezigheid van Naima Haddou teruggedraaid');
    expect(detail().attendance.find((a) => a.personId === seed.people.agent.id)).toMatchObject({ status: 'afgemeld', substituteName: null });
    undo();
    expect(detail().attendance.find((a) => a.personId === seed.people.agent.id)!.status).toBeNull();
  });

  it('undoes agenda edits: add, move, remove and edit', () => {
    const titles = () => detail().agenda.map((i) => i.title);
    const original = titles();
    const added = app.call('agenda:addItem', { meetingId, title: 'Kennismaking', index: 0 });
    app.call('agenda:moveItem', { id: added.id, toIndex: 3 });
    const rondvraag = agendaItem(app, meetingId, 'rondvraag');
    app.call('agenda:removeItem', { id: rondvraag.id });
    app.call('agenda:updateItem', { id: added.id, title: 'Kennismaking wijkagent', plannedMinutes: 12 });

    expect(undo().undone).toBe('Wijziging van agendapunt "Kennismaking" teruggedraaid');
    expect(detail().agenda.find((i) => i.id === added.id)).toMatchObject({ title: 'Kennismaking', plannedMinutes: 10 });
    expect(undo().undone).toBe('Verwijderd agendapunt "Rondvraag" teruggezet');
    expect(titles()).toContain('Rondvraag');
    expect(undo().undone).toBe('Wijziging van de volgorde ("Kennismaking" verplaatst) teruggedraaid');
    expect(titles()[0]).toBe('Kennismaking');
    expect(undo().undone).toBe('Nieuw agendapunt "Kennismaking" verwijderd');
    expect(titles()).toEqual(original);
    expect(detail().agenda.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('treats notes typed in one go as one step, and never rewinds the timer', () => {
    const item = agendaItem(app, meetingId, 'opening');
    app.call('agenda:updateItem', { id: item.id, notes: 'Welkom' });
    clock.advance(60);
    app.call('meeting:start', { id: meetingId, confirmEarly: true });
    app.call('agenda:updateItem', { id: item.id, notes: 'Welkom aan' });
    clock.advance(30);
    app.call('agenda:updateItem', { id: item.id, notes: 'Welkom aan de nieuwe wijkagent.' });
    clock.advance(90);
    app.call('agenda:next', { meetingId });
    expect(detail().undoLabel).toBe('Wijziging van de notities bij "Opening en mededelingen" terugdraaien');
    expect(undo().undone).toBe('Wijziging van de notities bij "Opening en mededelingen" teruggedraaid');
    expect(detail().agenda[0]).toMatchObject({ notes: null, spentSeconds: 120, currentSince: null });
    expect(undo().undone).toBeNull();

    // After a pause of more than two minutes, typing is a new step.
    app.call('agenda:updateItem', { id: item.id, notes: 'Eerste' });
    clock.advance(180);
    app.call('agenda:updateItem', { id: item.id, notes: 'Tweede' });
    undo();
    expect(detail().agenda[0]!.notes).toBe('Eerste');
  });

  it(`keeps the last ${UNDO_DEPTH} steps per meeting`, () => {
    for (let i = 0; i < UNDO_DEPTH + 5; i++) app.call('attendance:set', { meetingId, personId: seed.people.agent.id, status: i % 2 ? 'aanwezig' : 'afgemeld' });
    const other = planMeeting(app, seed, '2026-12-08');
    app.call('attendance:set', { meetingId: other.id, personId: seed.people.agent.id, status: 'aanwezig' });
    const count = (id: number) => (app.db.prepare('SELECT count(*) AS n FROM undo_log WHERE meeting_id = ?').get(id) as { n: number }).n;
    expect(count(meetingId)).toBe(UNDO_DEPTH);
    expect(count(other.id)).toBe(1);
  });

  it('skips a step that can no longer be applied, with a Dutch message', () => {
    const later = planMeeting(app, seed, '2026-12-08');
    const signal = app.call('signal:create', signalRequest(seed, meetingId));
    // An action in another meeting now depends on the signal.
    app.call('action:create', actionRequest(seed, later.id, agendaItem(app, later.id, 'thema').id, { signalId: signal.id }));
    const error = app.reject('undo:last', { meetingId });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/kan niet meer ongedaan worden gemaakt/) });
    expect(detail().signals).toHaveLength(1);
    expect(detail().undoLabel).toBeNull();
  });

  it('forgets the undo history when the meeting is finished', () => {
    app.call('signal:create', signalRequest(seed, meetingId));
    app.call('meeting:start', { id: meetingId, confirmEarly: true });
    app.call('meeting:finish', { id: meetingId, confirmEarly: true });
    app.call('meeting:reopen', { id: meetingId });
    expect(undo()).toEqual({ undone: null, undoLabel: null });
  });
});
