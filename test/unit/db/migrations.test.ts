import { afterEach, describe, expect, it } from 'vitest';
import Database from '../../../db/driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../db/connection';
import { migrate, NewerDatabaseError } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { openWithTestKey, testKeys } from '../../support/keys';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig-'));
  dirs.push(dir);
  return join(dir, 'db.sqlite');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const tables = (db: Database.Database) =>
  // Ordinary tables only: the search index is an FTS5 virtual table whose shadow tables FTS5 defines itself.
  (db
    .prepare("SELECT s.name, s.sql FROM sqlite_schema s JOIN pragma_table_list l ON l.name = s.name AND l.schema = 'main' WHERE l.type = 'table' AND s.name NOT LIKE 'sqlite_%'")
    .all() as { name: string; sql: string }[]);

describe('database setup', () => {
  it('opens with WAL, synchronous=FULL and foreign keys on, migrated to the latest version', () => {
    const db = openDatabase(tempFile(), { keys: testKeys() });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('creates only STRICT tables', () => {
    const db = openDatabase(tempFile(), { keys: testKeys() });
    for (const t of tables(db)) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
    db.close();
  });

  it('refuses a database made by a newer version and leaves it untouched', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    expect(() => openDatabase(file, { keys: testKeys() })).toThrow(NewerDatabaseError);
    expect(() => openDatabase(file, { keys: testKeys() })).toThrow(/nieuwere versie van Wijkoverleg/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    expect(tables(check)).toHaveLength(0);
    // Not even switched to WAL: the file is exactly as the newer version left it.
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('rolls back every pending migration when one fails', () => {
    const file = tempFile();
    const db = new Database(file);
    const broken = { name: 'broken', up: () => { throw new Error('boom'); } };
    migrations.push(broken);
    try {
      expect(() => migrate(db)).toThrow('boom');
    } finally {
      migrations.pop();
    }
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(db)).toHaveLength(0);
    db.close();
  });

  it('rolls back a migration that leaves a foreign key pointing nowhere', () => {
    const file = tempFile();
    openDatabase(file, { keys: testKeys() }).close();
    const db = openWithTestKey(file);
    // Off, as for a table rebuild: the orphan goes in unchecked and only foreign_key_check sees it.
    db.pragma('foreign_keys = OFF');
    const orphaning = {
      name: 'orphaning',
      up: (d: Database.Database) => {
        d.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, wijk_id INTEGER NOT NULL REFERENCES wijk (id)) STRICT');
        d.exec('INSERT INTO note (wijk_id) VALUES (999)');
      },
    };
    migrations.push(orphaning);
    try {
      expect(() => migrate(db)).toThrow(/Foreign key check failed/);
    } finally {
      migrations.pop();
    }
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(tables(db).map((t) => t.name)).not.toContain('note');
    db.close();
  });

  it('is idempotent: reopening does not migrate again', () => {
    const file = tempFile();
    openDatabase(file, { keys: testKeys() }).close();
    const db = openDatabase(file, { keys: testKeys() });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });
});

describe('migration 001_master_data', () => {
  it('creates the master-data tables and enforces their rules', () => {
    const db = new Database(tempFile());
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    expect(tables(db).map((t) => t.name).sort()).toEqual(
      ['buurt', 'municipality', 'organisation', 'person', 'team', 'team_member', 'wijk'].sort(),
    );
    db.prepare("INSERT INTO wijk (name) VALUES ('Molenwijk')").run();
    expect(() => db.prepare("INSERT INTO wijk (name) VALUES ('molenwijk')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO buurt (wijk_id, name) VALUES (99, 'X')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO organisation (name, kind) VALUES ('X', 'bakkerij')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO municipality (id, name, created_at) VALUES (2, 'X', 'now')").run()).toThrow(/CHECK/);
    db.close();
  });
});
