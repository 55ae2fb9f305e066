import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from '../../../db/driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { m013MeetingOverviewIndex } from '../../../db/migrations/013_meeting_overview_index';

const version = 13;

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig13-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const plan = (sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 013_meeting_overview_index', () => {
  it('is registered', () => {
    expect(migrations[version - 1]).toBe(m013MeetingOverviewIndex);
  });

  it('upgrades the version before it and keeps its meetings', () => {
    migrate(db, version - 1);
    db.exec(`
      INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk');
      INSERT INTO team (id, wijk_id, name) VALUES (1, 1, 'WCT Molenwijk');
      INSERT INTO meeting (id, team_id, date, start_time, place, status, created_at) VALUES
        (1, 1, '2025-01-10', '19:30', 'Wijkcentrum De Kade', 'afgerond', '2025-01-01T00:00:00Z'),
        (2, 1, '2026-12-03', '19:30', 'buurthuis Het Anker', 'gepland', '2026-11-01T00:00:00Z');
    `);
    migrate(db, version);
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    expect(db.prepare('SELECT id FROM meeting ORDER BY place COLLATE NOCASE').pluck().all()).toEqual([2, 1]);
  });

  it('lets Overleggen walk an index in the order it shows: by date and time, by status, by place', () => {
    migrate(db, version);
    const noSort = (sql: string, ...params: unknown[]) => {
      const detail = plan(sql, ...params);
      expect(detail, sql).toMatch(/USING (COVERING )?INDEX meeting_/);
      expect(detail, sql).not.toContain('TEMP B-TREE');
      return detail;
    };
    expect(noSort('SELECT id FROM meeting m WHERE m.date < ? ORDER BY m.date DESC, m.start_time DESC, m.id DESC LIMIT 60', '2026-11-22')).toMatch(/INDEX meeting_date \(date<\?\)/);
    expect(noSort("SELECT id FROM meeting m WHERE m.status = 'afgerond' ORDER BY m.date, m.start_time, m.id LIMIT 60")).toMatch(/INDEX meeting_status_date \(status=\?\)/);
    expect(noSort('SELECT id FROM meeting m ORDER BY m.status, m.date, m.start_time, m.id LIMIT 60')).toMatch(/meeting_status_date/);
    expect(noSort('SELECT id FROM meeting m ORDER BY m.place COLLATE NOCASE, m.id LIMIT 60')).toMatch(/meeting_place/);
  });
});
