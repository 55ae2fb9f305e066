import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from '../../../db/driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig4-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A version-3 database with current and former members from two organisations. */
function version3() {
  migrate(db, 3);
  db.exec(`
    INSERT INTO municipality (id, name, created_at) VALUES (1, 'Den Helder', '2026-01-01T00:00:00Z');
    INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk'), (2, 'Zuid');
    INSERT INTO organisation (id, name, kind) VALUES (1, 'Gemeente', 'gemeente'), (2, 'Woonstichting', 'woningcorporatie');
    INSERT INTO person (id, name, organisation_id, role) VALUES (1, 'Rachid', 1, 'Wijkmanager'), (2, 'Wendy', 2, 'Sociaal wijkmeester');
    INSERT INTO team (id, wijk_id, name, chair_id) VALUES (1, 1, 'WCT Molenwijk', 1), (2, 2, 'WCT Zuid', NULL);
    INSERT INTO team_member (team_id, person_id, since, until) VALUES
      (1, 1, '2025-01-01', NULL), (1, 2, '2024-01-01', '2025-06-30'), (2, 2, '2025-07-01', NULL);
  `);
}

const memberships = () =>
  db.prepare('SELECT team_id AS teamId, person_id AS personId, organisation_id AS organisationId FROM team_member ORDER BY id').all();

describe('migration 004_member_organisation', () => {
  it('upgrades a version-3 database: every membership gets the organisation the person has now', () => {
    version3();
    migrate(db, 4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(memberships()).toEqual([
      { teamId: 1, personId: 1, organisationId: 1 },
      { teamId: 1, personId: 2, organisationId: 2 },
      { teamId: 2, personId: 2, organisationId: 2 },
    ]);
    const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'team_member'").pluck().get() as string;
    expect(sql).toMatch(/STRICT\s*$/);
  });

  it('requires the organisation on every new or changed membership, and a real one', () => {
    version3();
    migrate(db, 4);
    expect(() => db.prepare("INSERT INTO team_member (team_id, person_id, since) VALUES (2, 1, '2026-01-01')").run()).toThrow(/organisation_id is required/);
    expect(() => db.prepare('UPDATE team_member SET organisation_id = NULL WHERE id = 1').run()).toThrow(/organisation_id is required/);
    expect(() => db.prepare("INSERT INTO team_member (team_id, person_id, organisation_id, since) VALUES (2, 1, 99, '2026-01-01')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO team_member (team_id, person_id, organisation_id, since) VALUES (2, 1, 'Gemeente', '2026-01-01')").run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    db.prepare("INSERT INTO team_member (team_id, person_id, organisation_id, since) VALUES (2, 1, 1, '2026-01-01')").run();
    // An organisation with memberships on record cannot go: the history would lose its name.
    db.prepare('UPDATE person SET organisation_id = 1 WHERE id = 2').run();
    expect(() => db.prepare('DELETE FROM organisation WHERE id = 2').run()).toThrow(/FOREIGN KEY/);
  });
});
