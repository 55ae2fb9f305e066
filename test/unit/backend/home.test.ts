import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_DUE_SQL, ACTION_OPEN_SQL, ACTION_OVERDUE_SQL } from '../../../db/queries/actionSql';
import type { TestBackend } from '../../support/backend';
import { seededBackend } from '../../support/municipality';

let app: TestBackend;
// Seeding a year of a municipality takes seconds, more on a busy machine.
beforeAll(() => ({ app } = seededBackend(1)), 120_000);
afterAll(() => app.cleanup());

describe('action rules in SQL (db/queries/actionSql.ts)', () => {
  it('say the same as the rules in domain/action.ts for every seeded action', () => {
    const actions = app.call('action:list', {});
    const sql = app.db
      .prepare(`SELECT a.id, ${ACTION_OPEN_SQL} AS open, ${ACTION_DUE_SQL} AS due, ${ACTION_OVERDUE_SQL} AS overdue FROM action a`)
      .all({ today: '2026-11-22' }) as { id: number; open: number; due: string | null; overdue: number | null }[];
    const byId = new Map(sql.map((r) => [r.id, r]));
    expect(actions.some((a) => a.overdue)).toBe(true);
    for (const a of actions) {
      const r = byId.get(a.id)!;
      expect({ id: a.id, open: r.open === 1, due: r.due, overdue: r.overdue === 1 }).toEqual({ id: a.id, open: a.isOpen, due: a.dueDate, overdue: a.overdue });
    }
  });
});

describe('home:summary: the Start screen counts without loading rows', () => {
  it('gives per wijk the open and overdue actions, equal to counting the whole list', () => {
    const open = app.call('action:list', { openOnly: true });
    const { wijken } = app.call('home:summary', {});
    expect(wijken).toHaveLength(4);
    for (const w of wijken) {
      const mine = open.filter((a) => a.wijkId === w.wijkId);
      expect(w.openActions).toBe(mine.length);
      expect(w.overdueActions).toBe(mine.filter((a) => a.overdue).length);
    }
    expect(wijken.some((w) => w.overdueActions > 0)).toBe(true);
  });

  it("names each wijk's running meeting as the next one", () => {
    const running = app.call('meeting:list', {}).filter((m) => m.status === 'bezig');
    const { wijken } = app.call('home:summary', {});
    for (const m of running) expect(wijken.find((w) => w.wijkId === m.wijkId)!.nextMeeting).toMatchObject({ id: m.id, status: 'bezig', date: m.date });
  });

  it('prefers the first planned meeting from today when none is running', () => {
    const running = app.call('meeting:list', {}).find((m) => m.status === 'bezig')!;
    app.call('meeting:finish', { id: running.id });
    const later = app.call('meeting:create', { teamId: running.teamId, date: '2027-01-12', startTime: '19:30', place: 'Wijkcentrum' });
    app.call('meeting:create', { teamId: running.teamId, date: '2027-03-02', startTime: '19:30', place: 'Wijkcentrum' });
    const w = app.call('home:summary', {}).wijken.find((x) => x.wijkId === running.wijkId)!;
    expect(w.nextMeeting).toMatchObject({ id: later.id, status: 'gepland', date: '2027-01-12' });
  });
});
