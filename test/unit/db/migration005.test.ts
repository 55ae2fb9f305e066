import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig5-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const OLD = 'Verslag en actielijst vorige overleg';
const NEW = 'Verslag en actielijst vorig overleg';

describe('migration 005_vorig_overleg_and_routed_signals', () => {
  it('renames the standard item in templates and planned meetings, keeps held minutes, and settles routed new signals', () => {
    migrate(db, 4);
    db.exec(`
      INSERT INTO municipality (id, name, created_at) VALUES (1, 'Den Helder', 'now');
      INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk');
      INSERT INTO organisation (id, name, kind) VALUES (1, 'Gemeente', 'gemeente');
      INSERT INTO team (id, wijk_id, name) VALUES (1, 1, 'WCT Molenwijk');
      INSERT INTO agenda_template_item (team_id, position, title, kind, planned_minutes) VALUES (1, 0, '${OLD}', 'verslag_actielijst', 15), (1, 1, 'Eigen titel', 'verslag_actielijst', 15);
      INSERT INTO meeting (id, team_id, date, start_time, place, status, finished_at, created_at) VALUES (1, 1, '2026-10-06', '09:30', 'Wijkcentrum', 'afgerond', 'x', 'now');
      INSERT INTO meeting (id, team_id, date, start_time, place, created_at) VALUES (2, 1, '2026-12-08', '09:30', 'Wijkcentrum', 'now');
      INSERT INTO agenda_item (id, meeting_id, position, title, kind, planned_minutes) VALUES (1, 1, 0, '${OLD}', 'verslag_actielijst', 15), (2, 2, 0, '${OLD}', 'verslag_actielijst', 15);
      INSERT INTO signal (team_id, meeting_id, title, date, brought_by_organisation_id, theme, description, urgency, sensitivity, status, routed_to, created_at, updated_at) VALUES
        (1, 1, 'Doorgezet maar nieuw', '2026-10-06', 1, 'overlast', 'x', 'normaal', 'normaal', 'nieuw', 'veiligheid', 'now', 'now'),
        (1, 1, 'Nog niet doorgezet', '2026-10-06', 1, 'wonen', 'x', 'normaal', 'normaal', 'nieuw', NULL, 'now', 'now'),
        (1, 1, 'In behandeling', '2026-10-06', 1, 'zorg', 'x', 'normaal', 'normaal', 'in_behandeling', 'zorg', 'now', 'now');
    `);
    migrate(db, 5);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare('SELECT title FROM agenda_template_item ORDER BY position').pluck().all()).toEqual([NEW, 'Eigen titel']);
    // The minutes of a meeting that was held keep the words they were held with.
    expect(db.prepare('SELECT title FROM agenda_item ORDER BY id').pluck().all()).toEqual([OLD, NEW]);
    expect(db.prepare('SELECT title, status FROM signal ORDER BY id').raw().all()).toEqual([
      ['Doorgezet maar nieuw', 'doorgezet'],
      ['Nog niet doorgezet', 'nieuw'],
      ['In behandeling', 'in_behandeling'],
    ]);
  });
});
