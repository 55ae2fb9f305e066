import { openDatabase, type Db } from '../db/connection';
import { todayIn, type BackendContext } from './context';
import { userInfo } from 'node:os';
import { enforceRetention } from './privacy/purge';
import { INTERRUPTED_ACTOR } from './privacy/audit';
import { hasPendingAudit, stampPendingAudit } from '../db/queries/audit';
import { createExportFolders, type FolderHost } from './exportFolders';
import { createDispatcher, createInvoker, type Dispatch, type DispatchOptions, type Invoke } from './dispatch';
import { createDocumentWorker, type DocumentWorkerOptions } from './documents/documentWorker';

export interface BackendOptions extends DispatchOptions {
  databasePath: string;
  appVersion: string;
  nativeBinding?: string;
  now?: () => Date;
  /** The computer account's name for the audit trail (default: the account running this process). */
  osUser?: string;
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

function accountName(): string {
  try {
    return userInfo().username || 'onbekend';
  } catch {
    return 'onbekend'; // no passwd entry (some containers)
  }
}

/** Opens the database and wires the dispatcher: the same for Electron, the dev web host and tests. */
export function startBackend(options: BackendOptions): Backend {
  const db = openDatabase(options.databasePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const documents = createDocumentWorker(options.documents);
  const ctx: BackendContext = {
    db,
    databasePath: options.databasePath,
    appVersion: options.appVersion,
    osUser: options.osUser ?? accountName(),
    now: options.now ?? (() => new Date()),
    documents,
    folders: createExportFolders(options.folders ?? null),
  };
  // A change whose request never finished (a crash between change and stamp) is still in the trail.
  if (hasPendingAudit(db)) stampPendingAudit(db, { actor: INTERRUPTED_ACTOR, at: ctx.now().toISOString() });
  // Retention is enforced every start, so confidential details never outlive their term for long.
  enforceRetention(db, todayIn(ctx), ctx.now());
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
