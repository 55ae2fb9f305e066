import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from '../../../db/driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig11-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const hits = (match: string) =>
  db.prepare('SELECT kind, record_id AS id FROM search_index WHERE search_index MATCH ? ORDER BY kind, record_id').all(match) as { kind: string; id: number }[];

/** A version-10 database with a signal, an action and a decision in one meeting. */
function version10(): void {
  migrate(db, 10);
  db.exec(`
    INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk');
    INSERT INTO organisation (id, name, kind) VALUES (1, 'Gemeente', 'gemeente');
    INSERT INTO team (id, wijk_id, name) VALUES (1, 1, 'WCT Molenwijk');
    INSERT INTO meeting (id, team_id, date, start_time, place, created_at) VALUES (1, 1, '2025-01-10', '19:30', 'Wijkcentrum', '2025-01-01T00:00:00Z');
    INSERT INTO agenda_item (id, meeting_id, position, title, kind, planned_minutes) VALUES (1, 1, 0, 'Signalenronde', 'signalenronde', 30);
    INSERT INTO signal (id, team_id, meeting_id, title, date, brought_by_organisation_id, theme, description, urgency, sensitivity, status, created_at, updated_at)
      VALUES (1, 1, 1, 'Overlast bij café De Zwaan', '2025-01-10', 1, 'veiligheid', 'Terras tot laat open', 'normaal', 'normaal', 'nieuw', 'x', 'x');
    INSERT INTO decision (id, meeting_id, agenda_item_id, text, created_at) VALUES (1, 1, 1, 'De coördinatie ligt bij de gemeente.', 'x');
  `);
}

describe('migration 011_search_index', () => {
  it('upgrades a version-10 database and indexes what it already holds, accents folded', () => {
    version10();
    migrate(db, 11);
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(hits('"cafe"*')).toEqual([{ kind: 'signal', id: 1 }]);
    expect(hits('"coordinatie"*')).toEqual([{ kind: 'decision', id: 1 }]);
    expect(hits('"terr"*')).toEqual([{ kind: 'signal', id: 1 }]);
  });

  it('follows every write through its triggers, and a status change leaves the index alone', () => {
    version10();
    migrate(db, 11);
    db.exec("UPDATE signal SET description = 'Fietsen op de stoep' WHERE id = 1");
    expect(hits('"terras"')).toEqual([]);
    expect(hits('"fietsen"')).toEqual([{ kind: 'signal', id: 1 }]);
    // The index's own storage (segments, sizes), byte for byte: a rewrite would add a segment.
    const index = () => db.prepare("SELECT group_concat(id || ':' || hex(block)) FROM (SELECT * FROM search_index_data ORDER BY id)").pluck().get();
    const before = index();
    db.exec("UPDATE signal SET status = 'in_behandeling' WHERE id = 1");
    expect(index()).toBe(before);
    db.exec("UPDATE signal SET title = 'Overlast bij café De Zwaan!' WHERE id = 1");
    expect(index()).not.toBe(before);
    db.exec('DELETE FROM decision WHERE id = 1');
    expect(hits('"coordinatie"')).toEqual([]);
  });

  it('deletes with FTS5 secure-delete, so removed words do not wait for a merge', () => {
    migrate(db, 11);
    expect(db.prepare("SELECT v FROM search_index_config WHERE k = 'secure-delete'").pluck().get()).toBe(1);
  });
});
