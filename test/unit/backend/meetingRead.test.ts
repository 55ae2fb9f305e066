import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../support/backend';
import { seededBackend } from '../../support/municipality';

let app: TestBackend;
beforeAll(() => ({ app } = seededBackend(1)), 120_000);
afterAll(() => app.cleanup());

describe('meeting:get stays small as history grows', { timeout: 60_000 }, () => {
  it('sends of each carried item only what the screen shows: its latest earlier follow-up and this meeting\'s', () => {
    const running = app.call('meeting:list', {}).find((m) => m.status === 'bezig')!;
    const someCarried = app.call('meeting:get', { id: running.id }).carriedActions[0]!;
    app.call('action:followUp', { actionId: someCarried.id, meetingId: running.id, note: 'Besproken in dit overleg.' });
    const detail = app.call('meeting:get', { id: running.id });
    expect(detail.carriedActions.length).toBeGreaterThan(10);
    const all = app.db
      .prepare('SELECT f.action_id AS actionId, f.id, f.meeting_id AS meetingId FROM action_follow_up f JOIN meeting m ON m.id = f.meeting_id ORDER BY m.date, m.start_time, f.id')
      .all() as { actionId: number; id: number; meetingId: number }[];
    let withLongHistory = 0;
    for (const a of detail.carriedActions) {
      const history = all.filter((f) => f.actionId === a.id);
      const earlier = history.filter((f) => f.meetingId !== running.id);
      if (history.length > 2) withLongHistory++;
      const expected = [...earlier.slice(-1), ...history.filter((f) => f.meetingId === running.id)].map((f) => f.id);
      expect(a.followUps.map((f) => f.id), `actie ${a.id}`).toEqual(expected);
      expect(a.followUpHere?.id ?? null).toBe(history.find((f) => f.meetingId === running.id)?.id ?? null);
    }
    // The point: items with a long history, of which only the last note travels.
    expect(withLongHistory).toBeGreaterThan(0);
    expect(detail.carriedActions.find((a) => a.id === someCarried.id)!.followUpHere).toMatchObject({ note: 'Besproken in dit overleg.' });
  });

  it('viewing an older meeting shows the follow-up before that meeting, not a later one', () => {
    const held = app.call('meeting:list', {}).filter((m) => m.status === 'afgerond');
    const older = held[held.length - 3]!;
    const detail = app.call('meeting:get', { id: older.id });
    for (const a of detail.carriedActions) for (const f of a.followUps) expect(f.meetingDate <= older.date, `actie ${a.id}`).toBe(true);
  });
});
