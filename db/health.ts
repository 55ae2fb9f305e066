import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Db } from './connection';

/** The file is damaged: it must not be written to. `problems` are SQLite's own words, for the details. */
export class DamagedDatabaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`Database failed its health check: ${problems.slice(0, 5).join('; ')}`);
    this.name = 'DamagedDatabaseError';
  }
}

export interface Health {
  ok: boolean;
  problems: string[];
}

const isCorruption = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
};

/**
 * The start-up check: quick_check (every page and index readable and consistent, without the
 * slower index-content comparison of integrity_check) and foreign_key_check. Only reads. An
 * error that says "corrupt" counts as a failed check; any other error (a lock, a missing folder)
 * is not about the file's state and is passed on.
 */
export function checkHealth(db: Db, kind: 'quick_check' | 'integrity_check' = 'quick_check'): Health {
  try {
    const rows = db.pragma(kind) as Record<string, string>[];
    const problems = rows.map((row) => Object.values(row)[0] ?? '').filter((text) => text !== 'ok');
    if (problems.length > 0) return { ok: false, problems };
    const dangling = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    if (dangling.length > 0) {
      return { ok: false, problems: dangling.slice(0, 20).map((d) => `foreign key: ${d.table} row ${d.rowid} → ${d.parent}`) };
    }
    return { ok: true, problems: [] };
  } catch (error) {
    if (isCorruption(error)) return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
    throw error;
  }
}

/**
 * The file as it was left after a clean close that followed a passed check: the day of that
 * check and the file's size and modification time then. Kept beside the database (no content).
 */
interface CleanClose {
  checkedOn: string;
  size: number;
  /** Whole milliseconds: what every file system and utimes keep. */
  mtimeMs: number;
}

const cleanCloseFile = (file: string) => `${file}-gecontroleerd.json`;

/**
 * Whether today's start may skip the full check: the last session closed cleanly after a check
 * made today, and nothing touched the file since (same size and time, no write-ahead log left).
 * So the check that reads every page runs at the first start of each day and after every crash or
 * outside change, and a second start the same day opens at once. Returns the day of that check.
 */
export function checkedToday(file: string, today: string): string | null {
  try {
    const mark = JSON.parse(readFileSync(cleanCloseFile(file), 'utf8')) as CleanClose;
    if (mark.checkedOn !== today) return null;
    const now = statSync(file);
    // Within a millisecond: a time written back through utimes (seconds as a float) can come back 1 ms off.
    if (now.size !== mark.size || Math.abs(Math.trunc(now.mtimeMs) - mark.mtimeMs) > 1) return null;
    if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) return null;
    return mark.checkedOn;
  } catch {
    return null; // no mark, or unreadable: check
  }
}

/** After a clean close: remember the file as it is now, with the day its last check passed. */
export function recordCleanClose(file: string, checkedOn: string): void {
  try {
    const now = statSync(file);
    writeFileSync(cleanCloseFile(file), JSON.stringify({ checkedOn, size: now.size, mtimeMs: Math.trunc(now.mtimeMs) } satisfies CleanClose));
  } catch {
    // A read-only folder or a full disk: the next start simply checks again.
  }
}

/** A start that finds the file damaged, or a restore, forgets the mark. */
export function forgetCleanClose(file: string): void {
  rmSync(cleanCloseFile(file), { force: true });
}
