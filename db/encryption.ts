import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database, { type Db } from './driver';
import { assertNotNewer } from './migrate';

/**
 * Encryption at rest: every database file the app writes (the live one, each backup) is encrypted
 * as a whole with SQLCipher 4 (AES-256, HMAC-SHA512 per page) through SQLite3 Multiple Ciphers.
 * The 32-byte key is used raw (no passphrase derivation: it is random, not a password), so opening
 * costs nothing extra. Where the key is kept is the host's business (KeyProvider).
 */

export const DATABASE_KEY_BYTES = 32;

/** Where the database key comes from: the OS key store in Electron, a fixed key in tests, a key file for the dev web host. */
export interface KeyProvider {
  /** The key; a store that has none yet creates one. Throws (in Dutch) when it cannot keep a key safely. */
  databaseKey(): Buffer;
}

/** A key provider that can also take another key: restoring on a new laptop with the herstelsleutel. */
export interface KeyStore extends KeyProvider {
  replaceKey(key: Buffer): void;
  /** Where the key is kept, in Dutch for the user (e.g. "Windows (DPAPI), gekoppeld aan uw Windows-account"). */
  readonly keptBy: string;
}

export const newDatabaseKey = (): Buffer => randomBytes(DATABASE_KEY_BYTES);

/** A key held in memory only: tests, the benchmark, the crash test. */
export function memoryKeyStore(initial: Buffer = newDatabaseKey()): KeyStore {
  let key = Buffer.from(initial);
  return {
    keptBy: 'het werkgeheugen (alleen voor tests)',
    databaseKey: () => key,
    replaceKey: (next) => {
      key = Buffer.from(next);
    },
  };
}

/**
 * No safe place for the key (Electron: the OS key store is not available). Its message is Dutch and
 * is shown as it is: the app refuses to start rather than keep the key in plain text.
 */
export class KeyUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyUnavailableError';
  }
}

/** The file cannot be read with this key: another laptop's key, or not a Wijkoverleg database at all. */
export class WrongKeyError extends Error {
  readonly code = 'SQLITE_NOTADB';
  constructor(readonly file: string) {
    super(`${file}: cannot be read with this key (file is not a database)`);
    this.name = 'WrongKeyError';
  }
}

/** A plain (unencrypted) database from an earlier version where an encrypted one is expected. */
export class PlaintextDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not encrypted`);
    this.name = 'PlaintextDatabaseError';
  }
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file starts with SQLite's plain-text header (an encrypted file starts with random salt). */
export function isPlaintextDatabase(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(PLAIN_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}

const keyLiteral = (key: Buffer): string => {
  if (key.length !== DATABASE_KEY_BYTES) throw new Error(`A database key has ${DATABASE_KEY_BYTES} bytes, not ${key.length}`);
  // x'…' is SQLite3 Multiple Ciphers' notation for a raw key (hex only, so safe to inline).
  return `x'${key.toString('hex')}'`;
};

/**
 * Applies the key to a connection just opened: before any other statement, SQLite has not read a
 * page yet. `null`: a plain file from an earlier version, read as it is.
 */
export function applyKey(db: Db, key: Buffer | null): void {
  if (key === null) return;
  useSqlCipher(db);
  db.pragma(`key = "${keyLiteral(key)}"`);
}

/** SQLCipher 4 for every database keyed on this connection (its own, or one attached with KEY). */
function useSqlCipher(db: Db): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
}

/**
 * Reads the first page, so a wrong key fails here with a clear error instead of at some later
 * statement. A new (empty) file has no page yet and passes.
 */
export function verifyKey(db: Db, file: string, schema = 'main'): void {
  try {
    db.prepare(`SELECT count(*) FROM "${schema}".sqlite_schema`).pluck().get();
  } catch (error) {
    throwKeyError(error, file);
  }
}

function throwKeyError(error: unknown, file: string): never {
  if ((error as { code?: unknown }).code !== 'SQLITE_NOTADB') throw error;
  if (isPlaintextDatabase(file)) throw new PlaintextDatabaseError(file);
  // An encrypted database is whole pages (4096 bytes with SQLCipher 4); anything else is no database at all.
  if (!couldBeEncryptedDatabase(file)) throw error;
  throw new WrongKeyError(file);
}

const couldBeEncryptedDatabase = (file: string): boolean => {
  try {
    const size = statSync(file).size;
    return size > 0 && size % 512 === 0;
  } catch {
    return false;
  }
};

/**
 * Copies a database into the new file `target`, encrypted with `targetKey`: one consistent snapshot
 * (WAL content included) made by VACUUM INTO, journal mode DELETE, no free pages. `sourceKey` null:
 * a plain source (a database or backup from an earlier version). `targetKey` null: a plain copy —
 * only the benchmark makes one (scripts/bench/encryption-cost.ts), to compare against.
 *
 * SQLite3 Multiple Ciphers encrypts VACUUM INTO with the key of the connection's main database, so
 * the source is attached to a keyed connection on an anchor file that is never written (it stays
 * empty and is removed). The backup API cannot be used: better-sqlite3 opens its target without a
 * key and SQLite3 Multiple Ciphers (rightly) refuses to copy an encrypted database into it.
 */
export function copyWithKey(source: string, sourceKey: Buffer | null, target: string, targetKey: Buffer | null): void {
  const anchorFile = path.join(path.dirname(target), `.${path.basename(target)}.anker`);
  rmSync(anchorFile, { force: true });
  const anchor = new Database(anchorFile);
  try {
    // The cipher first, also for a plain anchor: ATTACH … KEY uses the connection's cipher.
    useSqlCipher(anchor);
    applyKey(anchor, targetKey);
    try {
      anchor.prepare('ATTACH DATABASE ? AS source KEY ?').run(source, sourceKey ? keyLiteral(sourceKey) : '');
    } catch (error) {
      throwKeyError(error, source);
    }
    try {
      verifyKey(anchor, source, 'source');
      anchor.prepare('VACUUM source INTO ?').run(target);
    } finally {
      anchor.exec('DETACH DATABASE source');
    }
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  } finally {
    anchor.close();
    rmSync(anchorFile, { force: true });
  }
}

/** Copies an open database (live or a backup) into the new file `target` with its own key. */
export function copyDatabase(source: Db, target: string): void {
  if (source.inTransaction) throw new Error('VACUUM INTO cannot run inside a transaction; copy after the command');
  rmSync(target, { force: true });
  try {
    source.prepare('VACUUM main INTO ?').run(target);
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  }
}

/** Row counts per table and the schema version: what a copy must have to count as the same data. */
function contentFingerprint(db: Db, schema = 'main'): { userVersion: number; rows: Record<string, number> } {
  const names = db
    .prepare(`SELECT name FROM "${schema}".sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const rows: Record<string, number> = {};
  for (const name of names) rows[name] = db.prepare(`SELECT count(*) FROM "${schema}"."${name.replaceAll('"', '""')}"`).pluck().get() as number;
  return { userVersion: db.pragma(`"${schema}".user_version`, { simple: true }) as number, rows };
}

/**
 * Overwrites a file with zeros, flushes it to disk and removes it: the plain text of a migrated
 * database is not left behind in the file's blocks. (On an SSD the controller may keep old blocks
 * elsewhere; that is why full-disk encryption stays recommended, see docs/SECURITY.md.)
 */
function wipeFile(file: string): void {
  if (!existsSync(file)) return;
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    const zeros = Buffer.alloc(Math.min(size, 1 << 20));
    for (let done = 0; done < size; done += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - done), done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(file, { force: true });
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

const fsyncFolder = (folder: string): void => {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; its rename is durable enough
  }
};

/** Suffix of a plain file moved aside after its encrypted copy took its place, waiting to be wiped. */
const PLAIN_LEFTOVER = '.onversleuteld-wissen';

export interface EncryptionMigration {
  file: string;
  userVersion: number;
  tables: number;
  rows: number;
}

/**
 * Replaces a plain database (the live file or a backup from an earlier version) by an encrypted
 * copy: copy with the key, verify the copy (integrity_check, the same rows in every table, the
 * same user_version), swap it in by rename, then wipe the plain file and its -wal/-shm.
 *
 * A read-only connection stays open on the plain file during the copy and is the last to close: a
 * read-only connection never checkpoints, so SQLite does not delete a WAL (a crash of an earlier
 * version may have left one) and its plain pages are overwritten by wipeFile rather than merely
 * unlinked. It closes before the renames: Windows cannot rename a file SQLite holds open.
 */
export function encryptPlainDatabase(file: string, key: Buffer): EncryptionMigration {
  const part = `${file}.versleuteld`;
  const leftover = `${file}${PLAIN_LEFTOVER}`;
  rmSync(part, { force: true });
  const holder = new Database(file, { readonly: true, fileMustExist: true });
  let before: ReturnType<typeof contentFingerprint>;
  try {
    // A file from a newer version is left exactly as it is (that version knows what to do with it).
    assertNotNewer(holder);
    before = contentFingerprint(holder);
    copyWithKey(file, null, part, key);
    const copy = new Database(part, { fileMustExist: true });
    try {
      applyKey(copy, key);
      const integrity = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new Error(`Encrypted copy failed integrity_check: ${String(integrity)}`);
      const after = contentFingerprint(copy);
      if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error('Encrypted copy differs from the plain database');
    } finally {
      copy.close();
    }
    const fd = openSync(part, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    holder.close();
    rmSync(part, { force: true });
    throw error;
  }
  holder.close();
  // Move the plain file and its side files aside, then the copy in; then wipe what was moved aside.
  for (const suffix of SIDE_FILES) if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${leftover}${suffix}`);
  renameSync(part, file);
  fsyncFolder(path.dirname(file));
  wipePlainLeftovers(file);
  const total = Object.values(before.rows).reduce((a, b) => a + b, 0);
  return { file, userVersion: before.userVersion, tables: Object.keys(before.rows).length, rows: total };
}

/** Wipes what a migration moved aside (also after a crash between the swap and the wipe). */
function wipePlainLeftovers(file: string): void {
  for (const suffix of SIDE_FILES) wipeFile(`${file}${PLAIN_LEFTOVER}${suffix}`);
}

/**
 * A crash during encryptPlainDatabase: the plain file was moved aside but the copy did not take
 * its place yet. Puts the plain file back, so the next start simply migrates again.
 */
export function recoverInterruptedEncryption(file: string): void {
  const leftover = `${file}${PLAIN_LEFTOVER}`;
  if (!existsSync(leftover)) return;
  if (existsSync(file) && !isPlaintextDatabase(file)) {
    wipePlainLeftovers(file);
    return;
  }
  if (!existsSync(file)) {
    for (const suffix of SIDE_FILES) if (existsSync(`${leftover}${suffix}`)) renameSync(`${leftover}${suffix}`, `${file}${suffix}`);
  }
}

/** Re-encrypts a file (a backup, journal mode DELETE) in place from one key to another. */
export function rekeyFile(file: string, from: Buffer, to: Buffer): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    applyKey(db, from);
    verifyKey(db, file);
    db.pragma(`rekey = "${keyLiteral(to)}"`);
  } finally {
    db.close();
  }
}
