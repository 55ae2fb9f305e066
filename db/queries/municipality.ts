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
  return getMunicipality(db)!;
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
  // Virtual tables (the search index) are emptied through themselves; their shadow tables are theirs to keep.
  const tables = db
    .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  // References between the tables are checked at commit, when all of them are empty.
  db.pragma('defer_foreign_keys = ON');
  for (const table of tables) db.prepare(`DELETE FROM "${table.replaceAll('"', '""')}"`).run();
}
