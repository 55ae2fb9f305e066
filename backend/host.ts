import type { Db } from '../db/connection';
import { todayIn, type BackendContext } from './context';
import { userInfo } from 'node:os';
import { enforceRetention } from './privacy/purge';
import { INTERRUPTED_ACTOR } from './privacy/audit';
import { hasPendingAudit, stampPendingAudit } from '../db/queries/audit';
import { createExportFolders, type FolderHost } from './exportFolders';
import { createDispatcher, createInvoker, type Dispatch, type DispatchOptions, type Invoke } from './dispatch';
import { createDocumentWorker, type DocumentWorkerOptions } from './documents/documentWorker';
import { Storage, type FileChooser } from './storage/storage';

export interface BackendOptions extends DispatchOptions {
  databasePath: string;
  appVersion: string;
  nativeBinding?: string;
  now?: () => Date;
  /** The computer account's name for the audit trail (default: the account running this process). */
  osUser?: string;
  /** Where automatic backups go; default: a folder "Back-ups" next to the database. */
  backupFolder?: string;
  /** How the host lets the user pick a file to save a backup to, or to restore. */
  files?: FileChooser;
  busyTimeoutMs?: number;
  /** Failures that must not stop the app (an automatic backup), for the log. */
  onBackgroundError?: (what: string, error: unknown) => void;
  /** Where the document worker and its fonts are (Electron passes its bundle); see documentWorker.ts. */
  documents?: DocumentWorkerOptions;
  /** How the user picks a folder for a batch of files (Electron: a dialog). Without it, nothing can be written. */
  folders?: FolderHost;
}

export interface Backend {
  /** The live connection (a new one after a restore). */
  readonly db: Db;
  storage: Storage;
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

/**
 * Opens the database (start-up check, backup before migrating, first backup of the day) and wires
 * the dispatcher: the same for Electron, the dev web host and tests. Throws StorageStartupError
 * when the file cannot be opened at all; a damaged file starts the app without a connection.
 */
export function startBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const storage = new Storage({
    databasePath: options.databasePath,
    appVersion: options.appVersion,
    now,
    ...(options.backupFolder ? { backupFolder: options.backupFolder } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.files ? { files: options.files } : {}),
    ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
    ...(options.onBackgroundError ? { onError: options.onBackgroundError } : {}),
    // Retention is enforced on every fresh connection (start-up, restore), so confidential details
    // never outlive their term for long — not even by restoring an old backup.
    onOpened: (db) => {
      // A change whose request never finished (a crash between change and stamp) is still in the trail.
      if (hasPendingAudit(db)) stampPendingAudit(db, { actor: INTERRUPTED_ACTOR, at: now().toISOString() });
      enforceRetention(db, todayIn({ now }), now(), storage.backups);
    },
  });
  storage.open();
  const documents = createDocumentWorker(options.documents);
  const ctx: BackendContext = {
    get db() {
      return storage.db;
    },
    storage,
    databasePath: options.databasePath,
    appVersion: options.appVersion,
    osUser: options.osUser ?? accountName(),
    now,
    documents,
    folders: createExportFolders(options.folders ?? null),
  };
  const dispatch = createDispatcher(ctx, options);
  const invoke = createInvoker(ctx, options);
  // A closed meeting is the moment the most work has just been done: secure it at once.
  const afterCommand = (channel: string, ok: boolean) => {
    if (ok && channel === 'meeting:finish' && storage.isOpen) storage.backups.tryCreate(storage.db, 'na-overleg');
  };
  return {
    get db() {
      return storage.db;
    },
    storage,
    dispatch: (channel, payload) => {
      const result = dispatch(channel, payload);
      afterCommand(channel, result.ok);
      return result;
    },
    invoke: async (channel, payload) => {
      const result = await invoke(channel, payload);
      afterCommand(channel, result.ok);
      return result;
    },
    close: () => {
      void documents.close();
      storage.close();
    },
  };
}
