import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../db/connection';
import { testKeys } from '../../support/keys';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-stmt-'));
  db = openDatabase(join(dir, 'db.sqlite'), { keys: testKeys() });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('prepared statements are cached per connection', () => {
  it('compiles each SQL text once and hands out the same statement', () => {
    const sql = 'SELECT id, name FROM wijk WHERE id = ?';
    expect(db.prepare(sql)).toBe(db.prepare(sql));
    expect(db.prepare(sql)).not.toBe(db.prepare('SELECT id FROM wijk'));
  });

  it('resets the output mode a previous caller set (raw, pluck), so every caller gets plain rows', () => {
    db.exec("INSERT INTO wijk (name) VALUES ('Molenwijk')");
    const sql = 'SELECT id, name FROM wijk';
    expect(db.prepare(sql).pluck().get()).toBe(1);
    expect(db.prepare(sql).raw(true).get()).toEqual([1, 'Molenwijk']);
    expect(db.prepare(sql).get()).toEqual({ id: 1, name: 'Molenwijk' });
  });

  it('keeps statements that write working, with their own results', () => {
    const insert = "INSERT INTO wijk (name) VALUES (?)";
    expect(db.prepare(insert).run('Binnenstad').changes).toBe(1);
    expect(db.prepare(insert).run('Noorderhaven').lastInsertRowid).toBe(2);
  });
});
