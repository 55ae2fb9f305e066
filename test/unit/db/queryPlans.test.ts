import type { Statement } from '../../../db/driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';

/**
 * The hot queries use an index for the tables that grow with the years. Each channel is called
 * through the dispatcher while every statement it prepares is recorded; then EXPLAIN QUERY PLAN of
 * each recorded statement (with its own parameters) may not scan a big table without an index.
 */
const BIG_TABLES = ['action', 'signal', 'attendance', 'action_follow_up', 'signal_follow_up', 'agenda_item', 'decision', 'meeting_guest', 'undo_log'];

let app: TestBackend;
beforeAll(() => {
  app = createTestBackend({ now: () => new Date('2026-11-24T18:00:00Z') });
  app.call('setup:loadDemo', {});
});
afterAll(() => app.cleanup());

interface Recorded {
  sql: string;
  args: unknown[];
}

/** Runs `work` and returns every statement it ran, with its parameters. */
function recordStatements(work: () => void): Recorded[] {
  const recorded: Recorded[] = [];
  const db = app.db;
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const stmt = prepare(sql) as Statement;
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

/** The plan lines that read a big table without any index. */
function fullScans({ sql, args }: Recorded): string[] {
  if (!/^\s*(WITH|SELECT)/i.test(sql)) return [];
  const plan = app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
  const tables = aliases(sql);
  return plan
    .map((p) => p.detail)
    .filter((detail) => {
      const m = /^SCAN (\w+)(.*)$/.exec(detail);
      if (!m) return false;
      const [, name = '', rest = ''] = m;
      return BIG_TABLES.includes(tables.get(name) ?? name) && !/USING (COVERING )?INDEX/.test(rest);
    })
    .map((detail) => `${detail}  ←  ${sql.replace(/\s+/g, ' ').trim().slice(0, 160)}…`);
}

const scansOf = (work: () => void) => recordStatements(work).flatMap(fullScans);

describe('EXPLAIN QUERY PLAN of the hot queries: indexes for the big tables', () => {
  const ids = () => {
    const wijk = app.call('wijk:list', {}).find((w) => w.name === 'Molenwijk');
    const team = app.call('team:get', { wijkId: wijk?.id ?? 0 });
    const meetings = app.call('meeting:list', { teamId: team.id });
    const organisation = app.call('organisation:list', {})[0];
    return { wijkId: wijk?.id ?? 0, teamId: team.id, meetings, organisationId: organisation?.id ?? 0 };
  };

  it('the meeting screen (its own items, carry-over, follow-ups, attendance, decisions)', () => {
    const { meetings } = ids();
    expect(meetings.length).toBeGreaterThan(1);
    for (const m of meetings) expect(scansOf(() => app.call('meeting:get', { id: m.id }))).toEqual([]);
  });

  it('the action overview with each filter', () => {
    const { teamId, wijkId, organisationId } = ids();
    for (const filter of [{ teamId }, { wijkId }, { organisationId }, { teamId, openOnly: true }, { organisationId, openOnly: true }]) {
      expect(scansOf(() => app.call('action:list', filter)), JSON.stringify(filter)).toEqual([]);
    }
  });

  it('the signal overview with each filter', () => {
    const { teamId, wijkId } = ids();
    for (const filter of [{ teamId }, { wijkId }, { teamId, openOnly: true }]) {
      expect(scansOf(() => app.call('signal:list', { ...filter, view: 'intern' })), JSON.stringify(filter)).toEqual([]);
    }
  });

  it('the attendance report over a period, of all teams and of one', () => {
    const { teamId, wijkId } = ids();
    for (const filter of [{}, { teamId }, { wijkId }]) {
      expect(scansOf(() => app.call('report:attendance', { from: '2026-01-01', to: '2026-12-31', ...filter })), JSON.stringify(filter)).toEqual([]);
    }
  });

  it('the check itself finds a scan: an unindexed filter on a big table is reported', () => {
    const scans = scansOf(() => app.db.prepare('SELECT id FROM action WHERE how = ?').all('x'));
    expect(scans).toEqual([expect.stringMatching(/^SCAN action/)]);
  });
});
