import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { actionRequest, agendaItem, holdAndEstablish, planMeeting, seedTeam, signalRequest, type Seed } from '../../support/meetings';

let app: TestBackend;
let seed: Seed;
let today = new Date('2026-11-22T09:00:00Z');
beforeEach(() => {
  today = new Date('2026-11-22T09:00:00Z');
  app = createTestBackend({ now: () => today });
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

/** Settles a meeting so its agreements may go on the wijkagenda: held, closed, verslag vastgesteld. */
const settle = (meetingId: number) => holdAndEstablish(app, meetingId, today.toISOString().slice(0, 10));

const theme = (extra: Record<string, unknown> = {}) =>
  app.call('wijkagenda:createTheme', {
    wijkId: seed.wijk.id,
    title: 'Schoon, heel en veilig',
    goal: 'Bewoners voelen zich veilig in een schone en hele wijk.',
    firstYear: 2025,
    lastYear: 2028,
    ...extra,
  });

/** A meeting in October with a Nu action, an Ooit action, a Nooit action and a decision. */
function meetingWithAgreements() {
  const meeting = planMeeting(app, seed, '2026-10-06');
  const item = agendaItem(app, meeting.id, 'wijkagenda');
  const nu = app.call('action:create', actionRequest(seed, meeting.id, item.id, { what: 'Lantaarnpalen Molenkamp repareren', deadline: '2026-11-01' }));
  const ooit = app.call(
    'action:create',
    actionRequest(seed, meeting.id, item.id, { what: 'Speeltuin De Wieken vernieuwen', horizon: 'ooit', deadline: null, preconditions: 'Budget 2027', decisionDue: '2027-03-01', ownerOrganisationId: seed.orgs.corporatie.id }),
  );
  const nooit = app.call(
    'action:create',
    actionRequest(seed, meeting.id, item.id, { what: 'Hondenuitlaatveld bij school', horizon: 'nooit', deadline: null, motivation: 'Geen draagvlak.' }),
  );
  const decision = app.call('decision:create', { agendaItemId: item.id, text: 'Het WCT start in 2027 een buurtpreventieteam in De Wieken.' });
  return { meeting, item, nu, ooit, nooit, decision };
}

describe('themes', () => {
  it('keeps a theme to the four-year plan and its goal to one sentence', () => {
    expect(theme()).toMatchObject({ title: 'Schoon, heel en veilig', firstYear: 2025, lastYear: 2028 });
    expect(app.reject('wijkagenda:createTheme', { wijkId: seed.wijk.id, title: 'X', goal: 'Eén. Twee zinnen.', firstYear: 2026, lastYear: 2026 }).fields).toEqual({
      goal: 'Vat het doel samen in één zin.',
    });
    expect(app.reject('wijkagenda:createTheme', { wijkId: seed.wijk.id, title: 'X', goal: 'Doel', firstYear: 2025, lastYear: 2029 }).fields).toEqual({
      lastYear: 'Een thema komt uit het wijkontwikkelingsplan en loopt hoogstens 4 jaar.',
    });
  });
});

describe('Naar wijkagenda', () => {
  it('is refused until the meeting is closed and its verslag vastgesteld', () => {
    const { meeting, nu } = meetingWithAgreements();
    const t = theme();
    const pick = { meetingId: meeting.id, items: [{ kind: 'action' as const, actionId: nu.id, themeId: t.id }] };
    const blocked = () => app.call('naarWijkagenda:list', { meetingId: meeting.id }).blocked;
    expect(blocked()).toMatch(/afgerond/);
    expect(app.reject('wijkagenda:addFromMeeting', pick).code).toBe('conflict');
    app.call('meeting:start', { id: meeting.id });
    app.call('meeting:finish', { id: meeting.id });
    expect(blocked()).toMatch(/nog geen verslag/);
    app.call('verslag:create', { meetingId: meeting.id });
    expect(blocked()).toMatch(/nog een concept/);
    expect(app.reject('wijkagenda:addFromMeeting', pick).message).toMatch(/nog een concept/);
    app.call('verslag:establish', { meetingId: meeting.id, date: '2026-11-03' });
    expect(blocked()).toBeNull();
    expect(app.call('wijkagenda:addFromMeeting', pick).added).toHaveLength(1);
    // A correction (a new concept version) does not take back what the team already confirmed.
    app.call('verslag:correct', { meetingId: meeting.id, reason: 'Naam van de melder ontbrak' });
    expect(blocked()).toBeNull();
  });

  it('lists the actions and decisions, adds the picks once, and says what was already there', () => {
    const { meeting, nu, ooit, nooit, decision } = meetingWithAgreements();
    settle(meeting.id);
    const t = theme();
    const candidates = app.call('naarWijkagenda:list', { meetingId: meeting.id });
    expect(candidates).toMatchObject({ blocked: null, year: 2026, wijkName: 'Molenwijk' });
    expect(candidates.candidates.map((c) => [c.kind, c.text, c.notEligible, c.onAgenda])).toEqual([
      ['action', 'Lantaarnpalen Molenkamp repareren', null, null],
      ['action', 'Speeltuin De Wieken vernieuwen', null, null],
      ['action', 'Hondenuitlaatveld bij school', 'Deze actie gaat niet door (Nooit): er valt niets na te komen.', null],
      ['decision', decision.text, null, null],
    ]);

    const picks = [
      { kind: 'action' as const, actionId: nu.id, themeId: t.id },
      { kind: 'action' as const, actionId: ooit.id, themeId: t.id },
      {
        kind: 'decision' as const,
        decisionId: decision.id,
        themeId: t.id,
        what: 'Buurtpreventieteam De Wieken opzetten',
        ownerOrganisationId: seed.orgs.welzijn.id,
        horizon: 'nu' as const,
        deadline: '2027-04-01',
      },
    ];
    const first = app.call('wijkagenda:addFromMeeting', { meetingId: meeting.id, items: picks });
    expect(first.added).toHaveLength(3);
    expect(first.alreadyThere).toEqual([]);
    expect(first.message).toBe('3 afspraken op de wijkagenda 2026 gezet.');

    const second = app.call('wijkagenda:addFromMeeting', { meetingId: meeting.id, items: picks });
    expect(second.added).toEqual([]);
    expect(second.alreadyThere.map((a) => a.what)).toEqual(['Lantaarnpalen Molenkamp repareren', 'Speeltuin De Wieken vernieuwen', decision.text]);
    expect(second.message).toMatch(/^Niets toegevoegd: alles stond al op de wijkagenda/);

    const agenda = app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2026 });
    expect(agenda.agreements).toHaveLength(3);
    expect(app.call('naarWijkagenda:list', { meetingId: meeting.id }).candidates.filter((c) => c.onAgenda).length).toBe(3);

    // A Nooit action cannot go on.
    expect(app.reject('wijkagenda:addFromMeeting', { meetingId: meeting.id, items: [{ kind: 'action', actionId: nooit.id, themeId: t.id }] }).message).toMatch(/Nooit/);
  });

  it('links an action: later progress of the action shows on the wijkagenda without re-exporting', () => {
    const { meeting, nu } = meetingWithAgreements();
    settle(meeting.id);
    const t = theme();
    app.call('wijkagenda:addFromMeeting', { meetingId: meeting.id, items: [{ kind: 'action', actionId: nu.id, themeId: t.id }] });
    let [agreement] = app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2026 }).agreements;
    expect(agreement).toMatchObject({ origin: 'action', status: 'open', overdue: true, meetingId: meeting.id, meetingDate: '2026-10-06' });

    const next = planMeeting(app, seed, '2026-11-10');
    app.call('action:followUp', { actionId: nu.id, meetingId: next.id, note: 'Twee van de drie palen gerepareerd.', status: 'in_uitvoering' });
    [agreement] = app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2026 }).agreements;
    expect(agreement).toMatchObject({ status: 'in_uitvoering', lastFollowUpNote: 'Twee van de drie palen gerepareerd.', lastFollowUpDate: '2026-11-10' });
  });

  it('keeps a confidential signal\'s action off the agenda', () => {
    const meeting = planMeeting(app, seed, '2026-10-06');
    const signal = app.call('signal:create', signalRequest(seed, meeting.id, { title: 'Zorgmelding', sensitivity: 'vertrouwelijk', theme: 'zorg', description: 'Mevrouw J. op nr. 12 vereenzaamt.' }));
    const action = app.call('action:create', { ...actionRequest(seed, meeting.id, 0), agendaItemId: null, signalId: signal.id, what: 'Huisbezoek mevrouw J.' });
    settle(meeting.id);
    const t = theme();
    const [candidate] = app.call('naarWijkagenda:list', { meetingId: meeting.id }).candidates;
    expect(candidate).toMatchObject({ text: 'Actie bij een vertrouwelijk signaal', notEligible: expect.stringMatching(/vertrouwelijk/) });
    expect(app.reject('wijkagenda:addFromMeeting', { meetingId: meeting.id, items: [{ kind: 'action', actionId: action.id, themeId: t.id }] }).message).toMatch(/vertrouwelijk/);
  });
});

describe('hand-entered agreements', () => {
  it('must name their ground: which decision, which body', () => {
    const t = theme();
    const base = { wijkId: seed.wijk.id, year: 2026, themeId: t.id, what: 'Extra prullenbakken Molenkamp', ownerOrganisationId: seed.orgs.gemeente.id, horizon: 'nu' as const, deadline: '2026-12-15' };
    expect(app.reject('wijkagenda:addByHand', base).fields).toEqual({
      groundDecision: 'Noem het besluit waarop deze afspraak rust.',
      groundBody: 'Noem wie het besluit nam (bijvoorbeeld het college, de stuurgroep of het WCT).',
    });
    const ok = app.call('wijkagenda:addByHand', { ...base, groundDecision: 'Uitvoeringsplan zwerfafval 2026', groundBody: 'College van B&W', groundDate: '2026-02-10' });
    expect(ok).toMatchObject({ origin: 'hand', meetingId: null, groundBody: 'College van B&W', status: 'open', isOpen: true });
    // A theme that does not run in the year is refused.
    const old = theme({ title: 'Oud thema', firstYear: 2021, lastYear: 2024 });
    expect(app.reject('wijkagenda:addByHand', { ...base, themeId: old.id, groundDecision: 'X', groundBody: 'Y' }).message).toMatch(/niet in 2026/);
  });
});

describe('in the meeting', () => {
  it('shows overdue first and records progress with the follow-up of actions', () => {
    const { meeting, nu, ooit } = meetingWithAgreements();
    settle(meeting.id);
    const t = theme();
    app.call('wijkagenda:addFromMeeting', { meetingId: meeting.id, items: [{ kind: 'action', actionId: ooit.id, themeId: t.id }, { kind: 'action', actionId: nu.id, themeId: t.id }] });
    const hand = app.call('wijkagenda:addByHand', {
      wijkId: seed.wijk.id, year: 2026, themeId: t.id, what: 'Extra prullenbakken', ownerOrganisationId: seed.orgs.gemeente.id, horizon: 'nu', deadline: '2026-12-15',
      groundDecision: 'Uitvoeringsplan zwerfafval', groundBody: 'College van B&W',
    });
    const next = planMeeting(app, seed, '2026-11-17');
    const view = app.call('wijkagendaInMeeting:get', { meetingId: next.id });
    expect(view.agreements.map((a) => [a.what, a.overdue])).toEqual([
      ['Lantaarnpalen Molenkamp repareren', true],
      ['Extra prullenbakken', false],
      ['Speeltuin De Wieken vernieuwen', false],
    ]);

    // Action agreement: the action's own follow-up.
    const viaAgenda = app.call('wijkagenda:followUp', { agreementId: view.agreements[0]!.id, meetingId: next.id, note: 'Palen vervangen.', status: 'gereed' });
    expect(viaAgenda.agreement).toMatchObject({ status: 'gereed', isOpen: false });
    const meetingDetail = app.call('meeting:get', { id: next.id });
    expect(meetingDetail.carriedActions.items!.find((a) => a.id === nu.id)?.followUpHere).toMatchObject({ note: 'Palen vervangen.', statusAfter: 'gereed' });

    // Own agreement: the same request and the same shape, and undo works in the meeting.
    const own = app.call('wijkagenda:followUp', { agreementId: hand.id, meetingId: next.id, note: 'Besteld.', status: 'in_uitvoering' });
    expect(own.followUp).toMatchObject({ note: 'Besteld.', statusBefore: 'open', statusAfter: 'in_uitvoering', meetingDate: '2026-11-17' });
    expect(app.call('wijkagendaInMeeting:get', { meetingId: next.id }).agreements.find((a) => a.id === hand.id)?.followUpHere?.note).toBe('Besteld.');
    expect(app.call('undo:last', { meetingId: next.id }).undone).toMatch(/wijkagenda-afspraak/);
    expect(app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2026 }).agreements.find((a) => a.id === hand.id)?.status).toBe('open');
  });
});

describe('actualisatie', () => {
  function agendaWithThree() {
    const { meeting, nu, ooit, decision } = meetingWithAgreements();
    settle(meeting.id);
    const t = theme();
    const t2 = theme({ title: 'Samen in de wijk', goal: 'Meer bewoners doen mee.' });
    app.call('wijkagenda:addFromMeeting', {
      meetingId: meeting.id,
      items: [
        { kind: 'action', actionId: nu.id, themeId: t.id },
        { kind: 'action', actionId: ooit.id, themeId: t2.id },
        { kind: 'decision', decisionId: decision.id, themeId: t2.id, what: 'Buurtpreventieteam opzetten', ownerOrganisationId: seed.orgs.welzijn.id, horizon: 'nu', deadline: '2027-04-01' },
      ],
    });
    const agreements = app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2026 }).agreements;
    const find = (what: string) => agreements.find((a) => a.what === what);
    // Lantern (theme 1), playground and prevention team (theme 2).
    return [find('Lantaarnpalen Molenkamp repareren'), find('Speeltuin De Wieken vernieuwen'), find('Buurtpreventieteam opzetten')];
  }

  it('requires an outcome for every agreement and a note where it was not (fully) kept', () => {
    const [a, b, c] = agendaWithThree();
    const error = app.reject('wijkagenda:review', {
      wijkId: seed.wijk.id, year: 2026, date: '2026-11-20',
      items: [{ agreementId: a!.id, outcome: 'niet_nagekomen' }, { agreementId: b!.id, outcome: 'loopt_nog' }],
    });
    expect(error.fields).toEqual({
      [`agreement.${a!.id}`]: 'Licht toe waarom de afspraak niet is nagekomen.',
      [`agreement.${c!.id}`]: 'Kies een uitkomst: nagekomen, deels nagekomen, niet nagekomen of loopt nog.',
    });
  });

  it('saves a dated snapshot with counts per theme and organisation, shows what changed, and never changes', () => {
    const [a, b, c] = agendaWithThree();
    const first = app.call('wijkagenda:review', {
      wijkId: seed.wijk.id, year: 2026, date: '2026-06-15', note: 'Voorjaarsactualisatie',
      items: [
        { agreementId: a!.id, outcome: 'deels_nagekomen', note: 'Eén paal nog kapot.' },
        { agreementId: b!.id, outcome: 'loopt_nog' },
        { agreementId: c!.id, outcome: 'loopt_nog' },
      ],
    });
    expect(first.total).toMatchObject({ total: 3, nagekomen: 0, deels_nagekomen: 1, loopt_nog: 2 });
    expect(first.byTheme.map((g) => [g.label, g.counts.total])).toEqual([['Samen in de wijk', 2], ['Schoon, heel en veilig', 1]]);
    expect(first.byOrganisation.map((g) => g.label)).toEqual(['Gemeente Den Helder', 'Welzijn Samen', 'Woonstichting Kustwonen']);
    expect(first.changes.every((d) => d.kind === 'new')).toBe(true);

    // The agreement changes afterwards; the snapshot does not.
    const next = planMeeting(app, seed, '2026-11-17');
    app.call('action:followUp', { actionId: a!.actionId!, meetingId: next.id, note: 'Klaar.', status: 'gereed' });

    const second = app.call('wijkagenda:review', {
      wijkId: seed.wijk.id, year: 2026, date: '2026-11-20',
      items: [
        { agreementId: a!.id, outcome: 'nagekomen' },
        { agreementId: b!.id, outcome: 'loopt_nog' },
        { agreementId: c!.id, outcome: 'niet_nagekomen', note: 'Geen vrijwilligers gevonden.' },
      ],
    });
    expect(second.previousDate).toBe('2026-06-15');
    expect(second.changes.map((d) => [d.what, d.kind, d.before, d.after])).toEqual([
      ['Speeltuin De Wieken vernieuwen', 'same', 'loopt_nog', 'loopt_nog'],
      ['Buurtpreventieteam opzetten', 'changed', 'loopt_nog', 'niet_nagekomen'],
      ['Lantaarnpalen Molenkamp repareren', 'changed', 'deels_nagekomen', 'nagekomen'],
    ]);
    const again = app.call('wijkagendaReview:get', { id: first.id });
    expect(again.items.find((i) => i.agreementId === a!.id)).toMatchObject({ status: 'open', outcome: 'deels_nagekomen' });
    expect(() => app.db.prepare("UPDATE wijkagenda_review_item SET outcome = 'nagekomen'").run()).toThrow(/verandert niet meer/);
    expect(() => app.db.prepare('DELETE FROM wijkagenda_review').run()).toThrow(/verandert niet meer/);

    const agenda = app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2026 });
    expect(agenda.latestReview?.id).toBe(second.id);
    expect(agenda.reviews.map((r) => r.date)).toEqual(['2026-11-20', '2026-06-15']);
    expect(agenda.staleWarning).toBeNull();
    // An agreement with history cannot be taken off.
    expect(app.reject('wijkagenda:removeAgreement', { id: a!.id }).code).toBe('conflict');
  });

  it('warns when the last actualisatie is more than six months old', () => {
    const [a, b, c] = agendaWithThree();
    app.call('wijkagenda:review', {
      wijkId: seed.wijk.id, year: 2026, date: '2026-05-20',
      items: [a, b, c].map((x) => ({ agreementId: x!.id, outcome: 'loopt_nog' as const })),
    });
    const agenda = app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2026 });
    expect(agenda.staleWarning).toBe('De laatste actualisatie is van 20 mei 2026, meer dan zes maanden geleden. Stel de wijkagenda opnieuw vast.');
    const row = app.call('wijkagenda:list', { year: 2026 }).find((r) => r.wijkId === seed.wijk.id);
    expect(row).toMatchObject({ agreements: 3, overdue: 1, lastReviewDate: '2026-05-20', kept: 0, reviewed: 3, staleWarning: expect.stringMatching(/zes maanden/) });
  });
});

describe('the turn of the year', () => {
  it('moves running agreements to next year once, keeping their history', () => {
    const { meeting, nu, ooit } = meetingWithAgreements();
    settle(meeting.id);
    const t = theme();
    app.call('wijkagenda:addFromMeeting', { meetingId: meeting.id, items: [{ kind: 'action', actionId: nu.id, themeId: t.id }, { kind: 'action', actionId: ooit.id, themeId: t.id }] });
    const hand = app.call('wijkagenda:addByHand', {
      wijkId: seed.wijk.id, year: 2026, themeId: t.id, what: 'Extra prullenbakken', ownerOrganisationId: seed.orgs.gemeente.id, horizon: 'nu', deadline: '2026-12-15',
      groundDecision: 'Uitvoeringsplan zwerfafval', groundBody: 'College van B&W',
    });
    const next = planMeeting(app, seed, '2026-11-17');
    app.call('action:followUp', { actionId: nu.id, meetingId: next.id, note: 'Klaar.', status: 'gereed' });
    app.call('wijkagenda:followUp', { agreementId: hand.id, meetingId: next.id, note: 'Besteld bij leverancier.' });

    today = new Date('2027-01-05T09:00:00Z');
    expect(app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2026 })).toMatchObject({ toMove: 2, rolloverDue: true });
    expect(app.call('wijkagenda:rollover', { wijkId: seed.wijk.id, year: 2026 })).toMatchObject({ toYear: 2027, moved: 2, alreadyMoved: 0 });
    expect(app.call('wijkagenda:rollover', { wijkId: seed.wijk.id, year: 2026 })).toMatchObject({ moved: 0, alreadyMoved: 2, message: 'Alle lopende afspraken stonden al op de wijkagenda 2027.' });

    const next2027 = app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2027 });
    expect(next2027.agreements.map((a) => [a.what, a.carriedFromId !== null])).toEqual([
      ['Speeltuin De Wieken vernieuwen', true],
      ['Extra prullenbakken', true],
    ]);
    const moved = next2027.agreements.find((a) => a.what === 'Extra prullenbakken')!;
    expect(moved).toMatchObject({ lastFollowUpNote: 'Besteld bij leverancier.', groundBody: 'College van B&W' });
    const old = app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2026 });
    expect(old.agreements.filter((a) => a.movedToYear === 2027)).toHaveLength(2);
    expect(old.toMove).toBe(0);
    // Next year's meeting sees last year's progress in the history of the moved agreement.
    const january = planMeeting(app, seed, '2027-01-04');
    const inMeeting = app.call('wijkagendaInMeeting:get', { meetingId: january.id }).agreements.find((a) => a.id === moved.id)!;
    expect(inMeeting.followUps.map((f) => f.note)).toEqual(['Besteld bij leverancier.']);
  });
});

describe('a decision on the wijkagenda', () => {
  it('cannot be deleted from its (reopened) meeting while it is on the agenda', () => {
    const { meeting, decision } = meetingWithAgreements();
    settle(meeting.id);
    const t = theme();
    const { added } = app.call('wijkagenda:addFromMeeting', {
      meetingId: meeting.id,
      items: [{ kind: 'decision', decisionId: decision.id, themeId: t.id, what: 'Preventieteam', ownerOrganisationId: seed.orgs.welzijn.id, horizon: 'nu', deadline: '2027-04-01' }],
    });
    app.call('meeting:reopen', { id: meeting.id });
    expect(app.reject('decision:delete', { id: decision.id }).message).toMatch(/staat op de wijkagenda/);
    app.call('wijkagenda:removeAgreement', { id: added[0]!.agreementId });
    expect(app.call('decision:delete', { id: decision.id })).toEqual({ id: decision.id });
  });
});

describe('the Voorbeeldgemeente', () => {
  it('has a wijkagenda for the Molenwijk: agreements from its meetings, one with a ground, and an actualisatie', () => {
    const demo = createTestBackend();
    try {
      demo.call('setup:loadDemo', {});
      const molenwijk = demo.call('wijk:list', {}).find((w) => w.name === 'Molenwijk')!;
      const agenda = demo.call('wijkagenda:get', { wijkId: molenwijk.id, year: 2026 });
      expect(agenda.themes.map((t) => t.title)).toEqual(['Jeugd in beeld', 'Meedoen en ontmoeten', 'Schoon, heel en veilig']);
      expect(agenda.agreements.map((a) => a.origin).sort()).toEqual(['action', 'action', 'action', 'action', 'decision', 'hand']);
      expect(agenda.latestReview).toMatchObject({ date: '2026-10-30', total: { total: 6 } });
      expect(agenda.agreements.every((a) => !a.confidential)).toBe(true);
    } finally {
      demo.cleanup();
    }
  });
});
