import type { Db } from '../connection';
import type { Person } from '../../contract/schemas/masterdata';

export interface PersonInput {
  name: string;
  organisationId: number;
  role: string;
  email: string | null;
  phone: string | null;
}

const SELECT = `
  SELECT p.id, p.name, p.organisation_id AS organisationId, o.name AS organisationName, p.role, p.email, p.phone,
         p.active, p.left_on AS leftOn
  FROM person p JOIN organisation o ON o.id = p.organisation_id`;

type Row = Omit<Person, 'active'> & { active: number };
const toPerson = (row: Row): Person => ({ ...row, active: row.active === 1 });

export function listPeople(db: Db): Person[] {
  return (db.prepare(`${SELECT} ORDER BY p.active DESC, p.name`).all() as Row[]).map(toPerson);
}

export function getPerson(db: Db, id: number): Person | null {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as Row | undefined;
  return row ? toPerson(row) : null;
}

export function insertPerson(db: Db, p: PersonInput): number {
  return Number(
    db
      .prepare('INSERT INTO person (name, organisation_id, role, email, phone) VALUES (?, ?, ?, ?, ?)')
      .run(p.name, p.organisationId, p.role, p.email, p.phone).lastInsertRowid,
  );
}

export function updatePerson(db: Db, id: number, p: PersonInput): void {
  db.prepare('UPDATE person SET name = ?, organisation_id = ?, role = ?, email = ?, phone = ? WHERE id = ?').run(
    p.name,
    p.organisationId,
    p.role,
    p.email,
    p.phone,
    id,
  );
}

export function setPersonActive(db: Db, id: number, active: boolean, leftOn: string | null): void {
  db.prepare('UPDATE person SET active = ?, left_on = ? WHERE id = ?').run(active ? 1 : 0, active ? null : leftOn, id);
}
