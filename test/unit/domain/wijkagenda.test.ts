import { describe, expect, it } from 'vitest';
import {
  actionEligibility,
  countOutcomes,
  diffReviews,
  diffSentence,
  groundProblems,
  isOneSentence,
  keptSentence,
  movesToNextYear,
  orderForMeeting,
  reviewItemProblems,
  reviewStaleness,
  rolloverDue,
  suggestOutcome,
  themeProblems,
} from '../../../domain/wijkagenda';
import { addMonths } from '../../../domain/dates';

describe('six months since the last actualisatie', () => {
  it('adds calendar months and clamps the day', () => {
    expect(addMonths('2026-05-20', 6)).toBe('2026-11-20');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('warns only after more than six months', () => {
    expect(reviewStaleness('2026-05-20', null, '2026-11-20')).toEqual({ stale: false, message: null });
    expect(reviewStaleness('2026-05-20', null, '2026-11-21').message).toBe(
      'De laatste actualisatie is van 20 mei 2026, meer dan zes maanden geleden. Stel de wijkagenda opnieuw vast.',
    );
    expect(reviewStaleness(null, '2026-01-10', '2026-07-11').message).toMatch(/nog nooit geactualiseerd.*10 januari 2026/);
    expect(reviewStaleness(null, null, '2030-01-01').stale).toBe(false);
  });
});

describe('review outcomes', () => {
  it('proposes an outcome from the agreement state, never for an overdue one', () => {
    expect(suggestOutcome({ status: 'gereed', isOpen: false, overdue: false })).toBe('nagekomen');
    expect(suggestOutcome({ status: 'vervallen', isOpen: false, overdue: false })).toBe('niet_nagekomen');
    expect(suggestOutcome({ status: 'open', isOpen: true, overdue: false })).toBe('loopt_nog');
    expect(suggestOutcome({ status: 'in_uitvoering', isOpen: true, overdue: true })).toBeNull();
  });

  it('asks an outcome for every agreement and a note for not or partly kept', () => {
    const problems = reviewItemProblems([1, 2, 3, 4], [
      { agreementId: 1, outcome: 'nagekomen', note: null },
      { agreementId: 2, outcome: 'niet_nagekomen', note: '  ' },
      { agreementId: 3, outcome: 'deels_nagekomen', note: 'Half af.' },
      { agreementId: 9, outcome: 'loopt_nog', note: null },
    ]);
    expect(Object.fromEntries(problems)).toEqual({
      2: 'Licht toe waarom de afspraak niet is nagekomen.',
      4: 'Kies een uitkomst: nagekomen, deels nagekomen, niet nagekomen of loopt nog.',
      9: 'Deze afspraak staat niet (meer) op deze wijkagenda.',
    });
  });

  it('counts per group and in total, and says it in one line', () => {
    const items = [
      { outcome: 'nagekomen' as const, org: 'Gemeente' },
      { outcome: 'nagekomen' as const, org: 'Politie' },
      { outcome: 'deels_nagekomen' as const, org: 'Gemeente' },
      { outcome: 'loopt_nog' as const, org: 'Gemeente' },
    ];
    const { groups, total } = countOutcomes(items, (i) => ({ key: i.org, label: i.org }));
    expect(groups.map((g) => [g.label, g.counts.total, g.counts.nagekomen])).toEqual([
      ['Gemeente', 3, 1],
      ['Politie', 1, 1],
    ]);
    expect(keptSentence(total)).toBe('2 van 4 nagekomen, 1 deels, 1 lopen nog');
    expect(keptSentence(countOutcomes([], () => ({ key: '', label: '' })).total)).toBe('Geen afspraken beoordeeld.');
  });

  it('shows what changed since the previous snapshot', () => {
    const diff = diffReviews(
      [
        { agreementId: 1, what: 'A', outcome: 'loopt_nog' },
        { agreementId: 2, what: 'B', outcome: 'loopt_nog' },
        { agreementId: 3, what: 'C', outcome: 'nagekomen' },
      ],
      [
        { agreementId: 1, what: 'A', outcome: 'nagekomen' },
        { agreementId: 2, what: 'B', outcome: 'loopt_nog' },
        { agreementId: 4, what: 'D', outcome: 'loopt_nog' },
      ],
    );
    expect(diff.map((d) => [d.what, d.kind, diffSentence(d)])).toEqual([
      ['A', 'changed', 'van loopt nog naar nagekomen'],
      ['B', 'same', 'Ongewijzigd: Loopt nog'],
      ['D', 'new', 'Nieuw: Loopt nog'],
      ['C', 'gone', 'Niet meer op de agenda (was: Nagekomen)'],
    ]);
    expect(diffReviews(null, [{ agreementId: 1, what: 'A', outcome: 'nagekomen' }])[0]!.kind).toBe('new');
  });
});

describe('what may go on the agenda', () => {
  it('needs a decision behind it', () => {
    expect(actionEligibility({ status: 'open', horizon: 'nu' })).toBeNull();
    expect(actionEligibility({ status: 'open', horizon: 'ooit' })).toBeNull();
    expect(actionEligibility({ status: 'gereed', horizon: 'nu' })).toBeNull();
    expect(actionEligibility({ status: 'vervallen', horizon: 'nu' })).toMatch(/vervallen/);
    expect(actionEligibility({ status: 'open', horizon: 'nooit' })).toMatch(/Nooit/);
    expect(groundProblems({ groundDecision: 'Raadsbesluit', groundBody: ' ' })).toEqual({ groundBody: expect.stringMatching(/Noem wie/) });
    expect(groundProblems({ groundDecision: 'Raadsbesluit', groundBody: 'Gemeenteraad' })).toEqual({});
  });

  it('keeps a theme to one sentence and the four plan years', () => {
    expect(isOneSentence('Bewoners voelen zich veilig, o.a. door meer licht.')).toBe(true);
    expect(isOneSentence('Veilig wonen. Schone straten.')).toBe(false);
    expect(themeProblems({ goal: 'Veilig.', firstYear: 2026, lastYear: 2029 })).toEqual({});
    expect(themeProblems({ goal: 'Veilig.', firstYear: 2026, lastYear: 2030 }).lastYear).toMatch(/hoogstens 4 jaar/);
    expect(themeProblems({ goal: 'Veilig.', firstYear: 2026, lastYear: 2025 }).lastYear).toMatch(/vóór/);
  });
});

describe('the year turn and the meeting order', () => {
  it('moves what still runs, and is offered from December on', () => {
    expect(movesToNextYear({ isOpen: true })).toBe(true);
    expect(movesToNextYear({ isOpen: false })).toBe(false);
    expect(rolloverDue(2026, '2026-11-30')).toBe(false);
    expect(rolloverDue(2026, '2026-12-01')).toBe(true);
  });

  it('puts overdue first, then running by due date, then settled', () => {
    const items = [
      { id: 1, overdue: false, isOpen: false, dueDate: '2026-01-01' },
      { id: 2, overdue: false, isOpen: true, dueDate: '2026-12-01' },
      { id: 3, overdue: true, isOpen: true, dueDate: '2026-10-01' },
      { id: 4, overdue: false, isOpen: true, dueDate: null },
      { id: 5, overdue: true, isOpen: true, dueDate: '2026-09-01' },
    ];
    expect(orderForMeeting(items).map((i) => i.id)).toEqual([5, 3, 2, 4, 1]);
  });
});
