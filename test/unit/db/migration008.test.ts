import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig8-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A version-7 database with one meeting that has an action and a decision. */
function version7() {
  migrate(db, 7);
  db.exec(`
    INSERT INTO municipality (id, name, created_at) VALUES (1, 'Den Helder', '2026-01-01T00:00:00Z');
    INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk');
    INSERT INTO organisation (id, name, kind) VALUES (1, 'Gemeente', 'gemeente');
    INSERT INTO team (id, wijk_id, name) VALUES (1, 1, 'WCT Molenwijk');
    INSERT INTO meeting (id, team_id, date, start_time, place, status, created_at) VALUES (1, 1, '2026-10-06', '09:30', 'Wijkcentrum', 'afgerond', 'x');
    INSERT INTO agenda_item (id, meeting_id, position, title, kind, planned_minutes) VALUES (1, 1, 0, 'Wijkagenda', 'wijkagenda', 15);
    INSERT INTO action (id, team_id, meeting_id, agenda_item_id, what, owner_organisation_id, deadline, horizon, status, created_at, updated_at)
      VALUES (1, 1, 1, 1, 'Lantaarnpalen repareren', 1, '2026-12-01', 'nu', 'open', 'x', 'x');
    INSERT INTO decision (id, meeting_id, agenda_item_id, text, created_at) VALUES (1, 1, 1, 'Buurtpreventie starten', 'x');
  `);
}

const theme = () => db.exec(`INSERT INTO wijkagenda_theme (id, wijk_id, title, goal, first_year, last_year, created_at, updated_at) VALUES (1, 1, 'Veilig', 'Veilige wijk.', 2025, 2028, 'x', 'x')`);
const agenda = () => db.exec(`INSERT INTO wijkagenda (id, wijk_id, year, created_at) VALUES (1, 1, 2026, 'x')`);
const insertAgreement = (cols: string, values: string) =>
  db.prepare(`INSERT INTO wijkagenda_agreement (wijkagenda_id, theme_id, ${cols}, created_at, updated_at) VALUES (1, 1, ${values}, 'x', 'x')`).run();

describe('migration 008_wijkagenda', () => {
  it('upgrades a version-7 database and keeps its data', () => {
    version7();
    migrate(db, 8);
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare('SELECT count(*) FROM action').pluck().get()).toBe(1);
    for (const table of ['wijkagenda', 'wijkagenda_theme', 'wijkagenda_agreement', 'wijkagenda_follow_up', 'wijkagenda_review', 'wijkagenda_review_item']) {
      const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table) as string;
      expect(sql, table).toMatch(/STRICT\s*$/);
    }
  });

  it('keeps a theme within the four plan years and one agenda per wijk per year', () => {
    version7();
    migrate(db, 8);
    expect(() => db.exec(`INSERT INTO wijkagenda_theme (wijk_id, title, goal, first_year, last_year, created_at, updated_at) VALUES (1, 'X', 'Y', 2025, 2029, 'x', 'x')`)).toThrow(/CHECK/);
    agenda();
    expect(() => agenda()).toThrow(/UNIQUE/);
  });

  it('links an action without copying it, and asks a hand-entered agreement for its ground', () => {
    version7();
    migrate(db, 8);
    theme();
    agenda();
    insertAgreement('origin, action_id, meeting_id', `'action', 1, 1`);
    // Linked, not copied: an action agreement cannot hold its own what/status.
    expect(() => insertAgreement('origin, action_id, meeting_id, what', `'action', 1, 1, 'kopie'`)).toThrow(/CHECK/);
    // The same action twice on one agenda is refused.
    expect(() => insertAgreement('origin, action_id, meeting_id', `'action', 1, 1`)).toThrow(/UNIQUE/);
    const own = `'Extra prullenbakken', 1, 'nu', '2026-12-15', 'open'`;
    expect(() => insertAgreement('origin, what, owner_organisation_id, horizon, deadline, status', `'hand', ${own}`)).toThrow(/CHECK/);
    insertAgreement('origin, what, owner_organisation_id, horizon, deadline, status, ground_decision, ground_body', `'hand', ${own}, 'Uitvoeringsplan', 'College'`);
    // The horizon rules hold here as for actions.
    expect(() => insertAgreement('origin, decision_id, meeting_id, what, owner_organisation_id, horizon, status', `'decision', 1, 1, 'Preventie', 1, 'nu', 'open'`)).toThrow(/CHECK/);
    // An action on the agenda cannot be deleted.
    expect(() => db.exec('DELETE FROM action WHERE id = 1')).toThrow(/FOREIGN KEY/);
  });

  it('keeps an actualisatie unchanged once saved', () => {
    version7();
    migrate(db, 8);
    theme();
    agenda();
    insertAgreement('origin, action_id, meeting_id', `'action', 1, 1`);
    db.exec(`INSERT INTO wijkagenda_review (id, wijkagenda_id, date, item_count, created_at) VALUES (1, 1, '2026-06-15', 1, 'x')`);
    const item = () =>
      db.exec(`INSERT INTO wijkagenda_review_item (review_id, agreement_id, outcome, theme_id, theme_title, what, owner_organisation_id, owner_organisation_name, status)
               VALUES (1, 1, 'loopt_nog', 1, 'Veilig', 'Lantaarnpalen repareren', 1, 'Gemeente', 'open')`);
    item();
    expect(() => item()).toThrow(/verandert niet meer/);
    expect(() => db.exec("UPDATE wijkagenda_review_item SET outcome = 'nagekomen'")).toThrow(/verandert niet meer/);
    expect(() => db.exec("UPDATE wijkagenda_review SET date = '2026-01-01'")).toThrow(/verandert niet meer/);
    expect(() => db.exec('DELETE FROM wijkagenda_review_item')).toThrow(/verandert niet meer/);
    expect(() => db.exec('DELETE FROM wijkagenda_review')).toThrow(/verandert niet meer/);
    expect(() => db.exec('DELETE FROM wijkagenda')).toThrow(/FOREIGN KEY/);
    // Only clearing everything (the demo, with deferred foreign keys, agenda first) removes it.
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      for (const table of ['wijkagenda', 'wijkagenda_review', 'wijkagenda_review_item', 'wijkagenda_agreement', 'wijkagenda_theme']) db.exec(`DELETE FROM ${table}`);
    })();
    expect(db.prepare('SELECT count(*) FROM wijkagenda_review_item').pluck().get()).toBe(0);
  });
});
