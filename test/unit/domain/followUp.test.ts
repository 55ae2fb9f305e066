import { describe, expect, it } from 'vitest';
import { actionFollowUpGroup, followUpProblems, groupForFollowUp, orderFollowUpGroups, planFollowUp, signalFollowUpGroup, withFollowUps } from '../../../domain/followUp';
import { signalClosedOn } from '../../../domain/signal';

describe('domain/followUp', () => {
  it('a first follow-up records the status before and, when it changes, the status after', () => {
    expect(planFollowUp({ status: 'open' }, null, { note: 'Offerte aangevraagd', status: 'in_uitvoering' })).toEqual({
      note: 'Offerte aangevraagd',
      statusBefore: 'open',
      statusAfter: 'in_uitvoering',
      status: 'in_uitvoering',
      statusChanged: true,
    });
    expect(planFollowUp({ status: 'open' }, null, { note: 'Loopt nog' })).toMatchObject({ statusAfter: null, statusChanged: false });
  });

  it('a second follow-up in the same meeting edits the first: the status before stays, an omitted note is kept', () => {
    const existing = { note: 'Offerte aangevraagd', statusBefore: 'open' };
    // The item is in uitvoering since the first follow-up; now it is done.
    expect(planFollowUp({ status: 'in_uitvoering' }, existing, { note: null, status: 'gereed' })).toEqual({
      note: 'Offerte aangevraagd',
      statusBefore: 'open',
      statusAfter: 'gereed',
      status: 'gereed',
      statusChanged: true,
    });
    // Back to the status the meeting started with: no status change recorded for this meeting.
    expect(planFollowUp({ status: 'in_uitvoering' }, existing, { note: 'Toch niet', status: 'open' })).toMatchObject({ statusAfter: null, statusChanged: true });
  });

  it('a follow-up must say something', () => {
    expect(followUpProblems({ note: null })).toEqual({ note: 'Vul een notitie in of kies een nieuwe status.' });
    expect(followUpProblems({ note: null, status: 'gereed' })).toEqual({});
  });

  it('attaches the follow-up of the meeting being viewed', () => {
    const f = [{ meetingId: 1, note: 'a' }, { meetingId: 2, note: 'b' }];
    expect(withFollowUps({ id: 9 }, f, 2).followUpHere).toEqual({ meetingId: 2, note: 'b' });
    expect(withFollowUps({ id: 9 }, f, 3).followUpHere).toBeNull();
  });

  it('a signal is closed on the date it is afgehandeld and stays so', () => {
    expect(signalClosedOn('afgehandeld', { status: 'doorgezet', closedOn: null }, '2026-11-03')).toBe('2026-11-03');
    expect(signalClosedOn('afgehandeld', { status: 'afgehandeld', closedOn: '2026-10-01' }, '2026-11-03')).toBe('2026-10-01');
    expect(signalClosedOn('in_behandeling', { status: 'afgehandeld', closedOn: '2026-10-01' }, '2026-11-03')).toBeNull();
  });

  it('groups carried-over items per organisation: groups with overdue items first, inside a group overdue first', () => {
    const item = (id: number, org: string, overdue: boolean, discussed = false) => ({ id, org, overdue, followUpHere: discussed ? { id: 100 + id } : null });
    const items = [item(1, 'Woonstichting Eigen Haard', false), item(2, 'Gemeente', false, true), item(3, 'Politie', false), item(4, 'Woonstichting Eigen Haard', true), item(5, 'Gemeente', false), item(6, 'Zorgcentrum', true, true)];
    const groups = groupForFollowUp(items, (a) => ({ key: a.org, name: a.org }));
    expect(groups.map((g) => g.name)).toEqual(['Woonstichting Eigen Haard', 'Zorgcentrum', 'Gemeente', 'Politie']);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([[4, 1], [6], [2, 5], [3]]);
    expect(groups.map((g) => [g.total, g.overdue, g.discussed])).toEqual([[2, 1, 0], [1, 1, 1], [2, 0, 1], [1, 0, 0]]);
  });

  it('orders group headers counted elsewhere (SQL) by the same rule, and names each group', () => {
    const header = (name: string, overdue: number) => ({ key: name, name, total: 3, overdue, discussed: 0 });
    expect(orderFollowUpGroups([header('Politie', 0), header('Gemeente', 0), header('Woonstichting', 2), header('Afvalbedrijf', 1)]).map((g) => g.name)).toEqual([
      'Afvalbedrijf',
      'Woonstichting',
      'Gemeente',
      'Politie',
    ]);
    expect(actionFollowUpGroup({ ownerOrganisationId: 7, ownerOrganisationName: 'Politie' })).toEqual({ key: '7', name: 'Politie' });
    expect(signalFollowUpGroup({ problemOwnerId: null, problemOwnerName: null })).toEqual({ key: '', name: 'Nog geen probleemeigenaar' });
  });
});
