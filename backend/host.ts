import { openDatabase, type Db } from '../db/connection';
import { todayIn, type BackendContext } from './context';
import { purgeExpiredConfidential } from './privacy/purge';
import { createExportFolders, type FolderHost } from './exportFolders';
import { createDispatcher, createInvoker, type Dispatch, type DispatchOptions, type Invoke } from './dispatch';
import { createDocumentWorker, type DocumentWorkerOptions } from './documents/documentWorker';

export interface BackendOptions extends DispatchOptions {
  databasePath: string;
  appVersion: string;
  nativeBinding?: string;
  now?: () => Date;
  /** Where the document worker and its fonts are (Electron passes its bundle); see documentWorker.ts. */
  documents?: DocumentWorkerOptions;
  /** How the user picks a folder for a batch of files (Electron: a dialog). Without it, nothing can be written. */
  folders?: FolderHost;
}

export interface Backend {
  db: Db;
  /** Synchronous channels (tests, seeders). */
  dispatch: Dispatch;
  /** Every channel, document exports included: what hosts (IPC, dev web, E2E bridge) call. */
  invoke: Invoke;
  close(): void;
}

/** Opens the database and wires the dispatcher: the same for Electron, the dev web host and tests. */
export function startBackend(options: BackendOptions): Backend {
  const db = openDatabase(options.databasePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const documents = createDocumentWorker(options.documents);
  const ctx: BackendContext = {
    db,
    databasePath: options.databasePath,
    appVersion: options.appVersion,
    now: options.now ?? (() => new Date()),
    documents,
    folders: createExportFolders(options.folders ?? null),
  };
  // Retention is enforced every start, so confidential details never outlive their term for long.
  purgeExpiredConfidential(db, todayIn(ctx), ctx.now());
  return {
    db,
    dispatch: createDispatcher(ctx, options),
    invoke: createInvoker(ctx, options),
    close: () => {
      void documents.close();
      db.close();
    },
  };
}
