import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from '../../../db/driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../db/migrate';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-mig3-'));
  db = new Database(join(dir, 'db.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const isDemo = () => db.prepare('SELECT is_demo FROM municipality WHERE id = 1').pluck().get();

describe('migration 003_demo_marker', () => {
  it('recognises a Voorbeeldgemeente loaded before the marker existed', () => {
    migrate(db, 2);
    db.prepare("INSERT INTO municipality (id, name, created_at) VALUES (1, 'Voorbeeldgemeente', 'now')").run();
    migrate(db, 3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(isDemo()).toBe(1);
  });

  it('leaves a real gemeente unmarked, and only accepts 0 or 1', () => {
    migrate(db, 2);
    db.prepare("INSERT INTO municipality (id, name, created_at) VALUES (1, 'Den Helder', 'now')").run();
    migrate(db, 3);
    expect(isDemo()).toBe(0);
    expect(() => db.prepare('UPDATE municipality SET is_demo = 2').run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE municipality SET is_demo = 'ja'").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'municipality'").pluck().get() as string;
    expect(sql).toMatch(/STRICT\s*$/);
  });
});
