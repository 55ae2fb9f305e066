import Database, { type Statement } from '../../../db/driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, RequestOf } from '../../../contract';
import type { TestBackend } from '../../support/backend';
import { seededBackend } from '../../support/municipality';
import { verslagSearchRows } from '../../../db/migrations/012_verslag_search';

/**
 * The hot queries use an index for the tables that grow with the years. Each channel is called
 * through the dispatcher while every statement it runs is recorded with its own parameters; then
 * EXPLAIN QUERY PLAN of each may not scan a big table without an index, and the overviews walk an
 * index in the order they show instead of sorting every row. On a year of the seeded municipality
 * (scripts/seed/municipality.ts), with the planner's statistics as a grown database has them.
 */
const BIG_TABLES = ['action', 'signal', 'attendance', 'action_follow_up', 'signal_follow_up', 'agenda_item', 'decision', 'meeting_guest', 'undo_log', 'audit_log'];

let app: TestBackend;
let meetingId: number;
beforeAll(() => {
  ({ app } = seededBackend(1));
  // The statistics PRAGMA optimize keeps (it runs when the app closes the database).
  app.db.exec('ANALYZE');
  meetingId = app.call('meeting:list', {}).find((m) => m.status === 'bezig')?.id ?? 0;
}, 120_000);
afterAll(() => app.cleanup());

interface Recorded {
  sql: string;
  args: unknown[];
}

/** Runs `work` and returns every statement it ran, with its parameters. */
function recordStatements(work: () => void): Recorded[] {
  const recorded: Recorded[] = [];
  const db = app.db;
  const prepare = db.prepare;
  db.prepare = ((sql: string) => {
    // A fresh statement, not the connection's cached one (db/statementCache.ts): wrapping it changes nothing else.
    const stmt = Database.prototype.prepare.call(db, sql) as Statement;
    for (const method of ['all', 'get', 'iterate'] as const) {
      const original = stmt[method].bind(stmt) as (...args: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        recorded.push({ sql, args });
        return original(...args);
      };
    }
    return stmt;
  }) as typeof db.prepare;
  try {
    work();
  } finally {
    db.prepare = prepare;
  }
  return recorded;
}

/** Alias → table, from the FROM and JOIN clauses of the statement. */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_]+)(?:\s+(?:AS\s+)?([a-z_]+))?/gi)) {
    const [, table = '', alias] = m;
    map.set(table, table);
    if (alias && !/^(ON|WHERE|JOIN|LEFT|INNER|GROUP|ORDER|USING|AS)$/i.test(alias)) map.set(alias, table);
  }
  return map;
}

const planOf = ({ sql, args }: Recorded): string[] =>
  (app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((p) => p.detail);

/** The plan lines that read a big table without any index. */
function fullScans(recorded: Recorded): string[] {
  if (!/^\s*(WITH|SELECT)/i.test(recorded.sql)) return [];
  const tables = aliases(recorded.sql);
  return planOf(recorded)
    .filter((detail) => {
      const m = /^SCAN (\w+)(.*)$/.exec(detail);
      if (!m) return false;
      const [, name = '', rest = ''] = m;
      return BIG_TABLES.includes(tables.get(name) ?? name) && !/USING (COVERING )?INDEX/.test(rest);
    })
    .map((detail) => `${detail}  ←  ${recorded.sql.replace(/\s+/g, ' ').trim().slice(0, 160)}…`);
}

const scansOf = (work: () => void) => recordStatements(work).flatMap(fullScans);
const call = <C extends Channel>(channel: C, request: RequestOf<C>) => () => void app.call(channel, request);
/** The statements of one call with their plans. */
const plansOf = <C extends Channel>(channel: C, request: RequestOf<C>) =>
  recordStatements(call(channel, request))
    .filter((r) => /^\s*(WITH|SELECT)/i.test(r.sql))
    .map((r) => ({ sql: r.sql, plan: planOf(r) }));

describe('EXPLAIN QUERY PLAN of the hot queries: indexes for the big tables', { timeout: 60_000 }, () => {
  const ids = () => {
    const wijk = app.call('wijk:list', {})[0];
    const team = app.call('team:get', { wijkId: wijk?.id ?? 0 });
    const meetings = app.call('meeting:list', { teamId: team.id });
    const organisation = app.call('organisation:list', {})[0];
    return { wijkId: wijk?.id ?? 0, teamId: team.id, meetings, organisationId: organisation?.id ?? 0 };
  };

  it('the meeting screen (its own items, carry-over, follow-ups, attendance, decisions)', () => {
    const { meetings } = ids();
    expect(meetings.length).toBeGreaterThan(1);
    expect(meetingId).toBeGreaterThan(0);
    for (const m of [...meetings.slice(0, 4), { id: meetingId }]) expect(scansOf(call('meeting:get', { id: m.id }))).toEqual([]);
  });

  it('the action list with each filter', () => {
    const { teamId, wijkId, organisationId } = ids();
    for (const filter of [{ teamId }, { wijkId }, { organisationId }, { teamId, openOnly: true }, { organisationId, openOnly: true }]) {
      expect(scansOf(call('action:list', filter)), JSON.stringify(filter)).toEqual([]);
    }
  });

  it('the signal list with each filter', () => {
    const { teamId, wijkId } = ids();
    for (const filter of [{ teamId }, { wijkId }, { teamId, openOnly: true }]) {
      expect(scansOf(call('signal:list', { ...filter, view: 'intern' })), JSON.stringify(filter)).toEqual([]);
    }
  });

  it('the attendance report over a period, of all teams and of one', () => {
    const { teamId, wijkId } = ids();
    for (const filter of [{}, { teamId }, { wijkId }]) {
      expect(scansOf(call('report:attendance', { from: '2026-01-01', to: '2026-12-31', ...filter })), JSON.stringify(filter)).toEqual([]);
    }
  });

  it.each([
    ['Alle acties, default order', 'action:page', {}],
    ['Alle acties, one organisation', 'action:page', { filter: { organisationId: 3 } }],
    ['Alle acties, sorted by Wat', 'action:page', { sort: { key: 'what', dir: 'asc' } }],
    ['Alle acties, sorted by Wanneer', 'action:page', { sort: { key: 'due', dir: 'desc' } }],
    ['Alle acties, searched', 'action:page', { filter: { text: 'veegronde' } }],
    ['Alle signalen, default order', 'signal:page', {}],
    ['Alle signalen, one buurt and theme', 'signal:page', { filter: { buurtId: 1, theme: 'zorg' } }],
    ['Start screen', 'home:summary', {}],
    ['meeting:list (no screen since meeting:page), recent years', 'meeting:list', { from: '2025-01-01' }],
    ['meeting:list (no screen since meeting:page), all years', 'meeting:list', {}],
    ['search', 'search:query', { text: 'zwerfafval', wijkId: 1 }],
    ['search, verslagen in a period', 'search:query', { text: 'schouw', kind: 'verslag', wijkId: 1, from: '2026-01-01', to: '2026-06-30' }],
  ] as [string, Channel, unknown][])('%s: no full read of the big tables', (_label, channel, request) => {
    const recorded = recordStatements(call(channel, request as never));
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.flatMap(fullScans)).toEqual([]);
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
    expect(signals.length).toBeGreaterThan(0);
    for (const { sql, plan } of signals) expect(plan.join('\n'), sql).not.toContain('USE TEMP B-TREE');
  });

  it("rewrites a verslag's index row through indexes (migration 012's triggers, at every saved summary)", () => {
    const verslagTables = ['verslag', 'verslag_version', 'verslag_summary', 'agenda_item', 'meeting'];
    const plan = (app.db.prepare(`EXPLAIN QUERY PLAN ${verslagSearchRows('WHERE r.id = @id')}`).all({ id: 1 }) as { detail: string }[]).map((p) => p.detail);
    expect(plan.some((d) => /verslag_summary|\bs\b/.test(d))).toBe(true);
    const scans = plan.filter((d) => /^SCAN (\w+)/.test(d) && !/USING (COVERING )?INDEX|PRIMARY KEY/.test(d));
    expect(scans.filter((d) => ['r', 'm', 'v', 's', 'a', ...verslagTables].includes(/^SCAN (\w+)/.exec(d)?.[1] ?? '')), plan.join('\n')).toEqual([]);
  });

  // Overleggen: every filter and sort the screen offers. The meeting table is small next to the
  // big ones, but it too grows with the years: it is read through an index, in the order shown
  // where one exists (the counts are sorted, a few thousand meetings at most).
  const overleggen: [string, RequestOf<'meeting:page'>, { ordered: boolean }][] = [
    ['default order (komende eerst)', {}, { ordered: true }],
    ['default order, a window far down (read from the end)', { offset: 30, limit: 5 }, { ordered: true }],
    ['recent years', { filter: { from: '2025-01-01' } }, { ordered: true }],
    ['one wijk', { filter: { wijkId: 1 } }, { ordered: true }],
    ['one team', { filter: { teamId: 1 } }, { ordered: true }],
    ['one status', { filter: { status: 'afgerond' } }, { ordered: true }],
    ['one status, recent years', { filter: { status: 'afgerond', from: '2025-01-01' } }, { ordered: true }],
    ['sorted by Datum', { sort: { key: 'date', dir: 'desc' } }, { ordered: true }],
    ['sorted by Status', { sort: { key: 'status', dir: 'asc' } }, { ordered: true }],
    ['sorted by Plaats', { sort: { key: 'place', dir: 'asc' } }, { ordered: true }],
    ['sorted by Wijk', { sort: { key: 'wijk', dir: 'asc' } }, { ordered: true }],
    ['sorted by Signalen', { sort: { key: 'signals', dir: 'desc' } }, { ordered: false }],
    ['sorted by Acties', { sort: { key: 'actions', dir: 'desc' } }, { ordered: false }],
    ['sorted by Besluiten', { sort: { key: 'decisions', dir: 'desc' } }, { ordered: false }],
  ];
  it.each(overleggen)('Overleggen (meeting:page), %s: the meeting table through an index, no full read of the big tables', (_label, request, { ordered }) => {
    const recorded = recordStatements(call('meeting:page', request));
    expect(recorded.flatMap(fullScans)).toEqual([]);
    const onMeeting = recorded.filter((r) => /FROM meeting m\b/.test(r.sql)).map((r) => ({ sql: r.sql, plan: planOf(r) }));
    // The totals, the count of each segment, and at least one window of ids.
    expect(onMeeting.filter((p) => /^\s*SELECT m\.id AS id /.test(p.sql)).length).toBeGreaterThan(0);
    for (const { sql, plan } of onMeeting) {
      // A bare count(*) is reported under the table's name.
      const reads = plan.filter((line) => /^(SCAN|SEARCH) (m|meeting)\b/.test(line));
      expect(reads.length, sql).toBeGreaterThan(0);
      for (const line of reads) expect(line, sql).toMatch(/USING (COVERING )?INDEX meeting_/);
      if (ordered && /^\s*SELECT m\.id AS id /.test(sql)) expect(plan.join('\n'), sql).not.toContain('USE TEMP B-TREE');
    }
    // The rows of the window: looked up by id, not found among every meeting.
    const rows = recorded.filter((r) => r.sql.includes('json_each(@ids)')).map(planOf);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('SEARCH m USING INTEGER PRIMARY KEY (rowid=?)');
  });

  it('Overleggen, searched: the words are matched while walking the date index (LIKE cannot seek)', () => {
    const recorded = recordStatements(call('meeting:page', { filter: { text: 'wijkcentrum' } }));
    expect(recorded.flatMap(fullScans)).toEqual([]);
    const ids = recorded.filter((r) => /^\s*SELECT m\.id AS id /.test(r.sql)).map((r) => ({ sql: r.sql, plan: planOf(r) }));
    expect(ids.length).toBeGreaterThan(0);
    for (const { sql, plan } of ids) {
      expect(plan.join('\n'), sql).toMatch(/(SCAN|SEARCH) m USING (COVERING )?INDEX meeting_date/);
      expect(plan.join('\n'), sql).not.toContain('USE TEMP B-TREE');
    }
  });

  it('finds the carried items of a meeting through indexes of open and recently closed items', () => {
    const carried = plansOf('meeting:get', { id: meetingId }).filter((p) => p.sql.includes('UNION SELECT'));
    expect(carried).toHaveLength(2);
    for (const { plan } of carried) expect(plan.join('\n')).toMatch(/USING (COVERING )?INDEX (action|signal)_(open_team|team_closed)/);
  });

  it('the chair opens each group of carried actions and signals, and the action form reads its signal choices', () => {
    const { carriedActions, carriedSignals } = app.call('meeting:get', { id: meetingId });
    expect(carriedActions.groups.length).toBeGreaterThan(1);
    for (const { key } of carriedActions.groups) expect(scansOf(call('carriedAction:list', { meetingId, group: key })), key).toEqual([]);
    for (const { key } of carriedSignals.groups) expect(scansOf(call('carriedSignal:list', { meetingId, group: key })), key).toEqual([]);
    expect(scansOf(call('signalChoice:list', { meetingId }))).toEqual([]);
    const group = carriedActions.groups[0]!.key;
    const carried = plansOf('carriedAction:list', { meetingId, group }).filter((p) => p.sql.includes('UNION SELECT'));
    expect(carried).toHaveLength(1);
    expect(carried[0]!.plan.join('\n')).toMatch(/USING (COVERING )?INDEX action_(open_team|team_closed)/);
  });

  it('the check itself finds a scan: an unindexed filter on a big table is reported', () => {
    const scans = scansOf(() => app.db.prepare('SELECT id FROM action WHERE how = ?').all('x'));
    expect(scans).toEqual([expect.stringMatching(/^SCAN action/)]);
  });
});
