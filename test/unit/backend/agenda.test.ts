import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { agendaItem, planMeeting, seedTeam, type Seed } from '../../support/meetings';
import { DEFAULT_AGENDA, TemplateUpdate, type AgendaItemKind } from '../../../contract/schemas/meetings';
import { withRequiredKinds } from '../../../domain/agenda';

let app: TestBackend;
let seed: Seed;
beforeEach(() => {
  app = createTestBackend();
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

const kinds = (meetingId: number) => app.call('meeting:get', { id: meetingId }).agenda.map((i) => i.kind);

describe('the agenda keeps a place for carried-over work', () => {
  it('refuses to remove the last opening, verslag en actielijst or signalenronde, with the reason in Dutch', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const before = kinds(meeting.id);
    const signalen = agendaItem(app, meeting.id, 'signalenronde');
    const error = app.reject('agenda:removeItem', { id: signalen.id });
    expect(error).toMatchObject({
      code: 'conflict',
      message: 'De Signalenronde kan niet weg: daar komen de lopende signalen terug. Wijzig de titel als u het punt anders wilt noemen.',
    });
    expect(app.reject('agenda:removeItem', { id: agendaItem(app, meeting.id, 'opening').id }).message).toBe(
      'De Opening kan niet weg: daar wordt de aanwezigheid bijgehouden. Wijzig de titel als u het punt anders wilt noemen.',
    );
    expect(app.reject('agenda:removeItem', { id: agendaItem(app, meeting.id, 'verslag_actielijst').id }).message).toMatch(
      /^Het punt Verslag en actielijst kan niet weg: daar komen de open acties van eerdere overleggen terug\./,
    );
    expect(kinds(meeting.id)).toEqual(before);
    // Nothing happened, so there is nothing to undo.
    expect(app.call('meeting:get', { id: meeting.id }).undoLabel).toBeNull();
  });

  it('lets one of two items of a required kind go, but not the second', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const extra = app.call('agenda:addItem', { meetingId: meeting.id, title: 'Signalen uit De Wieken', kind: 'signalenronde', plannedMinutes: 15 });
    const original = agendaItem(app, meeting.id, 'signalenronde');
    expect(app.call('agenda:removeItem', { id: original.id })).toEqual({ id: original.id });
    expect(kinds(meeting.id).filter((k) => k === 'signalenronde')).toHaveLength(1);
    expect(app.reject('agenda:removeItem', { id: extra.id }).message).toMatch(/^De Signalenronde kan niet weg/);
    // Undo brings back the earlier, valid agenda.
    app.call('undo:last', { meetingId: meeting.id });
    expect(kinds(meeting.id).filter((k) => k === 'signalenronde')).toHaveLength(2);
  });

  it('refuses to change the kind of the last required item, but allows a new title', () => {
    const meeting = planMeeting(app, seed, '2026-12-08');
    const signalen = agendaItem(app, meeting.id, 'signalenronde');
    const error = app.reject('agenda:updateItem', { id: signalen.id, kind: 'thema' });
    const message =
      'De Signalenronde moet blijven: daar komen de lopende signalen terug. Kies daarom geen andere soort; wijzig de titel als u het punt anders wilt noemen.';
    expect(error).toEqual({ code: 'validation', message, fields: { kind: message } });
    expect(app.reject('agenda:updateItem', { id: agendaItem(app, meeting.id, 'opening').id, title: 'Welkom', kind: 'overig' }).fields).toHaveProperty('kind');
    expect(kinds(meeting.id)).toContain('signalenronde');
    expect(agendaItem(app, meeting.id, 'opening').title).toBe('Opening en mededelingen');

    expect(app.call('agenda:updateItem', { id: signalen.id, title: 'Signalen uit de buurten', kind: 'signalenronde' })).toMatchObject({
      title: 'Signalen uit de buurten',
      kind: 'signalenronde',
    });
    // With a second signalenronde the first may become something else.
    app.call('agenda:addItem', { meetingId: meeting.id, title: 'Signalenronde deel 2', kind: 'signalenronde', plannedMinutes: 10 });
    expect(app.call('agenda:updateItem', { id: signalen.id, kind: 'thema' }).kind).toBe('thema');
    // Other kinds are free to change.
    const rondvraag = agendaItem(app, meeting.id, 'rondvraag');
    expect(app.call('agenda:updateItem', { id: rondvraag.id, kind: 'overig' }).kind).toBe('overig');
  });
});

describe('agenda templates keep the required kinds', () => {
  const items = (...list: [string, AgendaItemKind][]) => list.map(([title, kind]) => ({ title, kind, plannedMinutes: 10 }));

  it('refuses a template without a signalenronde at the boundary, and keeps the stored one', () => {
    const without = items(['Opening', 'opening'], ['Actielijst', 'verslag_actielijst'], ['Signalen', 'thema'], ['Sluiting', 'sluiting']);
    const error = app.reject('template:update', { teamId: seed.team.id, items: without });
    const message =
      'Een agenda heeft altijd een Signalenronde nodig: daar komen de lopende signalen terug. Zet de soort terug of voeg het punt weer toe; de titel mag u zelf kiezen.';
    expect(error).toEqual({ code: 'validation', message, fields: { items: message } });
    expect(app.call('template:get', { teamId: seed.team.id })).toMatchObject({ isDefault: true, items: DEFAULT_AGENDA });
    // The rule lives in the contract: the same request fails to parse without a back end.
    expect(TemplateUpdate.safeParse({ teamId: 1, items: without }).success).toBe(false);
  });

  it('names every missing kind at once', () => {
    expect(app.reject('template:update', { teamId: seed.team.id, items: items(['Welkom', 'overig'], ['Sluiting', 'sluiting']) }).fields).toEqual({
      items:
        'Een agenda heeft altijd een Opening, een Verslag en actielijst en een Signalenronde nodig: daar staan de aanwezigheid, de open acties van eerdere overleggen en de lopende signalen. Zet de soort terug of voeg het punt weer toe; de titel mag u zelf kiezen.',
    });
  });

  it('accepts own titles and extra items as long as each required kind occurs', () => {
    const own = items(['Welkom', 'opening'], ['Acties', 'verslag_actielijst'], ['Buurtsignalen', 'signalenronde'], ['Zorgsignalen', 'signalenronde']);
    expect(app.call('template:update', { teamId: seed.team.id, items: own }).items).toEqual(own);
  });

  it('fills in what an older stored template lacks when a meeting is planned', () => {
    const insert = app.db.prepare('INSERT INTO agenda_template_item (team_id, position, title, kind, planned_minutes) VALUES (?, ?, ?, ?, ?)');
    insert.run(seed.team.id, 0, 'Welkom', 'opening', 5);
    insert.run(seed.team.id, 1, 'Thema', 'thema', 20);
    insert.run(seed.team.id, 2, 'Sluiting', 'sluiting', 5);
    const meeting = planMeeting(app, seed, '2026-12-08');
    expect(app.call('meeting:get', { id: meeting.id }).agenda.map((i) => [i.title, i.kind, i.position])).toEqual([
      ['Welkom', 'opening', 0],
      ['Verslag en actielijst vorig overleg', 'verslag_actielijst', 1],
      ['Signalenronde', 'signalenronde', 2],
      ['Thema', 'thema', 3],
      ['Sluiting', 'sluiting', 4],
    ]);
  });

  it('withRequiredKinds leaves a complete template alone and puts missing items after their predecessor', () => {
    expect(withRequiredKinds(DEFAULT_AGENDA)).toEqual(DEFAULT_AGENDA);
    const list = items(['Welkom', 'overig'], ['Signalen', 'signalenronde'], ['Sluiting', 'sluiting']);
    expect(withRequiredKinds(list).map((i) => i.kind)).toEqual(['opening', 'verslag_actielijst', 'overig', 'signalenronde', 'sluiting']);
  });
});
