import { renameSync, rmSync, statSync } from 'node:fs';
import betterSqliteUtil from 'better-sqlite3/lib/util.js';
import { openDatabase, type Db } from './connection';
import { checkHealth, type Health } from './health';
import { migrations } from './migrations';

/**
 * better-sqlite3 wraps SQLite's online backup API (sqlite3_backup_*) in a native Backup handle; its
 * public db.backup() drives that handle in small steps on setImmediate and so only exists as a
 * promise. Our dispatcher answers synchronously, so we drive the same handle ourselves in one step
 * (sqlite3_backup_step(-1)): one consistent snapshot, WAL content included, never a file copy.
 */
const { cppdb } = betterSqliteUtil;

interface NativeBackup {
  transfer(pages: number): { totalPages: number; remainingPages: number };
  close(): void;
}
interface NativeDatabase {
  backup(db: Db, attached: string, destination: string, isNewFile: boolean): NativeBackup;
}

/**
 * The one function that copies a database with the online backup API: `source` (open, live or
 * not) into the file `target`, which it creates or replaces as a whole in one SQLite transaction.
 */
export function backupDatabase(source: Db, target: string): void {
  const native = (source as unknown as Record<symbol, NativeDatabase | undefined>)[cppdb];
  if (!native) throw new Error('better-sqlite3 no longer exposes its backup handle; update db/backup.ts');
  let isNewFile = true;
  try {
    statSync(target);
    isNewFile = false;
  } catch {
    // a new file: if the copy fails half-way, better-sqlite3 removes it again
  }
  const handle = native.backup(source, 'main', target, isNewFile);
  try {
    const progress = handle.transfer(-1);
    if (progress.remainingPages !== 0) throw new Error(`Backup stopped with ${progress.remainingPages} pages left`);
  } finally {
    handle.close();
  }
}

/** What a backup file says about itself: stored in it when it was made. */
export interface BackupMark {
  madeAt: string;
  reason: string;
  appVersion: string;
}

const MARK_TABLE = 'wijkoverleg_backup';

/**
 * Writes a verified backup file: copy with the backup API to `<target>.part`, make it a single
 * self-contained file (journal_mode DELETE, so no -wal is needed next to it), record when and why it
 * was made, run integrity_check, and only then give it its final name — a half-made or failed
 * backup never looks like a good one.
 */
export function writeBackup(source: Db, target: string, mark: BackupMark): { sizeBytes: number } {
  const part = `${target}.part`;
  rmSync(part, { force: true });
  try {
    backupDatabase(source, part);
    const copy = openDatabase(part, { role: 'file', fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      // Undo belongs to the running meeting, not to a copy: its before-images (confidential text
      // included) must not outlive undo in a backup file. secure_delete zeroes them in the copy.
      copy.pragma('secure_delete = ON');
      if (copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'undo_log'").get()) copy.exec('DELETE FROM undo_log');
      copy.exec(`CREATE TABLE IF NOT EXISTS ${MARK_TABLE} (made_at TEXT NOT NULL, reason TEXT NOT NULL, app_version TEXT NOT NULL) STRICT`);
      copy.prepare(`DELETE FROM ${MARK_TABLE}`).run();
      copy.prepare(`INSERT INTO ${MARK_TABLE} (made_at, reason, app_version) VALUES (?, ?, ?)`).run(mark.madeAt, mark.reason, mark.appVersion);
      const health = checkHealth(copy, 'integrity_check');
      if (!health.ok) throw new Error(`Backup failed its integrity check: ${health.problems.join('; ')}`);
    } finally {
      copy.close();
    }
    renameSync(part, target);
    return { sizeBytes: statSync(target).size };
  } catch (error) {
    rmSync(part, { force: true });
    throw error;
  }
}

/** Removes the mark from a restored copy: the live database has no such table. */
export function removeBackupMark(db: Db): void {
  db.exec(`DROP TABLE IF EXISTS ${MARK_TABLE}`);
}

export interface BackupInspection {
  /** SQLite could read it as a database at all. */
  isDatabase: boolean;
  /** It has the tables every Wijkoverleg database has had since schema version 1. */
  isWijkoverleg: boolean;
  schemaVersion: number;
  isNewer: boolean;
  health: Health;
  mark: BackupMark | null;
  /** Newest created/updated/finished timestamp in the data: the date of a file without a mark. */
  lastChange: string | null;
}

const SIGNATURE_TABLES = ['municipality', 'wijk', 'buurt', 'organisation', 'person', 'team', 'team_member'];

const notADatabase = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'));
};

/** Reads a backup (or any file the user picked) without changing it, and says what it is. */
export function inspectBackup(file: string): BackupInspection {
  const none: BackupInspection = {
    isDatabase: false,
    isWijkoverleg: false,
    schemaVersion: 0,
    isNewer: false,
    health: { ok: false, problems: [] },
    mark: null,
    lastChange: null,
  };
  let db: Db;
  try {
    db = openDatabase(file, { role: 'file', readonly: true, fileMustExist: true });
  } catch (error) {
    if (notADatabase(error)) return none;
    throw error;
  }
  try {
    let tables: string[];
    let schemaVersion: number;
    try {
      tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]) ?? [];
      schemaVersion = db.pragma('user_version', { simple: true }) as number;
    } catch (error) {
      if (notADatabase(error)) return none;
      throw error;
    }
    const isWijkoverleg = schemaVersion >= 1 && SIGNATURE_TABLES.every((t) => tables.includes(t));
    const base = { ...none, isDatabase: true, isWijkoverleg, schemaVersion, isNewer: schemaVersion > migrations.length };
    if (!isWijkoverleg) return base;
    const health = checkHealth(db, 'integrity_check');
    if (!health.ok) return { ...base, health };
    const mark = tables.includes(MARK_TABLE)
      ? ((db.prepare(`SELECT made_at AS madeAt, reason, app_version AS appVersion FROM ${MARK_TABLE} LIMIT 1`).get() as BackupMark | undefined) ?? null)
      : null;
    return { ...base, health, mark, lastChange: lastChange(db, tables) };
  } finally {
    db.close();
  }
}

/** The newest timestamp column value across the data tables (ISO strings compare as text). */
function lastChange(db: Db, tables: string[]): string | null {
  let newest: string | null = null;
  for (const table of tables) {
    if (table.startsWith('sqlite_') || table === MARK_TABLE) continue;
    const columns = (db.pragma(`table_info("${table.replaceAll('"', '""')}")`) as { name: string }[])
      .map((c) => c.name)
      .filter((name) => ['created_at', 'updated_at', 'finished_at'].includes(name));
    for (const column of columns) {
      const value = db.prepare(`SELECT max(${column}) FROM "${table.replaceAll('"', '""')}"`).pluck().get() as string | null;
      if (typeof value === 'string' && (newest === null || value > newest)) newest = value;
    }
  }
  return newest;
}
