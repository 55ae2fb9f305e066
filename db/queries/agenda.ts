import type { Db } from '../connection';
import type { AgendaItemKind, AgendaTemplate, TemplateItem } from '../../contract/schemas/meetings';
import { DEFAULT_AGENDA } from '../../contract/schemas/meetings';

export interface AgendaItemRow {
  id: number;
  meetingId: number;
  position: number;
  title: string;
  kind: AgendaItemKind;
  plannedMinutes: number;
  notes: string | null;
  spentSeconds: number;
  currentSince: string | null;
}

const SELECT = `
  SELECT id, meeting_id AS meetingId, position, title, kind, planned_minutes AS plannedMinutes, notes,
         spent_seconds AS spentSeconds, current_since AS currentSince
  FROM agenda_item`;

// ---- template -------------------------------------------------------------------------------

/** A team without its own template uses the standard agenda. */
export function getTemplate(db: Db, teamId: number): AgendaTemplate {
  const items = db
    .prepare('SELECT title, kind, planned_minutes AS plannedMinutes FROM agenda_template_item WHERE team_id = ? ORDER BY position')
    .all(teamId) as TemplateItem[];
  return items.length > 0 ? { teamId, isDefault: false, items } : { teamId, isDefault: true, items: DEFAULT_AGENDA.map((i) => ({ ...i })) };
}

export function replaceTemplate(db: Db, teamId: number, items: readonly TemplateItem[]): void {
  db.prepare('DELETE FROM agenda_template_item WHERE team_id = ?').run(teamId);
  const insert = db.prepare('INSERT INTO agenda_template_item (team_id, position, title, kind, planned_minutes) VALUES (?, ?, ?, ?, ?)');
  items.forEach((item, position) => insert.run(teamId, position, item.title, item.kind, item.plannedMinutes));
}

// ---- agenda items ---------------------------------------------------------------------------

export function listAgendaItems(db: Db, meetingId: number): AgendaItemRow[] {
  return db.prepare(`${SELECT} WHERE meeting_id = ? ORDER BY position, id`).all(meetingId) as AgendaItemRow[];
}

export function getAgendaItem(db: Db, id: number): AgendaItemRow | null {
  return (db.prepare(`${SELECT} WHERE id = ?`).get(id) as AgendaItemRow | undefined) ?? null;
}

export function insertAgendaItem(db: Db, meetingId: number, position: number, item: TemplateItem): number {
  return Number(
    db
      .prepare('INSERT INTO agenda_item (meeting_id, position, title, kind, planned_minutes) VALUES (?, ?, ?, ?, ?)')
      .run(meetingId, position, item.title, item.kind, item.plannedMinutes).lastInsertRowid,
  );
}

export function updateAgendaItem(
  db: Db,
  id: number,
  fields: Partial<Pick<AgendaItemRow, 'title' | 'kind' | 'plannedMinutes' | 'notes'>>,
): void {
  const current = getAgendaItem(db, id);
  if (!current) return;
  const next = { ...current, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
  db.prepare('UPDATE agenda_item SET title = ?, kind = ?, planned_minutes = ?, notes = ? WHERE id = ?').run(
    next.title,
    next.kind,
    next.plannedMinutes,
    next.notes,
    id,
  );
}

/** Writes positions 0..n-1 in the given order. */
export function setAgendaOrder(db: Db, orderedIds: readonly number[]): void {
  const update = db.prepare('UPDATE agenda_item SET position = ? WHERE id = ?');
  orderedIds.forEach((id, position) => update.run(position, id));
}

export function deleteAgendaItem(db: Db, id: number): void {
  db.prepare('DELETE FROM agenda_item WHERE id = ?').run(id);
}

/** What is recorded under an item; an item with any of these cannot be removed. */
export function agendaItemUsage(db: Db, id: number): { signals: number; actions: number; decisions: number } {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM signal WHERE agenda_item_id = @id) AS signals,
              (SELECT count(*) FROM action WHERE agenda_item_id = @id) AS actions,
              (SELECT count(*) FROM decision WHERE agenda_item_id = @id) AS decisions`,
    )
    .get({ id }) as { signals: number; actions: number; decisions: number };
}

export function setItemTimer(db: Db, id: number, spentSeconds: number, currentSince: string | null): void {
  db.prepare('UPDATE agenda_item SET spent_seconds = ?, current_since = ? WHERE id = ?').run(spentSeconds, currentSince, id);
}
