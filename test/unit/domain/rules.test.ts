import { describe, expect, it } from 'vitest';
import { isActionOpen, isActionOverdue, actionDueDate } from '../../../domain/action';
import { carriesOver } from '../../../domain/followUp';
import { isSignalOpen } from '../../../domain/signal';
import { fallsShort, tallyAttendance } from '../../../domain/attendance';
import { retentionCutoff } from '../../../domain/privacy';
import { elapsedSeconds, runningSeconds } from '../../../domain/meeting';
import { reorder, targetIndex } from '../../../domain/agenda';
import { actionRuleProblems } from '../../../contract/schemas/actions';

describe('horizon rules (shared by contract and back end)', () => {
  it('Nu needs a deadline, Ooit randvoorwaarden and afhandeltermijn, Nooit a motivering, vervallen a reason', () => {
    expect(actionRuleProblems({ horizon: 'nu', deadline: '2026-12-01' })).toEqual({});
    expect(Object.keys(actionRuleProblems({ horizon: 'nu' }))).toEqual(['deadline']);
    expect(Object.keys(actionRuleProblems({ horizon: 'ooit' }))).toEqual(['preconditions', 'decisionDue']);
    expect(actionRuleProblems({ horizon: 'ooit', preconditions: 'Budget', decisionDue: '2027-01-01' })).toEqual({});
    expect(Object.keys(actionRuleProblems({ horizon: 'nooit' }))).toEqual(['motivation']);
    expect(Object.keys(actionRuleProblems({ horizon: 'nooit', motivation: 'Te duur', status: 'vervallen' }))).toEqual(['cancelReason']);
  });
});

describe('open and overdue', () => {
  const action = (status: 'open' | 'in_uitvoering' | 'gereed' | 'vervallen', horizon: 'nu' | 'ooit' | 'nooit', deadline: string | null, decisionDue: string | null = null) => ({
    status,
    horizon,
    deadline,
    decisionDue,
  });
  it('open means open or in uitvoering, and not Nooit', () => {
    expect(isActionOpen(action('open', 'nu', null))).toBe(true);
    expect(isActionOpen(action('in_uitvoering', 'ooit', null))).toBe(true);
    expect(isActionOpen(action('gereed', 'nu', null))).toBe(false);
    expect(isActionOpen(action('vervallen', 'nu', null))).toBe(false);
    expect(isActionOpen(action('open', 'nooit', null))).toBe(false);
  });
  it('overdue when still open and the due date lies before today', () => {
    const today = '2026-11-22';
    expect(isActionOverdue(action('open', 'nu', '2026-11-21'), today)).toBe(true);
    expect(isActionOverdue(action('open', 'nu', '2026-11-22'), today)).toBe(false);
    expect(isActionOverdue(action('gereed', 'nu', '2026-01-01'), today)).toBe(false);
    expect(isActionOverdue(action('open', 'nooit', '2026-01-01'), today)).toBe(false);
    expect(isActionOverdue(action('open', 'ooit', '2026-01-01', '2026-12-01'), today)).toBe(false);
    expect(isActionOverdue(action('open', 'ooit', null, '2026-11-01'), today)).toBe(true);
    expect(actionDueDate(action('open', 'ooit', '2026-01-01', '2026-12-01'))).toBe('2026-12-01');
    expect(isActionOverdue(action('open', 'nu', null), today)).toBe(false);
  });
});

describe('carry-over', () => {
  const meeting = { date: '2026-11-17' };
  it('keeps open items, items followed up in the meeting, and items closed on or after its date', () => {
    expect(carriesOver({ isOpen: true, closedOn: null }, meeting, false)).toBe(true);
    expect(carriesOver({ isOpen: false, closedOn: '2026-10-20' }, meeting, true)).toBe(true);
    expect(carriesOver({ isOpen: false, closedOn: '2026-11-17' }, meeting, false)).toBe(true);
    expect(carriesOver({ isOpen: false, closedOn: '2026-10-20' }, meeting, false)).toBe(false);
    expect(isSignalOpen({ status: 'doorgezet' })).toBe(true);
    expect(isSignalOpen({ status: 'afgehandeld' })).toBe(false);
  });
});

describe('attendance tally', () => {
  it('counts one outcome per organisation per meeting; present wins, then afgemeld, afwezig, unrecorded', () => {
    const tallies = tallyAttendance([
      { meetingId: 1, organisationId: 10, status: 'afwezig' },
      { meetingId: 1, organisationId: 10, status: 'vervangen' },
      { meetingId: 2, organisationId: 10, status: 'afwezig' },
      { meetingId: 2, organisationId: 10, status: 'afgemeld' },
      { meetingId: 3, organisationId: 10, status: 'afwezig' },
      { meetingId: 4, organisationId: 10, status: null },
    ]);
    // Only shown attendance counts: a meeting without registration is shown apart, and is no attendance.
    expect(tallies).toEqual([{ organisationId: 10, expected: 4, attended: 1, afgemeld: 1, afwezig: 1, unrecorded: 1, recorded: 3, rate: 0.25 }]);
    expect(tallyAttendance([{ meetingId: 1, organisationId: 10, status: null }])[0]).toMatchObject({ recorded: 0, unrecorded: 1, rate: 0 });
    expect(tallyAttendance([], [10])[0]).toMatchObject({ expected: 0, rate: null });
    expect(fallsShort(true, 0.79)).toBe(true);
    expect(fallsShort(true, 0.8)).toBe(false);
    expect(fallsShort(false, 0)).toBe(false);
    expect(fallsShort(true, null)).toBe(false);
  });
});

describe('retention', () => {
  it('counts six months back, clamping to the end of a shorter month', () => {
    expect(retentionCutoff('2026-11-22')).toBe('2026-05-22');
    expect(retentionCutoff('2026-08-31')).toBe('2026-02-28');
    expect(retentionCutoff('2026-03-15')).toBe('2025-09-15');
    expect(retentionCutoff('2026-01-10', 12)).toBe('2025-01-10');
  });
});

describe('timer and agenda order', () => {
  it('adds the running turn to the finished ones', () => {
    const now = new Date('2026-12-08T09:10:30Z');
    expect(runningSeconds(null, now)).toBe(0);
    expect(runningSeconds('2026-12-08T09:00:00.000Z', now)).toBe(630);
    expect(elapsedSeconds({ spentSeconds: 100, currentSince: '2026-12-08T09:10:00.000Z' }, now)).toBe(130);
  });
  it('moves within bounds', () => {
    expect(targetIndex(5, 0, { direction: 'up' })).toBe(0);
    expect(targetIndex(5, 4, { direction: 'down' })).toBe(4);
    expect(targetIndex(5, 2, { toIndex: 9 })).toBe(4);
    expect(reorder(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(reorder(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });
});
