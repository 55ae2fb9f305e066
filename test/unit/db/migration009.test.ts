import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig9-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const trail = () => db.prepare('SELECT entity, record_id AS recordId, action, fields, meeting_id AS meetingId, at, actor FROM audit_log ORDER BY id').all();

describe('migration 009_audit_log', () => {
  it('upgrades a version-8 database without touching its data, and starts an empty trail', () => {
    migrate(db, 8);
    db.exec(`
      INSERT INTO municipality (id, name, created_at) VALUES (1, 'Den Helder', '2026-01-01T00:00:00Z');
      INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk');
    `);
    migrate(db, 9);
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(db.prepare('SELECT name FROM wijk').all()).toEqual([{ name: 'Molenwijk' }]);
    expect(trail()).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM app_profile').get()).toEqual({ n: 0 });
  });

  it('records inserts, changed fields and deletes, unstamped until the app stamps them', () => {
    migrate(db, 9);
    db.exec(`
      INSERT INTO wijk (id, name, code) VALUES (1, 'Molenwijk', 'MW');
      UPDATE wijk SET name = 'Molenwijk-Noord' WHERE id = 1;
      UPDATE wijk SET name = 'Molenwijk-Noord' WHERE id = 1;
      DELETE FROM wijk WHERE id = 1;
    `);
    expect(trail()).toEqual([
      { entity: 'wijk', recordId: 1, action: 'aangemaakt', fields: '["name","code"]', meetingId: null, at: null, actor: null },
      { entity: 'wijk', recordId: 1, action: 'gewijzigd', fields: '["name"]', meetingId: null, at: null, actor: null },
      { entity: 'wijk', recordId: 1, action: 'verwijderd', fields: '[]', meetingId: null, at: null, actor: null },
    ]);
  });

  it('ties meeting records to their meeting and ignores the timer ticking', () => {
    migrate(db, 9);
    db.exec(`
      INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk');
      INSERT INTO team (id, wijk_id, name) VALUES (1, 1, 'WCT Molenwijk');
      INSERT INTO meeting (id, team_id, date, start_time, place, created_at) VALUES (7, 1, '2026-11-03', '09:30', 'Wijkcentrum', '2026-11-01T00:00:00Z');
      INSERT INTO agenda_item (id, meeting_id, position, title, kind, planned_minutes) VALUES (3, 7, 0, 'Opening', 'opening', 5);
      DELETE FROM audit_log;
      UPDATE agenda_item SET spent_seconds = 120 WHERE id = 3;
      UPDATE agenda_item SET notes = 'Welkom' WHERE id = 3;
    `);
    expect(trail()).toEqual([{ entity: 'agenda_item', recordId: 3, action: 'gewijzigd', fields: '["notes"]', meetingId: 7, at: null, actor: null }]);
  });

  it('refuses a malformed entry', () => {
    migrate(db, 9);
    expect(() => db.prepare("INSERT INTO audit_log (entity, record_id, action, fields) VALUES ('wijk', 1, 'vernietigd', '[]')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO audit_log (entity, record_id, action, fields) VALUES ('wijk', 1, 'gewijzigd', 'name')").run()).toThrow(/CHECK/);
  });
});
