import type { Db } from '../connection';
import type { Decision } from '../../contract/schemas/decisions';

const SELECT = 'SELECT id, meeting_id AS meetingId, agenda_item_id AS agendaItemId, text, created_at AS createdAt FROM decision';

export function listDecisions(db: Db, meetingId: number): Decision[] {
  return db.prepare(`${SELECT} WHERE meeting_id = ? ORDER BY id`).all(meetingId) as Decision[];
}

export function getDecision(db: Db, id: number): Decision | null {
  return (db.prepare(`${SELECT} WHERE id = ?`).get(id) as Decision | undefined) ?? null;
}

export function insertDecision(db: Db, meetingId: number, agendaItemId: number, text: string, now: Date): number {
  return Number(
    db
      .prepare('INSERT INTO decision (meeting_id, agenda_item_id, text, created_at) VALUES (?, ?, ?, ?)')
      .run(meetingId, agendaItemId, text, now.toISOString()).lastInsertRowid,
  );
}

export function updateDecision(db: Db, id: number, text: string): void {
  db.prepare('UPDATE decision SET text = ? WHERE id = ?').run(text, id);
}

export function deleteDecision(db: Db, id: number): void {
  db.prepare('DELETE FROM decision WHERE id = ?').run(id);
}
