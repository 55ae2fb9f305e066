import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';
import { constraintError } from '../../../db/errors';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig7-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A version-6 database with a finished meeting and its agenda. */
function version6() {
  migrate(db, 6);
  db.exec(`
    INSERT INTO municipality (id, name, created_at) VALUES (1, 'Den Helder', '2026-01-01T00:00:00Z');
    INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk');
    INSERT INTO team (id, wijk_id, name) VALUES (1, 1, 'WCT Molenwijk');
    INSERT INTO meeting (id, team_id, date, start_time, place, status, created_at) VALUES
      (1, 1, '2026-10-08', '09:30', 'Wijkcentrum', 'afgerond', '2026-10-01T00:00:00Z'),
      (2, 1, '2026-11-12', '09:30', 'Wijkcentrum', 'bezig', '2026-10-01T00:00:00Z');
    INSERT INTO agenda_item (id, meeting_id, position, title, kind, planned_minutes) VALUES (1, 1, 0, 'Opening', 'opening', 5);
  `);
}
const NOW = '2026-11-12T10:00:00Z';
const lockedMessage = /vastgesteld en kan niet meer worden gewijzigd/;

describe('migration 007_verslag', () => {
  it('upgrades a version-6 database with empty, STRICT verslag tables', () => {
    version6();
    migrate(db, 7);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    for (const table of ['verslag', 'verslag_version', 'verslag_summary']) {
      const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table) as string;
      expect(sql, table).toMatch(/STRICT\s*$/);
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
  });

  it('keeps a vastgesteld version immutable in the database itself, with a Dutch refusal', () => {
    version6();
    migrate(db, 7);
    db.exec(`
      INSERT INTO verslag (id, meeting_id, created_at) VALUES (1, 1, '${NOW}');
      INSERT INTO verslag_version (id, verslag_id, version, created_at, updated_at) VALUES (1, 1, 1, '${NOW}', '${NOW}');
      INSERT INTO verslag_summary (version_id, agenda_item_id, text, updated_at) VALUES (1, 1, 'Welkom.', '${NOW}');
    `);
    // A concept may change.
    db.prepare("UPDATE verslag_summary SET text = 'Welkom allemaal.' WHERE version_id = 1").run();
    // Vaststellen needs the date, the moment and the frozen content together.
    expect(() => db.prepare("UPDATE verslag_version SET status = 'vastgesteld' WHERE id = 1").run()).toThrow(/CHECK constraint failed/);
    db.prepare(
      "UPDATE verslag_version SET status = 'vastgesteld', vastgesteld_on = '2026-11-12', vastgesteld_at = ?, vastgesteld_in_meeting_id = 2, vastgesteld_by = 'Rachid', content = '{}' WHERE id = 1",
    ).run(NOW);

    const attempts = [
      "UPDATE verslag_version SET content = '{\"x\":1}' WHERE id = 1",
      "UPDATE verslag_version SET status = 'concept' WHERE id = 1",
      'DELETE FROM verslag_version WHERE id = 1',
      "UPDATE verslag_summary SET text = 'Anders' WHERE version_id = 1",
      'DELETE FROM verslag_summary WHERE version_id = 1',
      `INSERT INTO verslag_summary (version_id, agenda_item_id, text, updated_at) VALUES (1, 1, 'Nieuw', '${NOW}')`,
      'DELETE FROM agenda_item WHERE id = 1',
    ];
    for (const sql of attempts) {
      let error: unknown;
      try {
        db.prepare(sql).run();
      } catch (e) {
        error = e;
      }
      expect(error, sql).toBeInstanceOf(Error);
      // The back end passes the trigger's own Dutch words on (db/errors.ts).
      expect(constraintError(error)?.message ?? String(error), sql).toMatch(sql.startsWith('INSERT') ? /vastgesteld|UNIQUE/ : lockedMessage);
    }
    expect(db.prepare('SELECT text FROM verslag_summary').pluck().all()).toEqual(['Welkom allemaal.']);
  });

  it('numbers versions in order; a correction names its reason and waits for the previous vaststelling', () => {
    version6();
    migrate(db, 7);
    db.exec(`INSERT INTO verslag (id, meeting_id, created_at) VALUES (1, 1, '${NOW}');
             INSERT INTO verslag_version (verslag_id, version, created_at, updated_at) VALUES (1, 1, '${NOW}', '${NOW}');`);
    const add = (version: number, reason: string | null) =>
      db.prepare('INSERT INTO verslag_version (verslag_id, version, correction_reason, created_at, updated_at) VALUES (1, ?, ?, ?, ?)').run(version, reason, NOW, NOW);
    expect(() => add(2, 'Naam verkeerd gespeld')).toThrow(/pas als de vorige is vastgesteld/);
    db.prepare("UPDATE verslag_version SET status = 'vastgesteld', vastgesteld_on = '2026-11-12', vastgesteld_at = ?, content = '{}' WHERE version = 1").run(NOW);
    expect(() => add(2, null)).toThrow(/CHECK constraint failed/);
    expect(() => add(3, 'Overgeslagen')).toThrow(/pas als de vorige is vastgesteld/);
    add(2, 'Naam verkeerd gespeld');
    // One verslag per meeting.
    expect(() => db.prepare("INSERT INTO verslag (meeting_id, created_at) VALUES (1, ?)").run(NOW)).toThrow(/UNIQUE/);
  });
});
