/**
 * The SQLite driver, imported in this one place. better-sqlite3-multiple-ciphers is a fork of
 * better-sqlite3 with the same API, built on SQLite3 Multiple Ciphers: it adds SQLCipher-compatible
 * encryption of the whole file (db/encryption.ts). Pinned to 12.9.0: it builds from source on
 * Node 20; version 13 needs Node 22.
 */
import Database from 'better-sqlite3-multiple-ciphers';

export default Database;
export type Db = Database.Database;
export type Statement<P extends unknown[] | object = unknown[], R = unknown> = Database.Statement<P, R>;
