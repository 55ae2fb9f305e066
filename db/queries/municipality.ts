import type { Db } from '../connection';
import type { Municipality } from '../../contract/schemas/masterdata';

export function getMunicipality(db: Db): Municipality | null {
  const row = db.prepare('SELECT name, created_at AS createdAt FROM municipality WHERE id = 1').get() as Municipality | undefined;
  return row ?? null;
}

export function saveMunicipality(db: Db, name: string, now = new Date()): Municipality {
  db.prepare(
    `INSERT INTO municipality (id, name, created_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name`,
  ).run(name, now.toISOString());
  return getMunicipality(db)!;
}
