import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { actionRequest, agendaItem, planMeeting, seedTeam, signalRequest, type Seed } from '../../support/meetings';

let app: TestBackend;
let seed: Seed;
beforeEach(() => {
  app = createTestBackend();
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

describe('carry-over: nothing silently disappears', () => {
  it('brings open signals and actions to every later meeting until they are closed', () => {
    const [m1, m2, m3, m4] = ['2026-09-15', '2026-10-20', '2026-11-17', '2026-12-15'].map((date) => planMeeting(app, seed, date));
    const item1 = agendaItem(app, m1!.id, 'signalenronde');
    const signal = app.call('signal:create', signalRequest(seed, m1!.id, { agendaItemId: item1.id }));
    const action = app.call('action:create', actionRequest(seed, m1!.id, item1.id, { signalId: signal.id, deadline: '2026-10-15' }));
    const ooit = app.call(
      'action:create',
      actionRequest(seed, m1!.id, item1.id, { horizon: 'ooit', deadline: null, what: 'Extra prullenbakken', preconditions: 'Budget', decisionDue: '2027-02-01' }),
    );
    app.call('action:create', actionRequest(seed, m1!.id, item1.id, { what: 'Al gedaan', status: 'gereed' }));
    app.call('action:create', actionRequest(seed, m1!.id, item1.id, { what: 'Nooit', horizon: 'nooit', motivation: 'Te duur' }));
    app.call('meeting:start', { id: m1!.id, confirmEarly: true });
    app.call('meeting:finish', { id: m1!.id, confirmEarly: true });

    // Meeting 1 itself lists them as its own, not as carried.
    const d1 = app.call('meeting:get', { id: m1!.id });
    expect(d1.actions).toHaveLength(4);
    expect(d1.carriedActions.items).toEqual([]);
    expect(d1.nextMeetingId).toBe(m2!.id);

    // Meeting 2: carried over, not yet discussed; then a progress note.
    let d2 = app.call('meeting:get', { id: m2!.id });
    expect(d2.previousMeetingId).toBe(m1!.id);
    expect(d2.carriedActions.items!.map((a) => [a.what, a.followUpHere])).toEqual([
      ['Lantaarnpalen laten repareren', null],
      ['Extra prullenbakken', null],
    ]);
    expect(d2.carriedActions.items![0]).toMatchObject({ overdue: true, meetingDate: '2026-09-15' });
    expect(d2.carriedSignals.items!.map((s) => s.id)).toEqual([signal.id]);
    app.call('action:followUp', { actionId: action.id, meetingId: m2!.id, note: 'Opdracht ligt bij Stadsbedrijf.' });
    app.call('signal:followUp', { signalId: signal.id, meetingId: m2!.id, note: 'Stadsbedrijf pakt het op.', status: 'in_behandeling' });
    d2 = app.call('meeting:get', { id: m2!.id });
    expect(d2.carriedActions.items!.find((a) => a.id === action.id)!.followUpHere).toMatchObject({ note: 'Opdracht ligt bij Stadsbedrijf.' });
    expect(d2.carriedSignals.items![0]!.followUpHere).toMatchObject({ statusBefore: 'doorgezet', statusAfter: 'in_behandeling' });
    app.call('meeting:start', { id: m2!.id, confirmEarly: true });
    app.call('meeting:finish', { id: m2!.id, confirmEarly: true });

    // Meeting 3: still there, with the history of meeting 2 and nothing for this meeting yet; closed here.
    let d3 = app.call('meeting:get', { id: m3!.id });
    const carried = d3.carriedActions.items!.find((a) => a.id === action.id)!;
    expect(carried.followUpHere).toBeNull();
    expect(carried.followUps.map((f) => f.meetingDate)).toEqual(['2026-10-20']);
    expect(d3.carriedSignals.items!.map((s) => [s.id, s.status])).toEqual([[signal.id, 'in_behandeling']]);
    app.call('action:followUp', { actionId: action.id, meetingId: m3!.id, note: 'Palen staan er weer.', status: 'gereed' });
    app.call('signal:followUp', { signalId: signal.id, meetingId: m3!.id, status: 'afgehandeld', outcome: 'Lantaarnpalen vervangen.' });
    d3 = app.call('meeting:get', { id: m3!.id });
    // Closed in this meeting: still shown here, with the closing follow-up.
    expect(d3.carriedActions.items!.find((a) => a.id === action.id)).toMatchObject({ status: 'gereed', closedOn: '2026-11-17', followUpHere: { statusAfter: 'gereed' } });
    expect(d3.carriedSignals.items!.map((s) => s.status)).toEqual(['afgehandeld']);
    app.call('meeting:start', { id: m3!.id, confirmEarly: true });
    app.call('meeting:finish', { id: m3!.id, confirmEarly: true });

    // Meeting 4: the closed ones are gone; the Ooit still waits for its answer.
    const d4 = app.call('meeting:get', { id: m4!.id });
    expect(d4.carriedActions.items!.map((a) => a.id)).toEqual([ooit.id]);
    expect(d4.carriedSignals.items).toEqual([]);

    // History: meeting 2 still shows what was open then.
    expect(app.call('meeting:get', { id: m2!.id }).carriedActions.items!.map((a) => a.id)).toEqual([action.id, ooit.id]);
  });

  it('only carries over within the same team, and never from later meetings', () => {
    const m1 = planMeeting(app, seed, '2026-09-15');
    const m2 = planMeeting(app, seed, '2026-10-20');
    const other = app.call('meeting:create', { teamId: seed.otherTeam.id, date: '2026-10-27', startTime: '10:00', place: 'Stadhuis' });
    app.call('signal:create', signalRequest(seed, m2.id));
    app.call('action:create', actionRequest(seed, m2.id, agendaItem(app, m2.id, 'thema').id));
    expect(app.call('meeting:get', { id: m1.id }).carriedActions.items).toEqual([]);
    expect(app.call('meeting:get', { id: m1.id }).carriedSignals.items).toEqual([]);
    expect(app.call('meeting:get', { id: other.id }).carriedActions.items).toEqual([]);
  });

  it('orders meetings on the same day by start time', () => {
    const morning = planMeeting(app, seed, '2026-10-20', { startTime: '09:00', endTime: '10:00' });
    const afternoon = planMeeting(app, seed, '2026-10-20', { startTime: '14:00', endTime: '15:00' });
    app.call('action:create', actionRequest(seed, afternoon.id, agendaItem(app, afternoon.id, 'thema').id));
    expect(app.call('meeting:get', { id: morning.id }).carriedActions.items).toEqual([]);
    app.call('action:create', actionRequest(seed, morning.id, agendaItem(app, morning.id, 'thema').id, { what: 'Ochtendactie' }));
    expect(app.call('meeting:get', { id: afternoon.id }).carriedActions.items!.map((a) => a.what)).toEqual(['Ochtendactie']);
  });
});
