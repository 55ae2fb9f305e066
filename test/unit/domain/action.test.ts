import { describe, expect, it } from 'vitest';
import { actionClosedOn, actionStatusLabel, deriveAction, isSettledNooit, normaliseAction, type ActionRuleFields } from '../../../domain/action';

const fields = (extra: Partial<ActionRuleFields>): ActionRuleFields => ({
  horizon: 'nu',
  status: 'open',
  deadline: '2026-12-01',
  preconditions: 'Budget',
  decisionDue: '2027-03-01',
  motivation: 'Te duur',
  cancelReason: 'Niet meer nodig',
  ...extra,
});

describe('domain/action: normalisation', () => {
  it('a Nooit action has no deadline and no afhandeltermijn, whatever is sent', () => {
    expect(normaliseAction(fields({ horizon: 'nooit', deadline: '2020-01-01' }))).toMatchObject({
      deadline: null,
      decisionDue: null,
      preconditions: null,
      motivation: 'Te duur',
    });
  });

  it('Nu keeps only its deadline, Ooit its randvoorwaarden, afhandeltermijn (and an optional deadline)', () => {
    expect(normaliseAction(fields({ horizon: 'nu' }))).toMatchObject({ deadline: '2026-12-01', preconditions: null, decisionDue: null, motivation: null });
    expect(normaliseAction(fields({ horizon: 'ooit' }))).toMatchObject({ deadline: '2026-12-01', preconditions: 'Budget', decisionDue: '2027-03-01', motivation: null });
  });

  it('only a vervallen action keeps a reason for it', () => {
    expect(normaliseAction(fields({ status: 'gereed' })).cancelReason).toBeNull();
    expect(normaliseAction(fields({ status: 'vervallen' })).cancelReason).toBe('Niet meer nodig');
  });

  it('keeps the other fields of the object it is given', () => {
    expect(normaliseAction({ ...fields({}), what: 'Lantaarnpalen', id: 7 })).toMatchObject({ what: 'Lantaarnpalen', id: 7 });
  });
});

describe('domain/action: derived fields and labels', () => {
  it('a Nooit agreement is never open nor overdue, even with a stored past deadline', () => {
    expect(deriveAction(fields({ horizon: 'nooit', deadline: '2020-01-01' }), '2026-11-22')).toMatchObject({ isOpen: false, overdue: false });
    expect(deriveAction(fields({ horizon: 'nu', deadline: '2026-11-01' }), '2026-11-22')).toMatchObject({ isOpen: true, overdue: true, dueDate: '2026-11-01' });
    expect(deriveAction(fields({ horizon: 'ooit', deadline: null, decisionDue: '2026-11-01' }), '2026-11-22')).toMatchObject({ dueDate: '2026-11-01', overdue: true });
  });

  it('an open or running Nooit agreement reads "Gaat niet door"; the other statuses read as their label', () => {
    expect(actionStatusLabel('open', 'nooit')).toBe('Gaat niet door');
    expect(actionStatusLabel('in_uitvoering', 'nooit')).toBe('Gaat niet door');
    expect(actionStatusLabel('gereed', 'nooit')).toBe('Gereed');
    expect(actionStatusLabel('open', 'nu')).toBe('Open');
    expect(actionStatusLabel('in_uitvoering')).toBe('In uitvoering');
    expect(isSettledNooit({ status: 'vervallen', horizon: 'nooit' })).toBe(false);
  });

  it('closed on: set when it stops being open, kept while closed, cleared when reopened', () => {
    const open = { status: 'open', horizon: 'nu' } as const;
    const done = { status: 'gereed', horizon: 'nu' } as const;
    expect(actionClosedOn(done, { ...open, closedOn: null }, '2026-11-03')).toBe('2026-11-03');
    expect(actionClosedOn({ status: 'vervallen', horizon: 'nu' }, { ...done, closedOn: '2026-10-01' }, '2026-11-03')).toBe('2026-10-01');
    expect(actionClosedOn(open, { ...done, closedOn: '2026-10-01' }, '2026-11-03')).toBeNull();
    expect(actionClosedOn({ status: 'open', horizon: 'nooit' }, null, '2026-11-03')).toBe('2026-11-03');
  });
});
