import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

const PAGE = 4096; // SQLCipher 4's page size
const RESERVE = 80; // per page: 16 bytes IV + 64 bytes HMAC-SHA512
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

function decryptPage(page: Buffer, isFirst: boolean): Buffer {
  const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
  const decipher = createDecipheriv('aes-256-cbc', TEST_KEY, iv).setAutoPadding(false);
  // Page 1 starts with the file's 16-byte salt, stored in the clear.
  return Buffer.concat([decipher.update(page.subarray(isFirst ? 16 : 0, PAGE - RESERVE)), decipher.final()]);
}

/**
 * What a file the app wrote holds, page by page, decrypted with the test key — free pages and old
 * WAL frames included, which SQLite itself would never show. The canary searches of the erasure
 * test read this: encryption must not hide a purge that does not erase.
 */
export function decryptedContent(file: string): Buffer {
  const raw = readFileSync(file);
  if (isPlaintextDatabase(file)) return raw;
  if (file.endsWith('-wal')) {
    const pages: Buffer[] = [];
    for (let at = WAL_HEADER; at + FRAME_HEADER + PAGE <= raw.length; at += FRAME_HEADER + PAGE) {
      pages.push(decryptPage(raw.subarray(at + FRAME_HEADER, at + FRAME_HEADER + PAGE), raw.readUInt32BE(at) === 1));
    }
    return Buffer.concat(pages);
  }
  if (raw.length === 0 || raw.length % PAGE !== 0 || file.endsWith('-shm')) return raw;
  const pages: Buffer[] = [];
  for (let at = 0; at < raw.length; at += PAGE) pages.push(decryptPage(raw.subarray(at, at + PAGE), at === 0));
  return Buffer.concat(pages);
}
