import Database, { type Db } from '../../../db/driver';
import { applyKey, isPlaintextDatabase, type KeyProvider } from '../../../db/encryption';
import { statSync } from 'node:fs';
import type { Result } from '../../../contract';
import type { BackendWorker } from '../../../backend/worker/client';

/**
 * What an E2E test sees of the back end. The app's own back end runs in a worker thread, as in
 * Electron and the dev web host; the test arranges data through it (dispatch waits for the
 * worker) and checks the file with a read-only connection of its own.
 */
export interface E2EBackend {
  /** Read-only: the database as committed; opened again when the file was replaced (a restore). */
  readonly db: Db;
  /** A synchronous channel, answered by the worker while the test waits. */
  dispatch(channel: string, payload: unknown): Result<unknown>;
  /** What the page's window.api calls; a test may wrap it to watch the requests. */
  invoke: (channel: string, payload: unknown) => Promise<Result<unknown>>;
  /** Closes the reader (the worker is closed by the fixture). */
  closeReader(): void;
}

export function e2eBackend(worker: BackendWorker, databasePath: string, keys: KeyProvider): E2EBackend {
  let reader: { db: Db; ino: number } | null = null;
  return {
    get db() {
      const ino = statSync(databasePath).ino;
      if (reader?.ino !== ino) {
        reader?.db.close();
        const db = new Database(databasePath, { readonly: true, fileMustExist: true });
        // The test's key store holds the app's key (a restore with the herstelsleutel may replace it).
        applyKey(db, isPlaintextDatabase(databasePath) ? null : keys.databaseKey());
        reader = { db, ino };
      }
      return reader.db;
    },
    dispatch: (channel, payload) => worker.dispatchSync(channel, payload),
    invoke: (channel, payload) => worker.invoke(channel, payload),
    closeReader() {
      reader?.db.close();
      reader = null;
    },
  };
}
