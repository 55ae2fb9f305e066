import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeedCounts } from '../../../scripts/seed/municipality';
import type { TestBackend } from '../../support/backend';
import { seededBackend } from '../../support/municipality';

let app: TestBackend;
let counts: SeedCounts;
// Seeding a year of a municipality takes seconds, more on a busy machine.
beforeAll(() => ({ app, counts } = seededBackend(1)), 120_000);
afterAll(() => app.cleanup());

const all = <T>(sql: string) => app.db.prepare(sql).all() as T[];
const one = (sql: string) => (app.db.prepare(sql).get() as { n: number }).n;

describe('npm run seed: a municipality with years of history', () => {
  it('holds teams meeting every six weeks, about 45 signals and twice as many actions per meeting', () => {
    expect(counts.teams).toBe(4);
    expect(one('SELECT count(*) AS n FROM meeting')).toBe(counts.meetings);
    expect(counts.meetings).toBe(4 * 10);
    expect(counts.signals / counts.meetings).toBeGreaterThan(35);
    expect(counts.actions).toBe(counts.signals * 2);
    expect(counts.actionFollowUps).toBeGreaterThan(counts.actions);
    expect(counts.jobChanges).toBeGreaterThan(0);
  });

  it('passes every constraint of the schema: foreign keys and integrity', () => {
    expect(app.db.pragma('foreign_key_check')).toEqual([]);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('covers every horizon and status, confidential and purged signals, held and running meetings', () => {
    const actions = all<{ horizon: string; status: string }>('SELECT DISTINCT horizon, status FROM action');
    for (const horizon of ['nu', 'ooit', 'nooit']) expect(actions.some((a) => a.horizon === horizon), horizon).toBe(true);
    for (const status of ['open', 'in_uitvoering', 'gereed', 'vervallen']) expect(actions.some((a) => a.status === status), status).toBe(true);
    const signalStatuses = all<{ status: string }>('SELECT DISTINCT status FROM signal').map((s) => s.status).sort();
    expect(signalStatuses).toEqual(['afgehandeld', 'doorgezet', 'in_behandeling', 'nieuw']);
    expect(one("SELECT count(*) AS n FROM signal WHERE sensitivity = 'vertrouwelijk' AND purged_at IS NULL")).toBeGreaterThan(0);
    expect(one('SELECT count(*) AS n FROM signal WHERE purged_at IS NOT NULL')).toBeGreaterThan(0);
    expect(all<{ status: string }>('SELECT DISTINCT status FROM meeting ORDER BY status').map((m) => m.status)).toEqual(['afgerond', 'bezig']);
    expect(one("SELECT count(*) AS n FROM attendance WHERE status = 'vervangen'")).toBeGreaterThan(0);
  });

  it('is read back by the app like any other data: the running meeting opens with its carried actions', () => {
    const running = app.call('meeting:list', {}).find((m) => m.status === 'bezig')!;
    const detail = app.call('meeting:get', { id: running.id });
    expect(detail.carriedActions.total).toBeGreaterThan(0);
    expect(detail.signals.length).toBeGreaterThan(0);
  });

  it('is deterministic: the same options give the same rows', { timeout: 120_000 }, () => {
    const again = seededBackend(1);
    try {
      const digest = (db: TestBackend['db']) => db.prepare("SELECT group_concat(id || title || status, '|') AS d FROM (SELECT * FROM signal ORDER BY id)").get();
      expect(digest(again.app.db)).toEqual(digest(app.db));
      expect({ ...again.counts, ms: 0 }).toEqual({ ...counts, ms: 0 });
    } finally {
      again.app.cleanup();
    }
  });
});
