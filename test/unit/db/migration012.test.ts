import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from '../../../db/driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig12-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const hits = (match: string) =>
  db.prepare('SELECT kind, record_id AS id, meeting_id AS meetingId, date FROM search_index WHERE search_index MATCH ? ORDER BY kind, record_id').all(match) as {
    kind: string;
    id: number;
    meetingId: number;
    date: string;
  }[];
const verslagHits = (match: string) => hits(match).filter((h) => h.kind === 'verslag');

/**
 * A version-11 database with two verslagen: meeting 1's was vastgesteld (version 1) and corrected
 * (version 2, a concept); meeting 2's is a concept without any text yet.
 */
function version11(): void {
  migrate(db, 11);
  db.exec(`
    INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk');
    INSERT INTO organisation (id, name, kind) VALUES (1, 'Gemeente', 'gemeente');
    INSERT INTO team (id, wijk_id, name) VALUES (1, 1, 'WCT Molenwijk');
    INSERT INTO meeting (id, team_id, date, start_time, place, created_at) VALUES (1, 1, '2026-10-08', '19:30', 'Wijkcentrum', 'x');
    INSERT INTO meeting (id, team_id, date, start_time, place, created_at) VALUES (2, 1, '2026-11-12', '19:30', 'Wijkcentrum', 'x');
    INSERT INTO agenda_item (id, meeting_id, position, title, kind, planned_minutes) VALUES (1, 1, 0, 'Signalenronde', 'signalenronde', 30);
    INSERT INTO agenda_item (id, meeting_id, position, title, kind, planned_minutes) VALUES (2, 1, 1, 'Rondvraag', 'rondvraag', 10);
    INSERT INTO verslag (id, meeting_id, created_at) VALUES (1, 1, 'x');
    INSERT INTO verslag_version (id, verslag_id, version, created_at, updated_at) VALUES (1, 1, 1, 'x', 'x');
    INSERT INTO verslag_summary (version_id, agenda_item_id, text, updated_at) VALUES (1, 1, 'De buurtschouw in de Molenkamp vindt in maart plaats.', 'x');
    UPDATE verslag_version SET status = 'vastgesteld', vastgesteld_on = '2026-11-12', vastgesteld_at = 'x', content = '{}' WHERE id = 1;
    INSERT INTO verslag_version (id, verslag_id, version, correction_reason, created_at, updated_at) VALUES (2, 1, 2, 'Datum van de schouw was onjuist', 'x', 'x');
    INSERT INTO verslag_summary (version_id, agenda_item_id, text, updated_at) VALUES (2, 1, 'De buurtschouw in de Molenkamp vindt in april plaats.', 'x');
    INSERT INTO verslag_summary (version_id, agenda_item_id, text, updated_at) VALUES (2, 2, 'Bibliotheek opent een spreekuur in het café.', 'x');
    INSERT INTO verslag (id, meeting_id, created_at) VALUES (2, 2, 'x');
    INSERT INTO verslag_version (id, verslag_id, version, created_at, updated_at) VALUES (3, 2, 1, 'x', 'x');
  `);
}

describe('migration 012_verslag_search', () => {
  it('upgrades a version-11 database and indexes the latest version of every verslag that has text, accents folded', () => {
    version11();
    expect(hits('"buurtschouw"')).toEqual([]);
    migrate(db, 12);
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(verslagHits('"april"')).toEqual([{ kind: 'verslag', id: 1, meetingId: 1, date: '2026-10-08' }]);
    expect(verslagHits('"cafe"')).toEqual([{ kind: 'verslag', id: 1, meetingId: 1, date: '2026-10-08' }]);
    expect(verslagHits('"onjuist"')).toHaveLength(1);
    // The vastgesteld version 1 said "maart": only the latest version is found.
    expect(verslagHits('"maart"')).toEqual([]);
    // Prefixes, as typed: "spreek" finds "spreekuur".
    expect(verslagHits('"spreek"*')).toHaveLength(1);
    // Meeting 2's verslag has no text yet: no row at all.
    expect(db.prepare('SELECT count(*) FROM search_index WHERE kind = ?').pluck().get('verslag')).toBe(1);
    // The index's title stays empty for a verslag (the label is built when reading).
    expect(db.prepare("SELECT title FROM search_index WHERE kind = 'verslag'").pluck().get()).toBe('');
  });

  it('follows the notulist: a saved, changed or removed summary, a new verslag, a correction, a moved meeting', () => {
    version11();
    migrate(db, 12);
    // Meeting 2's concept gets text.
    db.exec("INSERT INTO agenda_item (id, meeting_id, position, title, kind, planned_minutes) VALUES (3, 2, 0, 'Signalenronde', 'signalenronde', 30)");
    db.exec("INSERT INTO verslag_summary (version_id, agenda_item_id, text, updated_at) VALUES (3, 3, 'Zwerfafval bij de glasbak aan de Dorpsstraat.', 'x')");
    expect(verslagHits('"zwerfafval"')).toEqual([{ kind: 'verslag', id: 2, meetingId: 2, date: '2026-11-12' }]);
    db.exec("UPDATE verslag_summary SET text = 'Grofvuil bij de glasbak aan de Dorpsstraat.' WHERE version_id = 3");
    expect(verslagHits('"zwerfafval"')).toEqual([]);
    expect(verslagHits('"grofvuil"')).toHaveLength(1);
    db.exec('DELETE FROM verslag_summary WHERE version_id = 3');
    expect(verslagHits('"grofvuil"')).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM search_index WHERE kind = 'verslag' AND record_id = 2").pluck().get()).toBe(0);

    // Version 2 vastgesteld, then a third version: its reason and (copied, then edited) text replace version 2's.
    db.exec("UPDATE verslag_version SET status = 'vastgesteld', vastgesteld_on = '2026-11-12', vastgesteld_at = 'x', content = '{}' WHERE id = 2");
    expect(verslagHits('"april"')).toHaveLength(1);
    db.exec("INSERT INTO verslag_version (id, verslag_id, version, correction_reason, created_at, updated_at) VALUES (4, 1, 3, 'Spelling van de straatnaam', 'x', 'x')");
    expect(verslagHits('"april"')).toEqual([]);
    expect(verslagHits('"straatnaam"')).toHaveLength(1);
    db.exec("INSERT INTO verslag_summary (version_id, agenda_item_id, text, updated_at) VALUES (4, 1, 'De buurtschouw in de Molenkamp vindt in mei plaats.', 'x')");
    expect(verslagHits('"mei"')).toHaveLength(1);
    expect(verslagHits('"april"')).toEqual([]);

    // A moved meeting moves its verslag in the period filter; actions and decisions still follow as in 011.
    db.exec("INSERT INTO decision (id, meeting_id, agenda_item_id, text, created_at) VALUES (1, 1, 1, 'Schouw gaat door.', 'x')");
    db.exec("UPDATE meeting SET date = '2026-10-09' WHERE id = 1");
    expect(verslagHits('"mei"')[0]?.date).toBe('2026-10-09');
    expect(hits('"schouw"').find((h) => h.kind === 'decision')?.date).toBe('2026-10-09');

    // A concept version removed (as the demo wipe does) leaves the version before it in the index.
    db.exec('DELETE FROM verslag_version WHERE id = 4');
    expect(verslagHits('"mei"')).toEqual([]);
    expect(verslagHits('"april"')).toHaveLength(1);
  });

  it('keeps each kind in its own rowid slot: a verslag never replaces a signal, action or decision', () => {
    version11();
    db.exec(`
      INSERT INTO signal (id, team_id, meeting_id, title, date, brought_by_organisation_id, theme, description, urgency, sensitivity, status, created_at, updated_at)
        VALUES (1, 1, 1, 'Lantaarnpaal kapot', '2026-10-08', 1, 'openbare_ruimte', 'Molenkamp 4', 'normaal', 'normaal', 'nieuw', 'x', 'x');
    `);
    migrate(db, 12);
    const rows = db.prepare('SELECT rowid, kind, record_id AS id FROM search_index ORDER BY rowid').all();
    expect(rows).toEqual([
      { rowid: 4, kind: 'verslag', id: 1 },
      { rowid: 5, kind: 'signal', id: 1 },
    ]);
  });
});
