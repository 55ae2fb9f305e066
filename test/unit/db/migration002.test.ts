import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from '../../../db/driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig2-'));
  db = new Database(join(dir, 'db.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const NEW_TABLES = [
  'action',
  'action_follow_up',
  'agenda_item',
  'agenda_template_item',
  'attendance',
  'decision',
  'meeting',
  'meeting_guest',
  'signal',
  'signal_follow_up',
  'undo_log',
];

/** A version-1 database with master data, as shipped before meetings existed. */
function masterData() {
  migrate(db, 1);
  db.exec(`
    INSERT INTO municipality (id, name, created_at) VALUES (1, 'Den Helder', '2026-01-01T00:00:00Z');
    INSERT INTO wijk (id, name) VALUES (1, 'Molenwijk');
    INSERT INTO buurt (id, wijk_id, name) VALUES (1, 1, 'Molenkamp');
    INSERT INTO organisation (id, name, kind) VALUES (1, 'Gemeente', 'gemeente');
    INSERT INTO person (id, name, organisation_id, role) VALUES (1, 'Rachid', 1, 'Wijkmanager');
    INSERT INTO team (id, wijk_id, name, chair_id) VALUES (1, 1, 'WCT Molenwijk', 1);
  `);
  migrate(db, 2);
  db.exec(`
    INSERT INTO meeting (id, team_id, date, start_time, place, created_at) VALUES (1, 1, '2026-12-08', '09:30', 'Wijkcentrum', 'now');
    INSERT INTO agenda_item (id, meeting_id, position, title, kind, planned_minutes) VALUES (1, 1, 0, 'Signalenronde', 'signalenronde', 30);
  `);
}

const signalSql = (extra = '', values = '') =>
  `INSERT INTO signal (team_id, meeting_id, title, date, brought_by_organisation_id, theme, description, urgency, sensitivity, status, created_at, updated_at${extra})
   VALUES (1, 1, 'Titel', '2026-12-08', 1, 'zorg', 'Omschrijving', 'normaal', 'normaal', 'nieuw', 'now', 'now'${values})`;

const actionSql = (horizon: string, columns: string, values: string) =>
  `INSERT INTO action (team_id, meeting_id, agenda_item_id, what, owner_organisation_id, horizon, status, created_at, updated_at${columns})
   VALUES (1, 1, 1, 'Wat', 1, '${horizon}', 'open', 'now', 'now'${values})`;

describe('migration 002_meetings', () => {
  it('upgrades a version-1 database with data and creates STRICT tables', () => {
    masterData();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
    const names = tables.map((t) => t.name);
    for (const name of NEW_TABLES) expect(names).toContain(name);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
    expect(db.prepare('SELECT name FROM wijk').all()).toEqual([{ name: 'Molenwijk' }]);
  });

  it('has indexes for the overview queries', () => {
    masterData();
    const indexes = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((i) => i.name);
    for (const name of ['meeting_team_date', 'agenda_item_meeting', 'signal_team_status', 'action_team_status', 'action_owner', 'attendance_organisation', 'undo_log_meeting']) {
      expect(indexes).toContain(name);
    }
  });

  it('checks enums, dates and times', () => {
    masterData();
    expect(() => db.prepare("INSERT INTO meeting (team_id, date, start_time, place, created_at) VALUES (1, '8-12-2026', '09:30', 'X', 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO meeting (team_id, date, start_time, end_time, place, created_at) VALUES (1, '2026-12-08', '10:00', '09:00', 'X', 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO meeting (team_id, date, start_time, place, status, created_at) VALUES (1, '2026-12-08', '10:00', 'X', 'geannuleerd', 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO agenda_item (meeting_id, position, title, kind, planned_minutes) VALUES (1, 1, 'X', 'pauze', 5)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO agenda_item (meeting_id, position, title, kind, planned_minutes) VALUES (1, 1, 'X', 'overig', 'tien')").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => db.prepare(signalSql().replace("'zorg'", "'parkeren'")).run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO attendance (meeting_id, person_id, organisation_id, organisation_name, role, status) VALUES (1, 1, 1, 'G', 'W', 'ziek')").run()).toThrow(/CHECK/);
  });

  it('only a running meeting has a current agenda item', () => {
    masterData();
    expect(() => db.prepare('UPDATE meeting SET current_item_id = 1 WHERE id = 1').run()).toThrow(/CHECK/);
    db.prepare("UPDATE meeting SET status = 'bezig', current_item_id = 1 WHERE id = 1").run();
  });

  it('enforces the horizon rules and the vervallen reason in the table too', () => {
    masterData();
    expect(() => db.prepare(actionSql('nu', '', '')).run()).toThrow(/CHECK/);
    db.prepare(actionSql('nu', ', deadline', ", '2026-12-01'")).run();
    expect(() => db.prepare(actionSql('ooit', ', preconditions', ", 'Budget'")).run()).toThrow(/CHECK/);
    db.prepare(actionSql('ooit', ', preconditions, decision_due', ", 'Budget', '2027-01-01'")).run();
    expect(() => db.prepare(actionSql('nooit', ', closed_on', ", '2026-12-08'")).run()).toThrow(/CHECK/);
    db.prepare(actionSql('nooit', ', motivation, closed_on', ", 'Te duur', '2026-12-08'")).run();
    expect(() => db.prepare("UPDATE action SET status = 'vervallen', closed_on = '2026-12-08' WHERE horizon = 'nu'").run()).toThrow(/CHECK/);
    // Without a link to a signal or agenda item there is no waarom.
    expect(() => db.prepare(actionSql('nu', ', deadline', ", '2026-12-01'").replace('(1, 1, 1,', '(1, 1, NULL,')).run()).toThrow(/CHECK/);
  });

  it('requires an outcome for an afgehandeld signal and a substitute for vervangen', () => {
    masterData();
    expect(() => db.prepare(signalSql().replace("'nieuw'", "'afgehandeld'")).run()).toThrow(/CHECK/);
    db.prepare(signalSql()).run();
    expect(() => db.prepare("UPDATE signal SET status = 'afgehandeld', closed_on = '2026-12-08'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE signal SET status = 'afgehandeld', closed_on = '2026-12-08', outcome = 'Opgelost'").run();
    expect(() => db.prepare("INSERT INTO attendance (meeting_id, person_id, organisation_id, organisation_name, role, status) VALUES (1, 1, 1, 'G', 'W', 'vervangen')").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO attendance (meeting_id, person_id, organisation_id, organisation_name, role, status, substitute_name) VALUES (1, 1, 1, 'G', 'W', 'aanwezig', 'X')").run(),
    ).toThrow(/CHECK/);
    db.prepare("INSERT INTO attendance (meeting_id, person_id, organisation_id, organisation_name, role, status, substitute_name) VALUES (1, 1, 1, 'G', 'W', 'vervangen', 'Collega')").run();
    expect(() => db.prepare("INSERT INTO attendance (meeting_id, person_id, organisation_id, organisation_name, role) VALUES (1, 1, 1, 'G', 'W')").run()).toThrow(/UNIQUE/);
  });

  it('keeps references intact: buurten and agenda items in use cannot go, a meeting takes its agenda along', () => {
    masterData();
    db.prepare(signalSql(', buurt_id, agenda_item_id', ', 1, 1')).run();
    expect(() => db.prepare('DELETE FROM buurt WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM agenda_item WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM signal').run();
    db.prepare("INSERT INTO undo_log (meeting_id, label, done, changes, created_at) VALUES (1, 'l', 'd', '[]', 'now')").run();
    expect(() => db.prepare("INSERT INTO undo_log (meeting_id, label, done, changes, created_at) VALUES (1, 'l', 'd', 'geen json', 'now')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM meeting WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM agenda_item').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM undo_log').get()).toEqual({ n: 0 });
  });
});
