import type { Db } from '../connection';
import type { Buurt, Wijk } from '../../contract/schemas/masterdata';

interface WijkRow {
  id: number;
  name: string;
  code: string | null;
}

export function listWijken(db: Db): Wijk[] {
  const wijken = db.prepare('SELECT id, name, code FROM wijk ORDER BY name').all() as WijkRow[];
  const buurten = db.prepare('SELECT id, wijk_id AS wijkId, name FROM buurt ORDER BY name').all() as Buurt[];
  const byWijk = new Map<number, Buurt[]>();
  for (const b of buurten) byWijk.set(b.wijkId, [...(byWijk.get(b.wijkId) ?? []), b]);
  return wijken.map((w) => ({ ...w, buurten: byWijk.get(w.id) ?? [] }));
}

export function getWijk(db: Db, id: number): Wijk | null {
  const row = db.prepare('SELECT id, name, code FROM wijk WHERE id = ?').get(id) as WijkRow | undefined;
  if (!row) return null;
  const buurten = db.prepare('SELECT id, wijk_id AS wijkId, name FROM buurt WHERE wijk_id = ? ORDER BY name').all(id) as Buurt[];
  return { ...row, buurten };
}

export function findWijkByName(db: Db, name: string): WijkRow | null {
  return (db.prepare('SELECT id, name, code FROM wijk WHERE name = ?').get(name) as WijkRow | undefined) ?? null;
}

/** A wijk always comes with its team, so a new wijk can be given members straight away. */
export function insertWijk(db: Db, name: string, code: string | null): number {
  const id = Number(db.prepare('INSERT INTO wijk (name, code) VALUES (?, ?)').run(name, code).lastInsertRowid);
  db.prepare('INSERT INTO team (wijk_id, name) VALUES (?, ?)').run(id, `Wijk-coördinatieteam ${name}`);
  return id;
}

export function updateWijk(db: Db, id: number, name: string, code: string | null): void {
  db.prepare('UPDATE wijk SET name = ?, code = ? WHERE id = ?').run(name, code, id);
}

export function getBuurt(db: Db, id: number): Buurt | null {
  return (db.prepare('SELECT id, wijk_id AS wijkId, name FROM buurt WHERE id = ?').get(id) as Buurt | undefined) ?? null;
}

export function findBuurt(db: Db, wijkId: number, name: string): Buurt | null {
  return (
    (db.prepare('SELECT id, wijk_id AS wijkId, name FROM buurt WHERE wijk_id = ? AND name = ?').get(wijkId, name) as Buurt | undefined) ?? null
  );
}

export function insertBuurt(db: Db, wijkId: number, name: string): number {
  return Number(db.prepare('INSERT INTO buurt (wijk_id, name) VALUES (?, ?)').run(wijkId, name).lastInsertRowid);
}

export function updateBuurt(db: Db, id: number, name: string): void {
  db.prepare('UPDATE buurt SET name = ? WHERE id = ?').run(name, id);
}

export function deleteBuurt(db: Db, id: number): void {
  db.prepare('DELETE FROM buurt WHERE id = ?').run(id);
}
