import Database from 'better-sqlite3';
import { assertNotNewer, migrate } from './migrate';
import { cacheStatements } from './statementCache';

export type Db = Database.Database;

export interface OpenOptions {
  /**
   * Path to a better_sqlite3.node built for a different runtime. Electron passes its own ABI
   * build here so the Node build in node_modules (used by the tests) is never touched.
   */
  nativeBinding?: string;
}

/** Opens (or creates) the database file, applies the pragmas we rely on and migrates it. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    assertNotNewer(db);
    applyPragmas(db);
    migrate(db);
    // Keeps the planner's statistics current as the years of data grow (the overviews' index
    // choices depend on them); bounded, and a no-op when nothing changed much.
    db.pragma('analysis_limit = 400');
    db.pragma('optimize = 0x10002');
    cacheStatements(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: a meeting's notes must survive a laptop that loses power mid-meeting.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}
