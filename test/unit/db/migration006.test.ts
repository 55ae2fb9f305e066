import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig6-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function version5() {
  migrate(db, 5);
  db.exec(`
    INSERT INTO municipality (id, name, created_at) VALUES (1, 'Den Helder', '2026-01-01T00:00:00Z');
    INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk');
    INSERT INTO organisation (id, name, kind) VALUES (1, 'Gemeente', 'gemeente'), (2, 'Woonstichting', 'woningcorporatie');
    INSERT INTO team (id, wijk_id, name) VALUES (1, 1, 'WCT Molenwijk');
    INSERT INTO meeting (id, team_id, date, start_time, place, created_at) VALUES (1, 1, '2026-11-17', '09:30', 'Wijkcentrum', '2026-11-01T00:00:00Z');
  `);
}

const insert = (values: string) =>
  db.exec(`INSERT INTO partner_list (organisation_id, as_of, team_id, meeting_id, open_count, overdue_count, finished_count, made_at) VALUES ${values}`);

describe('migration 006_partner_list', () => {
  it('upgrades a version-5 database with an empty STRICT record of partner lists', () => {
    version5();
    migrate(db, 6);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT count(*) FROM partner_list').pluck().get()).toBe(0);
    const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'partner_list'").pluck().get() as string;
    expect(sql).toMatch(/STRICT\s*$/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT max(as_of) FROM partner_list WHERE organisation_id = 2 AND as_of < '2026-11-17'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('USING COVERING INDEX partner_list_organisation');
  });

  it('records a list per organisation and refuses nonsense', () => {
    version5();
    migrate(db, 6);
    insert(`(2, '2026-11-17', 1, 1, 4, 1, 2, '2026-11-17T12:00:00Z')`);
    expect(() => insert(`(2, '17-11-2026', 1, 1, 4, 1, 2, 'x')`)).toThrow(/CHECK/);
    expect(() => insert(`(2, '2026-11-17', 1, 1, 1, 2, 0, 'x')`)).toThrow(/CHECK/);
    expect(() => insert(`(99, '2026-11-17', 1, 1, 1, 0, 0, 'x')`)).toThrow(/FOREIGN KEY/);
    // A deleted meeting keeps the record of what was sent.
    db.exec('DELETE FROM meeting WHERE id = 1');
    expect(db.prepare('SELECT meeting_id FROM partner_list').pluck().get()).toBeNull();
  });
});
