import type { Db } from '../connection';
import type { FollowUpKind } from '../../domain/followUp';

/** One follow-up row of an action or a signal; `S` is that item's status type. */
export interface FollowUpRow<S extends string = string> {
  id: number;
  meetingId: number;
  meetingDate: string;
  note: string | null;
  statusBefore: S;
  statusAfter: S | null;
  createdAt: string;
  updatedAt: string;
}

/** Table and item column per kind: fixed names, never from input. */
const TABLES = {
  action: { table: 'action_follow_up', item: 'action_id', itemTable: 'action' },
  signal: { table: 'signal_follow_up', item: 'signal_id', itemTable: 'signal' },
  agreement: { table: 'wijkagenda_follow_up', item: 'agreement_id', itemTable: 'wijkagenda_agreement' },
} as const satisfies Record<FollowUpKind, { table: string; item: string; itemTable: string }>;

export const followUpTable = (kind: FollowUpKind) => TABLES[kind].table;
/** The table of the item itself (its status changes with a follow-up). */
export const followedItemTable = (kind: FollowUpKind) => TABLES[kind].itemTable;

const select = (kind: FollowUpKind) => `
  SELECT f.id, f.${TABLES[kind].item} AS itemId, f.meeting_id AS meetingId, m.date AS meetingDate, f.note,
         f.status_before AS statusBefore, f.status_after AS statusAfter, f.created_at AS createdAt, f.updated_at AS updatedAt
  FROM ${TABLES[kind].table} f JOIN meeting m ON m.id = f.meeting_id`;

/** Rows of many items' follow-ups, grouped per item in the order given. */
function perItem<S extends string>(rows: readonly (FollowUpRow<S> & { itemId: number })[]): Map<number, FollowUpRow<S>[]> {
  const grouped = new Map<number, FollowUpRow<S>[]>();
  for (const { itemId, ...f } of rows) {
    const list = grouped.get(itemId);
    if (list) list.push(f);
    else grouped.set(itemId, [f]);
  }
  return grouped;
}

/** Follow-ups of many items in one query, grouped per item in meeting order. */
export function followUpsFor<S extends string>(db: Db, kind: FollowUpKind, itemIds: readonly number[]): Map<number, FollowUpRow<S>[]> {
  const rows = db
    .prepare(`${select(kind)} WHERE f.${TABLES[kind].item} IN (SELECT value FROM json_each(?)) ORDER BY m.date, m.start_time, f.id`)
    .all(JSON.stringify(itemIds)) as (FollowUpRow<S> & { itemId: number })[];
  return perItem(rows);
}

export function getFollowUp<S extends string>(db: Db, kind: FollowUpKind, itemId: number, meetingId: number): FollowUpRow<S> | null {
  const row = db.prepare(`${select(kind)} WHERE f.${TABLES[kind].item} = ? AND f.meeting_id = ?`).get(itemId, meetingId) as
    | (FollowUpRow<S> & { itemId: number })
    | undefined;
  if (!row) return null;
  const { itemId: _itemId, ...f } = row;
  return f;
}

export function insertFollowUp(
  db: Db,
  kind: FollowUpKind,
  f: { itemId: number; meetingId: number; note: string | null; statusBefore: string; statusAfter: string | null },
  now: Date,
): number {
  const at = now.toISOString();
  return Number(
    db
      .prepare(
        `INSERT INTO ${TABLES[kind].table} (${TABLES[kind].item}, meeting_id, note, status_before, status_after, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.itemId, f.meetingId, f.note, f.statusBefore, f.statusAfter, at, at).lastInsertRowid,
  );
}

export function updateFollowUp(db: Db, kind: FollowUpKind, id: number, note: string | null, statusAfter: string | null, now: Date): void {
  db.prepare(`UPDATE ${TABLES[kind].table} SET note = ?, status_after = ?, updated_at = ? WHERE id = ?`).run(note, statusAfter, now.toISOString(), id);
}

/**
 * What the meeting screen shows of each item's history: the latest follow-up from an earlier
 * meeting and the one recorded in this meeting, in meeting order — not every note ever written
 * (ten years of a long-running action are dozens).
 */
export function shownFollowUpsFor<S extends string>(
  db: Db,
  kind: FollowUpKind,
  itemIds: readonly number[],
  meeting: { id: number; date: string; startTime: string },
): Map<number, FollowUpRow<S>[]> {
  const { table, item } = TABLES[kind];
  const rows = db
    .prepare(
      `WITH items(id) AS (SELECT value FROM json_each(@ids))
       SELECT f.id, f.${item} AS itemId, f.meeting_id AS meetingId, m.date AS meetingDate, f.note,
              f.status_before AS statusBefore, f.status_after AS statusAfter, f.created_at AS createdAt, f.updated_at AS updatedAt
       FROM items
       JOIN ${table} f ON f.id = (
         SELECT p.id FROM ${table} p JOIN meeting pm ON pm.id = p.meeting_id
         WHERE p.${item} = items.id AND (pm.date, pm.start_time, pm.id) < (@date, @startTime, @meetingId)
         ORDER BY pm.date DESC, pm.start_time DESC, pm.id DESC LIMIT 1)
       JOIN meeting m ON m.id = f.meeting_id
       UNION ALL
       SELECT f.id, f.${item}, f.meeting_id, m.date, f.note, f.status_before, f.status_after, f.created_at, f.updated_at
       FROM ${table} f JOIN meeting m ON m.id = f.meeting_id
       WHERE f.meeting_id = @meetingId AND f.${item} IN (SELECT id FROM items)`,
    )
    .all({ ids: JSON.stringify(itemIds), date: meeting.date, startTime: meeting.startTime, meetingId: meeting.id }) as (FollowUpRow<S> & { itemId: number })[];
  return perItem(rows);
}
