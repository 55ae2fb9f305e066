import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { createClock, type TestClock } from '../../support/clock';
import { agendaItem, planMeeting, seedTeam, signalRequest, actionRequest, type Seed } from '../../support/meetings';
import { DEFAULT_AGENDA } from '../../../contract/schemas/meetings';

let app: TestBackend;
let clock: TestClock;
let seed: Seed;
beforeEach(() => {
  clock = createClock();
  app = createTestBackend({ now: clock.now });
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

describe('planning a meeting', () => {
  it('defaults chair and secretary to the team, starts from the standard agenda and lists every member', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    expect(meeting).toMatchObject({
      status: 'gepland',
      chairId: seed.people.chair.id,
      chairName: 'Rachid El Amrani',
      secretaryId: seed.people.secretary.id,
      wijkName: 'Molenwijk',
      revision: 0,
    });
    const detail = app.call('meeting:get', { id: meeting.id });
    expect(detail.agenda.map((i) => [i.title, i.kind, i.plannedMinutes])).toEqual([
      ['Opening en mededelingen', 'opening', 5],
      ['Verslag en actielijst vorig overleg', 'verslag_actielijst', 15],
      ['Signalenronde', 'signalenronde', 30],
      ['Thema / casus', 'thema', 20],
      ['Wijkagenda', 'wijkagenda', 15],
      ['Rondvraag', 'rondvraag', 5],
      ['Sluiting', 'sluiting', 5],
    ]);
    expect(detail.attendance.map((a) => a.name).sort()).toEqual(['Ahmed Bouzid', 'Eva de Graaf', 'Naima Haddou', 'Rachid El Amrani', 'Tom Hendriks']);
    expect(detail.attendance.every((a) => a.status === null)).toBe(true);
    expect(detail.attendance.find((a) => a.isChair)?.name).toBe('Rachid El Amrani');
    expect(detail.buurten.map((b) => b.name)).toEqual(['De Wieken', 'Molenkamp']);
    expect(detail.undoLabel).toBeNull();
  });

  it('takes explicit roles, including none', () => {
    const meeting = app.call('meeting:create', {
      teamId: seed.team.id,
      date: '2026-12-08',
      startTime: '13:00',
      place: 'Stadhuis',
      chairId: seed.people.agent.id,
      secretaryId: null,
    });
    expect(meeting).toMatchObject({ chairId: seed.people.agent.id, secretaryId: null, endTime: null });
  });

  it('refuses bad times with Dutch field messages', () => {
    expect(app.reject('meeting:create', { teamId: seed.team.id, date: '2026-12-08', startTime: '25:00', place: 'X' }).fields).toEqual({
      startTime: 'Begintijd moet een tijd zijn (uu:mm), bijvoorbeeld 09:30.',
    });
    expect(
      app.reject('meeting:create', { teamId: seed.team.id, date: '2026-12-08', startTime: '11:00', endTime: '10:00', place: 'X' }).fields,
    ).toEqual({ endTime: 'De eindtijd moet na de begintijd liggen.' });
    expect(app.reject('meeting:create', { teamId: seed.team.id, date: '2026-12-08', startTime: '11:00', place: ' ' }).fields).toEqual({
      place: 'Locatie is verplicht.',
    });
  });

  it('lists meetings per team and across teams, newest first, with counts', () => {
    const a = planMeeting(app, seed, '2026-10-06');
    const b = planMeeting(app, seed, '2026-12-08');
    app.call('meeting:create', { teamId: seed.otherTeam.id, date: '2026-11-01', startTime: '10:00', place: 'Stadhuis' });
    app.call('signal:create', signalRequest(seed, a.id));
    app.call('attendance:set', { meetingId: a.id, personId: seed.people.agent.id, status: 'aanwezig' });

    const ofTeam = app.call('meeting:list', { teamId: seed.team.id });
    expect(ofTeam.map((m) => m.id)).toEqual([b.id, a.id]);
    expect(ofTeam[1]!.counts).toEqual({ agendaItems: 7, members: 5, present: 1, guests: 0, signals: 1, actions: 0, decisions: 0 });
    expect(app.call('meeting:list', {}).map((m) => m.date)).toEqual(['2026-12-08', '2026-11-01', '2026-10-06']);
    expect(app.call('meeting:list', { wijkId: seed.otherWijk.id })).toHaveLength(1);
  });

  it('updates a planned meeting, raising the invitation revision only when date, time or place change', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const base = { id: meeting.id, date: '2026-12-08', startTime: '09:30', endTime: '11:30', place: 'Wijkcentrum De Wieken', chairId: seed.people.chair.id, secretaryId: seed.people.secretary.id };
    expect(app.call('meeting:update', { ...base, secretaryId: null }).revision).toBe(0);
    expect(app.call('meeting:update', { ...base, place: 'Bibliotheek' })).toMatchObject({ revision: 1, place: 'Bibliotheek' });
  });

  it('deletes only a planned meeting without content', () => {
    const empty = planMeeting(app, seed, '2026-12-08');
    const used = planMeeting(app, seed, '2026-12-15');
    app.call('signal:create', signalRequest(seed, used.id));
    expect(app.call('meeting:delete', { id: empty.id })).toEqual({ id: empty.id });
    expect(app.reject('meeting:delete', { id: used.id }).code).toBe('conflict');
    expect(app.reject('meeting:get', { id: empty.id }).code).toBe('not_found');
  });

  it('keeps the member list in line with the team until the meeting is held', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    app.call('team:addMember', { teamId: seed.team.id, personId: seed.people.colleague.id, since: '2026-12-01' });
    app.call('team:endMember', { teamId: seed.team.id, personId: seed.people.opbouwwerker.id, until: '2026-11-30' });
    const names = app.call('meeting:get', { id: meeting.id }).attendance.map((a) => a.name);
    expect(names).toContain('Wendy Kramer');
    expect(names).not.toContain('Eva de Graaf');
  });
});

describe('agenda template', () => {
  it('defaults to the standard seven items and can be edited per team', () => {
    const template = app.call('template:get', { teamId: seed.team.id });
    expect(template.isDefault).toBe(true);
    expect(template.items).toEqual(DEFAULT_AGENDA);

    const items = [
      { title: 'Opening', kind: 'opening' as const, plannedMinutes: 5 },
      { title: 'Actielijst', kind: 'verslag_actielijst' as const, plannedMinutes: 20 },
      { title: 'Signalen uit de buurten', kind: 'signalenronde' as const, plannedMinutes: 40 },
      { title: 'Sluiting', kind: 'sluiting' as const, plannedMinutes: 5 },
    ];
    expect(app.call('template:update', { teamId: seed.team.id, items })).toEqual({ teamId: seed.team.id, isDefault: false, items });
    expect(app.call('template:get', { teamId: seed.otherTeam.id }).isDefault).toBe(true);

    const meeting = planMeeting(app, seed, '2026-12-08');
    expect(app.call('meeting:get', { id: meeting.id }).agenda.map((i) => i.title)).toEqual(['Opening', 'Actielijst', 'Signalen uit de buurten', 'Sluiting']);
  });

  it('refuses an empty template and bad minutes', () => {
    expect(app.reject('template:update', { teamId: seed.team.id, items: [] }).fields).toEqual({ items: 'Een agenda heeft minstens één agendapunt.' });
    expect(
      app.reject('template:update', { teamId: seed.team.id, items: [{ title: 'X', kind: 'overig', plannedMinutes: 1.5 }] }).fields,
    ).toEqual({ 'items.0.plannedMinutes': 'Geplande tijd moet een heel aantal minuten zijn.' });
  });
});

describe('agenda items', () => {
  it('adds at the end or at an index, edits, and moves up, down and to an index', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const added = app.call('agenda:addItem', { meetingId: meeting.id, title: 'Evaluatie buurtschouw', plannedMinutes: 10 });
    expect(added).toMatchObject({ position: 7, kind: 'overig', notes: null, spentSeconds: 0, isCurrent: false });
    const early = app.call('agenda:addItem', { meetingId: meeting.id, title: 'Kennismaking', kind: 'overig', plannedMinutes: 5, index: 1 });
    const titles = () => app.call('meeting:get', { id: meeting.id }).agenda.map((i) => i.title);
    expect(titles().slice(0, 3)).toEqual(['Opening en mededelingen', 'Kennismaking', 'Verslag en actielijst vorig overleg']);

    expect(app.call('agenda:updateItem', { id: early.id, notes: 'Nieuwe wijkagent stelt zich voor.' })).toMatchObject({
      title: 'Kennismaking',
      notes: 'Nieuwe wijkagent stelt zich voor.',
    });
    expect(app.call('agenda:updateItem', { id: early.id, title: 'Kennismaking wijkagent', plannedMinutes: 8 })).toMatchObject({
      title: 'Kennismaking wijkagent',
      plannedMinutes: 8,
      notes: 'Nieuwe wijkagent stelt zich voor.',
    });

    const up = app.call('agenda:moveItem', { id: early.id, direction: 'up' });
    expect(up.items.map((i) => i.title).slice(0, 2)).toEqual(['Kennismaking wijkagent', 'Opening en mededelingen']);
    expect(up.items.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // Up from the top stays at the top.
    expect(app.call('agenda:moveItem', { id: early.id, direction: 'up' }).items[0]!.id).toBe(early.id);
    const last = app.call('agenda:moveItem', { id: early.id, toIndex: 99 });
    expect(last.items.at(-1)!.id).toBe(early.id);
    expect(app.call('agenda:moveItem', { id: early.id, toIndex: 2 }).items[2]!.id).toBe(early.id);
    expect(app.call('agenda:moveItem', { id: early.id, direction: 'down' }).items[3]!.id).toBe(early.id);
    expect(app.reject('agenda:moveItem', { id: early.id }).fields).toEqual({ toIndex: 'Geef een nieuwe positie of een richting op.' });
  });

  it('removes an item, but not one with signals, actions or decisions', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const rondvraag = agendaItem(app, meeting.id, 'rondvraag');
    const thema = agendaItem(app, meeting.id, 'thema');
    // Not the signalenronde: the last one of that kind can never go (agenda.test.ts).
    const wijkagenda = agendaItem(app, meeting.id, 'wijkagenda');
    app.call('decision:create', { agendaItemId: thema.id, text: 'Buurtschouw in maart' });
    app.call('signal:create', signalRequest(seed, meeting.id, { agendaItemId: wijkagenda.id }));
    app.call('action:create', actionRequest(seed, meeting.id, wijkagenda.id));

    expect(app.reject('agenda:removeItem', { id: thema.id }).message).toBe(
      'Het agendapunt "Thema / casus" kan niet worden verwijderd: er staat 1 besluit bij. Verplaats of verwijder die eerst.',
    );
    expect(app.reject('agenda:removeItem', { id: wijkagenda.id }).message).toMatch(/1 signaal en 1 actie/);
    expect(app.call('agenda:removeItem', { id: rondvraag.id })).toEqual({ id: rondvraag.id });
    const agenda = app.call('meeting:get', { id: meeting.id }).agenda;
    expect(agenda.map((i) => i.kind)).not.toContain('rondvraag');
    expect(agenda.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('chairing: status and timer', () => {
  it('accumulates time per item when switching, with next and pause', () => {
    clock.set('2026-12-08T08:30:00Z');
    const meeting = planMeeting(app, seed, '2026-12-08');
    expect(app.reject('agenda:setCurrent', { meetingId: meeting.id, itemId: null }).message).toMatch(/Start eerst het overleg/);

    const started = app.call('meeting:start', { id: meeting.id, confirmEarly: true });
    const [opening, verslag, signalen] = app.call('meeting:get', { id: meeting.id }).agenda;
    expect(started).toMatchObject({ status: 'bezig', startedAt: '2026-12-08T08:30:00.000Z', currentItemId: opening!.id });

    clock.advance(4 * 60 + 30);
    let agenda = app.call('meeting:get', { id: meeting.id }).agenda;
    expect(agenda[0]).toMatchObject({ isCurrent: true, spentSeconds: 0, currentSince: '2026-12-08T08:30:00.000Z', elapsedSeconds: 270 });

    let state = app.call('agenda:next', { meetingId: meeting.id });
    expect(state.currentItemId).toBe(verslag!.id);
    expect(state.items[0]).toMatchObject({ spentSeconds: 270, currentSince: null, elapsedSeconds: 270, isCurrent: false });

    clock.advance(600);
    state = app.call('agenda:setCurrent', { meetingId: meeting.id, itemId: opening!.id });
    expect(state.items[1]).toMatchObject({ spentSeconds: 600, currentSince: null });
    clock.advance(30);
    // Back to an item: its earlier turn is kept and the new one is added.
    state = app.call('agenda:setCurrent', { meetingId: meeting.id, itemId: signalen!.id });
    expect(state.items[0]!.spentSeconds).toBe(300);

    clock.advance(120);
    state = app.call('agenda:setCurrent', { meetingId: meeting.id, itemId: null });
    expect(state).toMatchObject({ currentItemId: null });
    expect(state.items[2]!.spentSeconds).toBe(120);
    clock.advance(999);
    expect(app.call('meeting:get', { id: meeting.id }).agenda[2]!.elapsedSeconds).toBe(120);

    app.call('agenda:setCurrent', { meetingId: meeting.id, itemId: signalen!.id });
    clock.advance(60);
    const finished = app.call('meeting:finish', { id: meeting.id, confirmEarly: true });
    expect(finished).toMatchObject({ status: 'afgerond', currentItemId: null, finishedAt: clock.now().toISOString() });
    agenda = app.call('meeting:get', { id: meeting.id }).agenda;
    expect(agenda.map((i) => i.spentSeconds)).toEqual([300, 600, 180, 0, 0, 0, 0]);
  });

  it('stops at the end of the agenda', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    app.call('meeting:start', { id: meeting.id, confirmEarly: true });
    for (let i = 0; i < 6; i++) app.call('agenda:next', { meetingId: meeting.id });
    expect(app.call('agenda:next', { meetingId: meeting.id }).currentItemId).toBeNull();
  });

  it('locks a finished meeting until it is reopened', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const item = agendaItem(app, meeting.id, 'thema');
    app.call('meeting:start', { id: meeting.id, confirmEarly: true });
    expect(app.reject('meeting:start', { id: meeting.id }).message).toBe('Dit overleg is al begonnen.');
    app.call('meeting:finish', { id: meeting.id, confirmEarly: true });
    const locked = 'Dit overleg is afgerond. Heropen het overleg om nog iets te wijzigen.';
    expect(app.reject('decision:create', { agendaItemId: item.id, text: 'Te laat' }).message).toBe(locked);
    expect(app.reject('agenda:updateItem', { id: item.id, notes: 'x' }).message).toBe(locked);
    expect(app.reject('attendance:set', { meetingId: meeting.id, personId: seed.people.agent.id, status: 'aanwezig' }).message).toBe(locked);
    expect(app.reject('signal:create', signalRequest(seed, meeting.id)).message).toBe(locked);
    expect(app.reject('undo:last', { meetingId: meeting.id }).message).toBe(locked);
    expect(app.call('meeting:reopen', { id: meeting.id }).status).toBe('bezig');
    expect(app.call('decision:create', { agendaItemId: item.id, text: 'Toch nog' }).text).toBe('Toch nog');
  });
});

describe('decisions', () => {
  it('are created, edited and deleted per agenda item and returned with the meeting', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const thema = agendaItem(app, meeting.id, 'thema');
    const wijkagenda = agendaItem(app, meeting.id, 'wijkagenda');
    const a = app.call('decision:create', { agendaItemId: thema.id, text: 'We houden in maart een buurtschouw.' });
    app.call('decision:create', { agendaItemId: wijkagenda.id, text: 'Wijkagenda 2027 wordt in januari vastgesteld.' });
    expect(app.call('decision:update', { id: a.id, text: 'Buurtschouw op 12 maart.' })).toMatchObject({ text: 'Buurtschouw op 12 maart.', agendaItemId: thema.id });
    expect(app.reject('decision:create', { agendaItemId: thema.id, text: '' }).fields).toEqual({ text: 'Besluit is verplicht.' });
    app.call('decision:delete', { id: a.id });
    expect(app.call('meeting:get', { id: meeting.id }).decisions.map((d) => [d.agendaItemId, d.text])).toEqual([
      [wijkagenda.id, 'Wijkagenda 2027 wordt in januari vastgesteld.'],
    ]);
  });
});

describe('dates are sane (issue 12, defect 10)', () => {
  it('asks before starting a meeting before its date: refused with a confirmEarly message, started once confirmed', () => {
    // Today is Sunday 22 November; the meeting is on Tuesday 8 December.
    const meeting = planMeeting(app, seed, '2026-12-08');
    const refused = app.reject('meeting:start', { id: meeting.id });
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Dit overleg staat gepland op dinsdag 8 december 2026, en vandaag is het zondag 22 november 2026/) });
    expect(refused.fields).toEqual({ confirmEarly: refused.message });
    expect(app.call('meeting:get', { id: meeting.id }).meeting.status).toBe('gepland');
    expect(app.call('meeting:start', { id: meeting.id, confirmEarly: true }).status).toBe('bezig');
    // Finishing before the date asks again.
    expect(app.reject('meeting:finish', { id: meeting.id }).fields).toHaveProperty('confirmEarly');
    expect(app.call('meeting:finish', { id: meeting.id, confirmEarly: true }).status).toBe('afgerond');
  });

  it('starts and finishes on the day itself without asking', () => {
    clock.set('2026-12-08T08:25:00Z');
    const meeting = planMeeting(app, seed, '2026-12-08');
    expect(app.call('meeting:start', { id: meeting.id }).status).toBe('bezig');
    expect(app.call('meeting:finish', { id: meeting.id }).status).toBe('afgerond');
  });

  it('never finishes a meeting that was not started, so the attendance report does not count it', () => {
    clock.set('2026-12-09T08:00:00Z');
    const meeting = planMeeting(app, seed, '2026-12-08');
    expect(app.reject('meeting:finish', { id: meeting.id, confirmEarly: true })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/nog niet gestart/) });
    expect(app.call('meeting:get', { id: meeting.id }).meeting.status).toBe('gepland');
    const report = app.call('report:attendance', { from: '2026-12-01', to: '2026-12-31' });
    expect(report.rows.filter((r) => r.fallsShort)).toEqual([]);
  });

  it('refuses years outside 2000–2099 with a Dutch message, so no year 0099 or 9999 reaches the calendar', () => {
    for (const date of ['0099-12-10', '0000-01-01', '1999-12-31', '2100-01-01', '9999-12-31']) {
      const error = app.reject('meeting:create', { teamId: seed.team.id, date, startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum' });
      expect(error.fields).toEqual({ date: 'Datum moet tussen 2000 en 2099 liggen; controleer het jaartal.' });
    }
  });
});

describe('meeting:list over a period', () => {
  it('lists only the meetings from the given date on, with their counts', () => {
    const old = planMeeting(app, seed, '2024-03-12');
    const recent = planMeeting(app, seed, '2026-01-20');
    app.call('signal:create', signalRequest(seed, recent.id));
    const all = app.call('meeting:list', {}).map((m) => m.id);
    expect(all).toEqual(expect.arrayContaining([old.id, recent.id]));
    const fromThisYear = app.call('meeting:list', { from: '2026-01-01' });
    expect(fromThisYear.map((m) => m.id)).toContain(recent.id);
    expect(fromThisYear.map((m) => m.id)).not.toContain(old.id);
    expect(fromThisYear.find((m) => m.id === recent.id)?.counts.signals).toBe(1);
    expect(app.reject('meeting:list', { from: '20-01-2026' }).code).toBe('validation');
  });
});
