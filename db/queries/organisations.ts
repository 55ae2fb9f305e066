import type { Db } from '../connection';
import type { Organisation, OrganisationKind } from '../../contract/schemas/masterdata';

export interface OrganisationInput {
  name: string;
  kind: OrganisationKind;
  attendanceRequired: boolean;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  note: string | null;
}

const SELECT = `
  SELECT o.id, o.name, o.kind, o.attendance_required AS attendanceRequired,
         o.contact_name AS contactName, o.contact_email AS contactEmail, o.contact_phone AS contactPhone, o.note,
         (SELECT count(*) FROM person p WHERE p.organisation_id = o.id AND p.active = 1) AS activePeople
  FROM organisation o`;

const toOrganisation = (row: Omit<Organisation, 'attendanceRequired'> & { attendanceRequired: number }): Organisation => ({
  ...row,
  attendanceRequired: row.attendanceRequired === 1,
});

export function listOrganisations(db: Db): Organisation[] {
  return (db.prepare(`${SELECT} ORDER BY o.name`).all() as Parameters<typeof toOrganisation>[0][]).map(toOrganisation);
}

export function getOrganisation(db: Db, id: number): Organisation | null {
  const row = db.prepare(`${SELECT} WHERE o.id = ?`).get(id) as Parameters<typeof toOrganisation>[0] | undefined;
  return row ? toOrganisation(row) : null;
}

export function findOrganisationByName(db: Db, name: string): { id: number } | null {
  return (db.prepare('SELECT id FROM organisation WHERE name = ?').get(name) as { id: number } | undefined) ?? null;
}

const params = (o: OrganisationInput) => [
  o.name,
  o.kind,
  o.attendanceRequired ? 1 : 0,
  o.contactName,
  o.contactEmail,
  o.contactPhone,
  o.note,
];

export function insertOrganisation(db: Db, o: OrganisationInput): number {
  return Number(
    db
      .prepare(
        `INSERT INTO organisation (name, kind, attendance_required, contact_name, contact_email, contact_phone, note)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...params(o)).lastInsertRowid,
  );
}

export function updateOrganisation(db: Db, id: number, o: OrganisationInput): void {
  db.prepare(
    `UPDATE organisation SET name = ?, kind = ?, attendance_required = ?, contact_name = ?, contact_email = ?,
       contact_phone = ?, note = ? WHERE id = ?`,
  ).run(...params(o), id);
}
