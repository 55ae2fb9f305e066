import Database, { type Db } from './driver';
import { assertNotNewer, migrate } from './migrate';
import { migrations } from './migrations';
import { DamagedDatabaseError, checkHealth } from './health';
import { PlaintextDatabaseError, applyKey, isPlaintextDatabase, verifyKey, type KeyProvider } from './encryption';
import { cacheStatements } from './statementCache';

export type { Db };

/** How long a write waits for another program's lock before it gives up (SQLite busy_timeout). */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** The database key (db/encryption.ts): every file the app writes is encrypted with it. */
  keys: KeyProvider;
  /**
   * Path to a better_sqlite3.node built for a different runtime. Electron passes its own ABI
   * build here so the Node build in node_modules (used by the tests) is never touched.
   */
  nativeBinding?: string;
  /** Open without write access (SQLITE_OPEN_READONLY): a file we only inspect, or a read-only live file. */
  readonly?: boolean;
  /** Fail instead of creating an empty database when the file is not there. */
  fileMustExist?: boolean;
  busyTimeoutMs?: number;
  /**
   * 'live' (default): the app's own database — checked (quick_check, foreign_key_check) before
   * anything writes to it, then WAL and migrated. 'file': a backup or a file to restore — only
   * opened; the caller decides what to check. A plain file from an earlier version opens as it is
   * (read it, copy it encrypted); a plain live file is refused (Storage encrypts it first).
   */
  role?: 'live' | 'file';
  /** Skip quick_check and foreign_key_check: the caller knows the file passed them today (health.checkedToday). */
  skipHealthCheck?: boolean;
  /** Called before any pending migration runs (with the file still at `from`): the place for a backup. */
  beforeMigrate?: (db: Db, from: number, to: number) => void;
}

/**
 * The one place a database file is opened (the app's own, a backup, a file to restore), so
 * connection-wide settings and the encryption key are applied to every connection alike.
 */
export function openDatabase(file: string, options: OpenOptions): Db {
  const role = options.role ?? 'live';
  const plain = isPlaintextDatabase(file);
  // A plain live file is encrypted by Storage before it gets here; only read-only it may be read as it is.
  if (plain && role === 'live' && !options.readonly) {
    const peek = new Database(file, { readonly: true, fileMustExist: true });
    try {
      assertNotNewer(peek);
    } finally {
      peek.close();
    }
    throw new PlaintextDatabaseError(file);
  }
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
  });
  try {
    // The key first: SQLite must not read (or write) a page before it knows how to decrypt it.
    applyKey(db, plain ? null : options.keys.databaseKey());
    verifyKey(db, file);
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    if (role === 'file') return db;

    // Nothing may write before these pass: a newer or damaged file is left exactly as it is.
    assertNotNewer(db);
    if (!options.skipHealthCheck) {
      const health = checkHealth(db);
      if (!health.ok) throw new DamagedDatabaseError(health.problems);
    }

    applyPragmas(db, options.readonly ?? false);
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from < migrations.length && !options.readonly) {
      if (from > 0) options.beforeMigrate?.(db, from, migrations.length);
      migrate(db);
    }
    cacheStatements(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function applyPragmas(db: Db, readonly = false): void {
  // A read-only connection cannot switch the journal mode; it reads the file as it is.
  if (!readonly) db.pragma('journal_mode = WAL');
  // FULL: a meeting's notes must survive a laptop that loses power mid-meeting.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted and overwritten content is zeroed on disk, not left in free pages: a purged
  // confidential signal must not be readable with a hex editor on a lost laptop.
  db.pragma('secure_delete = ON');
}
