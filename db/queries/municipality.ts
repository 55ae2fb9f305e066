import { present } from '../../contract/errors';
import type { Db } from '../connection';
import type { Municipality } from '../../contract/schemas/masterdata';

export function getMunicipality(db: Db): Municipality | null {
  const row = db.prepare('SELECT name, created_at AS createdAt FROM municipality WHERE id = 1').get() as Municipality | undefined;
  return row ?? null;
}

export function saveMunicipality(db: Db, name: string, now = new Date()): Municipality {
  db.prepare(
    `INSERT INTO municipality (id, name, created_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name,
       -- Renaming the Voorbeeldgemeente makes it the user's own: from then on it is never cleared as a demo.
       is_demo = CASE WHEN excluded.name = name THEN is_demo ELSE 0 END`,
  ).run(name, now.toISOString());
  return present(getMunicipality(db), 'De gemeente');
}

export const isDemo = (db: Db): boolean =>
  db.prepare("SELECT 1 FROM municipality WHERE id = 1 AND is_demo = 1 AND name = 'Voorbeeldgemeente'").get() !== undefined;

export function markDemo(db: Db): void {
  db.prepare('UPDATE municipality SET is_demo = 1 WHERE id = 1').run();
}

/**
 * Empties every table (the schema and its version stay). Only ever called for the demo data:
 * the caller checks `isDemo` in the same transaction.
 */
export function clearAllData(db: Db): void {
  const tables = db
    // The profile belongs to the person at this laptop, not to the gemeente's data. The search
    // index (a virtual table) is emptied through itself; its shadow tables are FTS5's own.
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'app_profile'
         AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow') ORDER BY name = 'audit_log'`,
    )
    .pluck()
    .all() as string[];
  // The audit trail goes last: deleting the rest writes to it. References between the tables are checked at commit, when all of them are empty.
  db.pragma('defer_foreign_keys = ON');
  // A vastgesteld verslag is locked by triggers (migration 007). The demo's own verslagen must go
  // too: lift the locks for this delete only, inside the caller's transaction, and put them back.
  const locks = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'verslag\\_%\\_locked\\_delete' ESCAPE '\\'").all() as { name: string; sql: string }[];
  for (const lock of locks) db.exec(`DROP TRIGGER "${lock.name}"`);
  for (const table of tables) db.prepare(`DELETE FROM "${table.replaceAll('"', '""')}"`).run();
  for (const lock of locks) db.exec(lock.sql);
}
