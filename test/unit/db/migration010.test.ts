import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from '../../../db/driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';
import { signalsPastRetention } from '../../../db/queries/signals';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig10-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const plan = (sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 010_retention_index', () => {
  it('upgrades a version-9 database and keeps its signals', () => {
    migrate(db, 9);
    db.exec(`
      INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk');
      INSERT INTO organisation (id, name, kind) VALUES (1, 'Gemeente', 'gemeente');
      INSERT INTO team (id, wijk_id, name) VALUES (1, 1, 'WCT Molenwijk');
      INSERT INTO meeting (id, team_id, date, start_time, place, created_at) VALUES (1, 1, '2025-01-10', '19:30', 'Wijkcentrum', '2025-01-01T00:00:00Z');
      INSERT INTO signal (team_id, meeting_id, title, date, brought_by_organisation_id, theme, description, urgency, sensitivity, status, outcome, closed_on, purged_at, created_at, updated_at) VALUES
        (1, 1, 'Zorgen om een bewoner', '2025-01-10', 1, 'zorg', 'Woont alleen', 'normaal', 'vertrouwelijk', 'afgehandeld', 'Hulp geregeld', '2025-02-01', NULL, 'x', 'x'),
        (1, 1, 'Eerder gewist', '2025-01-10', 1, 'zorg', NULL, 'normaal', 'vertrouwelijk', 'afgehandeld', 'Hulp geregeld', '2025-02-01', '2025-09-01', 'x', 'x');
    `);
    migrate(db, 10);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(signalsPastRetention(db, '2025-06-01')).toEqual([1]);
  });

  it('lets the start-up retention check seek past purged signals instead of reading them', () => {
    migrate(db, 10);
    const detail = plan(
      `SELECT id FROM signal WHERE sensitivity = 'vertrouwelijk' AND status = 'afgehandeld' AND closed_on < ? AND purged_at IS NULL`,
      '2026-01-01',
    );
    expect(detail).toMatch(/USING (COVERING )?INDEX signal_retention \(sensitivity=\? AND status=\? AND purged_at=\? AND closed_on<\?\)/);
  });

  it('counts open actions from a partial index, not by scanning every action', () => {
    migrate(db, 10);
    expect(plan('SELECT count(*) FROM action a WHERE a.closed_on IS NULL')).toMatch(/USING (COVERING )?INDEX action_open_team/);
  });
});
