import Database, { type Db } from '../../db/driver';
import { applyKey, isPlaintextDatabase, memoryKeyStore, type KeyStore } from '../../db/encryption';

/**
 * The fixed database key of the tests (never a real one): every test back end encrypts with it,
 * so a test can open a file the app wrote and read it the way the app does.
 */
export const TEST_KEY = Buffer.from('5769a86f7665726c6f672d746573742d6b65792d6e6965742d6563687421210a', 'hex');

/** A fresh key store holding the test key (each back end its own, so a replaced key stays local). */
export const testKeys = (): KeyStore => memoryKeyStore(TEST_KEY);

/** Opens a file the app wrote, outside the app, with the test key (plain files open as they are). */
export function openWithTestKey(file: string, options: { readonly?: boolean; fileMustExist?: boolean } = {}): Db {
  const plain = isPlaintextDatabase(file);
  const db = new Database(file, options);
  applyKey(db, plain ? null : TEST_KEY);
  return db;
}

/** The SQL a child process (another program holding a lock) runs first to read the test database. */
export const TEST_KEY_PRAGMAS = ["cipher = 'sqlcipher'", 'legacy = 4', `key = "x'${TEST_KEY.toString('hex')}'"`];
