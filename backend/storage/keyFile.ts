import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATABASE_KEY_BYTES, newDatabaseKey, type KeyStore } from '../../db/encryption';

/**
 * A database key in a plain file (hex): for the dev web host and the benchmark only, never the
 * Electron app (which uses the OS key store, electron/key-store.ts). Anyone who can read the
 * file can read the database — fine for made-up development data, and why the app never does this.
 */
export function devKeyFileStore(file: string): KeyStore {
  const write = (key: Buffer) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, `${key.toString('hex')}\n`, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  return {
    keptBy: `een onbeschermd sleutelbestand voor ontwikkeling (${file})`,
    databaseKey() {
      if (!existsSync(file)) write(newDatabaseKey());
      const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
      if (key.length !== DATABASE_KEY_BYTES) throw new Error(`${file} holds no ${DATABASE_KEY_BYTES}-byte key`);
      return key;
    },
    replaceKey: write,
  };
}
