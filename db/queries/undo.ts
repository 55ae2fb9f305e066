import type { Db } from '../connection';

/** Tables whose rows meeting changes touch; anything else is refused so a log can never name arbitrary SQL. */
const UNDOABLE_TABLES = [
  'agenda_item',
  'attendance',
  'meeting_guest',
  'signal',
  'signal_follow_up',
  'action',
  'action_follow_up',
  'decision',
  'wijkagenda_agreement',
  'wijkagenda_follow_up',
] as const;
export type UndoTable = (typeof UNDOABLE_TABLES)[number];

/** Columns left alone when a row is restored: the agenda timer keeps running independently of edits. */
const NOT_RESTORED: Partial<Record<UndoTable, readonly string[]>> = {
  agenda_item: ['spent_seconds', 'current_since'],
};

/** Keep this many undo steps per meeting. */
export const UNDO_DEPTH = 50;
/** Saves of the same thing (e.g. notes while typing) within this window form one undo step. */
export const UNDO_COALESCE_MS = 2 * 60 * 1000;

type Row = Record<string, unknown> & { id: number };
interface UndoChange {
  table: UndoTable;
  id: number;
  /** Null: the row was created by the change, so undo deletes it. */
  before: Row | null;
}

export interface UndoText {
  /** What undoing will do, e.g. 'Nieuw signaal "X" verwijderen'. */
  label: string;
  /** What was done once undone, e.g. 'Nieuw signaal "X" verwijderd'. */
  done: string;
}

/** Dutch wording for the three kinds of change; `subject` is e.g. 'Nieuw signaal "X"'. */
export const undoText = {
  created: (subject: string): UndoText => ({ label: `${subject} verwijderen`, done: `${subject} verwijderd` }),
  changed: (subject: string): UndoText => ({ label: `Wijziging van ${subject} terugdraaien`, done: `Wijziging van ${subject} teruggedraaid` }),
  deleted: (subject: string): UndoText => ({ label: `${subject} terugzetten`, done: `${subject} teruggezet` }),
};

const assertTable = (table: string): UndoTable => {
  if (!(UNDOABLE_TABLES as readonly string[]).includes(table)) throw new Error(`Not an undoable table: ${table}`);
  return table as UndoTable;
};

/**
 * Collects before-images of the rows a change touches. Use it inside the change's transaction:
 * `before()` ahead of every UPDATE/DELETE, `created()` after every INSERT, then `save()`.
 */
export class UndoRecorder {
  private readonly changes: UndoChange[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly db: Db,
    readonly meetingId: number,
  ) {}

  before(table: UndoTable, id: number): this {
    if (this.mark(table, id)) {
      const row = this.db.prepare(`SELECT * FROM ${assertTable(table)} WHERE id = ?`).get(id) as Row | undefined;
      this.changes.push({ table, id, before: row ?? null });
    }
    return this;
  }

  created(table: UndoTable, id: number): this {
    if (this.mark(table, id)) this.changes.push({ table, id, before: null });
    return this;
  }

  /** Writes the step and trims the log; `coalesceKey` merges quick successive saves of one thing. */
  save(text: UndoText, now: Date, coalesceKey: string | null = null): void {
    if (this.changes.length === 0) return;
    const last = this.db
      .prepare('SELECT id, coalesce_key AS coalesceKey, created_at AS createdAt FROM undo_log WHERE meeting_id = ? ORDER BY id DESC LIMIT 1')
      .get(this.meetingId) as { id: number; coalesceKey: string | null; createdAt: string } | undefined;
    if (coalesceKey && last?.coalesceKey === coalesceKey && now.getTime() - Date.parse(last.createdAt) < UNDO_COALESCE_MS) {
      // The earlier step already holds the original before-image; only extend its window.
      this.db.prepare('UPDATE undo_log SET created_at = ? WHERE id = ?').run(now.toISOString(), last.id);
      return;
    }
    this.db
      .prepare('INSERT INTO undo_log (meeting_id, label, done, coalesce_key, changes, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(this.meetingId, text.label, text.done, coalesceKey, JSON.stringify(this.changes), now.toISOString());
    this.db
      .prepare(
        `DELETE FROM undo_log WHERE meeting_id = ? AND id NOT IN
           (SELECT id FROM undo_log WHERE meeting_id = ? ORDER BY id DESC LIMIT ${UNDO_DEPTH})`,
      )
      .run(this.meetingId, this.meetingId);
  }

  private mark(table: UndoTable, id: number): boolean {
    const key = `${table}:${id}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

export function undoLabel(db: Db, meetingId: number): string | null {
  const row = db.prepare('SELECT label FROM undo_log WHERE meeting_id = ? ORDER BY id DESC LIMIT 1').get(meetingId) as { label: string } | undefined;
  return row?.label ?? null;
}

function restore(db: Db, change: UndoChange): void {
  const table = assertTable(change.table);
  if (change.before === null) {
    db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(change.id);
    return;
  }
  const row = change.before;
  const exists = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(change.id);
  if (exists) {
    const skip = NOT_RESTORED[table] ?? [];
    const columns = Object.keys(row).filter((c) => c !== 'id' && !skip.includes(c));
    if (columns.length === 0) return;
    db.prepare(`UPDATE ${table} SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`).run(
      ...columns.map((c) => row[c] as never),
      change.id,
    );
  } else {
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
      ...columns.map((c) => row[c] as never),
    );
  }
}

/**
 * Reverts the latest step of a meeting: restores the before-images in reverse order and drops the
 * step. Must run inside a transaction; foreign keys are checked at commit, so rows can come back in
 * any order. Returns the step's `done` text, or null when there is nothing to undo.
 */
export function undoLatest(db: Db, meetingId: number): string | null {
  const entry = db.prepare('SELECT id, done, changes FROM undo_log WHERE meeting_id = ? ORDER BY id DESC LIMIT 1').get(meetingId) as
    | { id: number; done: string; changes: string }
    | undefined;
  if (!entry) return null;
  db.pragma('defer_foreign_keys = ON');
  const changes = JSON.parse(entry.changes) as UndoChange[];
  for (const change of changes.reverse()) restore(db, change);
  db.prepare('DELETE FROM undo_log WHERE id = ?').run(entry.id);
  return entry.done;
}

/** Drops the latest step without applying it (when it can no longer be applied). */
export function dropLatestUndo(db: Db, meetingId: number): void {
  db.prepare('DELETE FROM undo_log WHERE id = (SELECT max(id) FROM undo_log WHERE meeting_id = ?)').run(meetingId);
}

export function clearUndo(db: Db, meetingId: number): void {
  db.prepare('DELETE FROM undo_log WHERE meeting_id = ?').run(meetingId);
}

/** Undo is for the meeting at hand: steps older than this are dropped at start-up, with their copies of confidential fields. */
export const UNDO_MAX_AGE_HOURS = 24;

export function forgetUndoBefore(db: Db, cutoff: string): number {
  return db.prepare('DELETE FROM undo_log WHERE created_at < ?').run(cutoff).changes;
}

/** Forgets before-images that hold a signal's purged details: of the signal, its follow-up notes, and its actions and theirs. */
export function forgetUndoForSignals(db: Db, signalIds: readonly number[]): void {
  if (signalIds.length === 0) return;
  db.prepare(
    `DELETE FROM undo_log WHERE EXISTS (
       SELECT 1 FROM json_each(undo_log.changes) c
       WHERE (c.value ->> 'table' = 'signal' AND c.value ->> 'id' IN (SELECT value FROM json_each(@ids)))
          OR (c.value ->> 'table' = 'signal_follow_up' AND c.value -> 'before' ->> 'signal_id' IN (SELECT value FROM json_each(@ids)))
          -- The actions agreed on them, and their follow-ups: their texts are purged with the signal.
          OR (c.value ->> 'table' = 'action' AND c.value -> 'before' ->> 'signal_id' IN (SELECT value FROM json_each(@ids)))
          OR (c.value ->> 'table' = 'action_follow_up'
              AND c.value -> 'before' ->> 'action_id' IN (SELECT id FROM action WHERE signal_id IN (SELECT value FROM json_each(@ids)))))`,
  ).run({ ids: JSON.stringify(signalIds) });
}
