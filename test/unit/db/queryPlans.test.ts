import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, RequestOf } from '../../../contract';
import type { TestBackend } from '../../support/backend';
import { seededBackend } from '../../support/municipality';

let app: TestBackend;
let meetingId: number;
beforeAll(() => {
  ({ app } = seededBackend(1));
  // As the app opens a grown database: with the planner's statistics (db/connection.ts runs optimize).
  app.db.exec('ANALYZE');
  meetingId = app.call('meeting:list', {}).find((m) => m.status === 'bezig')!.id;
}, 120_000);
afterAll(() => app.cleanup());

/** The query plan of every statement a channel runs (recorded by wrapping prepare for one call). */
function plansOf<C extends Channel>(channel: C, request: RequestOf<C>): { sql: string; plan: string[] }[] {
  const db = app.db;
  const prepare = db.prepare;
  const seen = new Set<string>();
  db.prepare = ((sql: string) => {
    seen.add(sql);
    return prepare.call(db, sql);
  }) as typeof db.prepare;
  try {
    app.call(channel, request);
  } finally {
    db.prepare = prepare;
  }
  return [...seen]
    .filter((sql) => /^\s*(WITH|SELECT)/i.test(sql))
    .map((sql) => {
      const names = [...new Set(sql.match(/@\w+/g) ?? [])].map((n) => n.slice(1));
      const params = Object.fromEntries(names.map((n) => [n, n === 'match' || n === 'titleMatch' ? '"x"' : n === 'ids' ? '[1,2]' : 1]));
      const positional = (sql.match(/\?/g) ?? []).map(() => '[1]');
      const stmt = prepare.call(db, `EXPLAIN QUERY PLAN ${sql}`);
      const rows = (names.length > 0 ? stmt.all(params) : stmt.all(...(positional as [string]))) as { detail: string }[];
      return { sql, plan: rows.map((r) => r.detail) };
    });
}

/** A full read of one of the big tables (an index walk says USING … INDEX). */
const BIG = /^SCAN (a|s|f|p|action|signal|action_follow_up|signal_follow_up)( |$)(?!.*USING)/;

const hot: [string, Channel, unknown][] = [
  ['meeting read of the running meeting', 'meeting:get', () => ({ id: meetingId })],
  ['Alle acties, default order', 'action:page', {}],
  ['Alle acties, one organisation', 'action:page', { filter: { organisationId: 3 } }],
  ['Alle acties, sorted by Wat', 'action:page', { sort: { key: 'what', dir: 'asc' } }],
  ['Alle acties, sorted by Wanneer', 'action:page', { sort: { key: 'due', dir: 'desc' } }],
  ['Alle acties, searched', 'action:page', { filter: { text: 'veegronde' } }],
  ['Alle signalen, default order', 'signal:page', {}],
  ['Alle signalen, one buurt and theme', 'signal:page', { filter: { buurtId: 1, theme: 'zorg' } }],
  ['Start screen', 'home:summary', {}],
  ['search', 'search:query', { text: 'zwerfafval', wijkId: 1 }],
];

describe('hot queries: tested query plans', { timeout: 60_000 }, () => {
  it.each(hot)('%s: no full read of the big tables', (_label, channel, request) => {
    const req = typeof request === 'function' ? (request as () => unknown)() : request;
    const plans = plansOf(channel, req as never);
    expect(plans.length).toBeGreaterThan(0);
    for (const { sql, plan } of plans) for (const line of plan) expect(line, sql).not.toMatch(BIG);
  });

  it('walks an index in the order shown for the default and Wat orders (no sort of every action)', () => {
    // Past the open ones: the closed segment of the default order.
    const { open } = app.call('action:page', { limit: 1 });
    for (const request of [{ offset: open + 5 }, { sort: { key: 'what', dir: 'asc' } }] as const) {
      const all = plansOf('action:page', request);
      const ids = all.filter((p) => /^\s*SELECT a\.id /.test(p.sql) && /closed_on IS NOT NULL|COLLATE NOCASE/.test(p.sql));
      expect(ids.length, all.map((p) => p.sql).join('\n')).toBeGreaterThan(0);
      for (const { sql, plan } of ids) expect(plan.join('\n'), sql).not.toContain('USE TEMP B-TREE');
    }
    const signals = plansOf('signal:page', {}).filter((p) => /^\s*SELECT s\.id /.test(p.sql));
    for (const { sql, plan } of signals) expect(plan.join('\n'), sql).not.toContain('USE TEMP B-TREE');
  });

  it('finds the carried items of a meeting through indexes of open and recently closed items', () => {
    const carried = plansOf('meeting:get', { id: meetingId }).filter((p) => p.sql.includes('UNION SELECT'));
    expect(carried).toHaveLength(2);
    for (const { plan } of carried) expect(plan.join('\n')).toMatch(/USING (COVERING )?INDEX (action|signal)_(open_team|team_closed)/);
  });
});
