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
