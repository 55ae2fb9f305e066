import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionInMeeting } from '../../../contract/schemas/actions';
import type { SignalInMeeting } from '../../../contract/schemas/signals';
import { deriveAction } from '../../../domain/action';
import { actionFollowUpGroup, carriesOver, CARRIED_INLINE_UP_TO, signalFollowUpGroup } from '../../../domain/followUp';
import { isSignalOpen } from '../../../domain/signal';
import { listActionRows } from '../../../db/queries/actions';
import { listSignals } from '../../../db/queries/signals';
import type { TestBackend } from '../../support/backend';
import { seededBackend } from '../../support/municipality';

let app: TestBackend;
beforeAll(() => ({ app } = seededBackend(1)), 120_000);
afterAll(() => app.cleanup());

const TODAY = '2026-11-22';
const meetings = () => app.db.prepare('SELECT id, team_id AS teamId, date, start_time AS startTime, status FROM meeting ORDER BY date, start_time, id').all() as { id: number; teamId: number; date: string; startTime: string; status: string }[];
const running = () => meetings().find((m) => m.status === 'bezig')!;

/** Every carried action of a meeting as the screen gets them: at once, or group by group. */
function carriedActions(meetingId: number): ActionInMeeting[] {
  const { carriedActions: section } = app.call('meeting:get', { id: meetingId });
  return section.items ?? section.groups.flatMap((g) => app.call('carriedAction:list', { meetingId, group: g.key }));
}
function carriedSignals(meetingId: number): SignalInMeeting[] {
  const { carriedSignals: section } = app.call('meeting:get', { id: meetingId });
  return section.items ?? section.groups.flatMap((g) => app.call('carriedSignal:list', { meetingId, group: g.key }));
}

describe('meeting:get stays small as history grows', { timeout: 60_000 }, () => {
  it('sends a big team only the group headers, with the counts the screen shows', () => {
    const detail = app.call('meeting:get', { id: running().id });
    const section = detail.carriedActions;
    expect(section.total).toBeGreaterThan(CARRIED_INLINE_UP_TO);
    expect(section.items).toBeNull();
    expect(section.groups.reduce((n, g) => n + g.total, 0)).toBe(section.total);
    expect(section.groups.reduce((n, g) => n + g.overdue, 0)).toBe(section.overdue);
    // Groups with overdue actions first, so the chair starts where it matters.
    const firstWithout = section.groups.findIndex((g) => g.overdue === 0);
    if (firstWithout >= 0) expect(section.groups.slice(firstWithout).every((g) => g.overdue === 0)).toBe(true);
  });

  it('a group read holds exactly that group, overdue first once grouped, with only the follow-ups the screen shows', () => {
    const meeting = running();
    const someCarried = carriedActions(meeting.id)[0]!;
    app.call('action:followUp', { actionId: someCarried.id, meetingId: meeting.id, note: 'Besproken in dit overleg.' });
    const detail = app.call('meeting:get', { id: meeting.id });
    const all = app.db
      .prepare('SELECT f.action_id AS actionId, f.id, f.meeting_id AS meetingId FROM action_follow_up f JOIN meeting m ON m.id = f.meeting_id ORDER BY m.date, m.start_time, f.id')
      .all() as { actionId: number; id: number; meetingId: number }[];
    let withLongHistory = 0;
    for (const group of detail.carriedActions.groups) {
      const items = app.call('carriedAction:list', { meetingId: meeting.id, group: group.key });
      expect(items.length, group.name).toBe(group.total);
      expect(items.every((a) => actionFollowUpGroup(a).key === group.key)).toBe(true);
      expect(items.filter((a) => a.overdue).length).toBe(group.overdue);
      expect(items.filter((a) => a.followUpHere).length).toBe(group.discussed);
      for (const a of items) {
        const history = all.filter((f) => f.actionId === a.id);
        const earlier = history.filter((f) => f.meetingId !== meeting.id);
        if (history.length > 2) withLongHistory++;
        const expected = [...earlier.slice(-1), ...history.filter((f) => f.meetingId === meeting.id)].map((f) => f.id);
        expect(a.followUps.map((f) => f.id), `actie ${a.id}`).toEqual(expected);
        expect(a.followUpHere?.id ?? null).toBe(history.find((f) => f.meetingId === meeting.id)?.id ?? null);
      }
    }
    // The point: items with a long history, of which only the last note travels.
    expect(withLongHistory).toBeGreaterThan(0);
    expect(carriedActions(meeting.id).find((a) => a.id === someCarried.id)!.followUpHere).toMatchObject({ note: 'Besproken in dit overleg.' });
    expect(detail.carriedActions.discussed).toBeGreaterThan(0);
  });

  it('counts in SQL what the domain rules say, for every meeting of the year', () => {
    const all = meetings();
    const byId = new Map(all.map((m) => [m.id, m]));
    type Key = { id: number; date: string; startTime: string };
    const before = (a: Key, b: Key) => a.date < b.date || (a.date === b.date && (a.startTime < b.startTime || (a.startTime === b.startTime && a.id < b.id)));
    for (const m of all) {
      const earlier = (x: { meetingId: number }) => before(byId.get(x.meetingId)!, m);
      const followedHere = (table: string, column: string) =>
        new Set((app.db.prepare(`SELECT ${column} AS id FROM ${table} WHERE meeting_id = ?`).all(m.id) as { id: number }[]).map((r) => r.id));
      const actionsHere = followedHere('action_follow_up', 'action_id');
      const signalsHere = followedHere('signal_follow_up', 'signal_id');
      // The domain's answer from every action and signal the team ever had.
      const actions = listActionRows(app.db, { teamId: m.teamId })
        .filter(earlier)
        .map((row) => deriveAction(row, TODAY))
        .filter((a) => carriesOver(a, m, actionsHere.has(a.id)));
      const signals = listSignals(app.db, { teamId: m.teamId })
        .filter(earlier)
        .filter((s) => carriesOver({ isOpen: isSignalOpen(s), closedOn: s.closedOn }, m, signalsHere.has(s.id)));
      const detail = app.call('meeting:get', { id: m.id });
      expect(detail.carriedActions, `overleg ${m.id}`).toMatchObject({
        total: actions.length,
        overdue: actions.filter((a) => a.overdue).length,
        discussed: actions.filter((a) => actionsHere.has(a.id)).length,
        waiting: actions.filter((a) => a.isOpen && !actionsHere.has(a.id)).length,
      });
      expect(detail.carriedSignals, `overleg ${m.id}`).toMatchObject({
        total: signals.length,
        discussed: signals.filter((s) => signalsHere.has(s.id)).length,
        waiting: signals.filter((s) => isSignalOpen(s) && !signalsHere.has(s.id)).length,
      });
      const perGroup = (keys: string[]) => Object.fromEntries([...new Set(keys)].map((k) => [k, keys.filter((x) => x === k).length]));
      expect(Object.fromEntries(detail.carriedActions.groups.map((g) => [g.key, g.total]))).toEqual(perGroup(actions.map((a) => actionFollowUpGroup(a).key)));
      expect(Object.fromEntries(detail.carriedSignals.groups.map((g) => [g.key, g.total]))).toEqual(perGroup(signals.map((s) => signalFollowUpGroup(s).key)));
      expect(carriedActions(m.id).map((a) => a.id).sort()).toEqual(actions.map((a) => a.id).sort());
      expect(carriedSignals(m.id).map((s) => s.id).sort()).toEqual(signals.map((s) => s.id).sort());
    }
  });

  it('viewing an older meeting shows the follow-up before that meeting, not a later one', () => {
    const held = meetings().filter((m) => m.status === 'afgerond');
    const older = held[held.length - 3]!;
    for (const a of carriedActions(older.id)) for (const f of a.followUps) expect(f.meetingDate <= older.date, `actie ${a.id}`).toBe(true);
  });

  it('offers the action form every signal raised here or carried in, and refuses a malformed group in Dutch', () => {
    const meeting = running();
    const choices = app.call('signalChoice:list', { meetingId: meeting.id });
    const expected = [...app.call('meeting:get', { id: meeting.id }).signals.map((s) => s.id), ...carriedSignals(meeting.id).map((s) => s.id)];
    expect(choices.map((c) => c.id).sort()).toEqual(expected.sort());
    expect(new Set(choices.map((c) => c.id)).size).toBe(choices.length);
    const refused = app.dispatch('carriedAction:list', { meetingId: meeting.id, group: 'alles' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', fields: { group: 'Deze groep bestaat niet in dit overleg.' } } });
  });
});
