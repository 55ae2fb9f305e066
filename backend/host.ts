import { openDatabase, type Db } from '../db/connection';
import { todayIn, type BackendContext } from './context';
import { purgeExpiredConfidential } from './privacy/purge';
import { createExportFolders, type FolderHost } from './exportFolders';
import { createDispatcher, type Dispatch, type DispatchOptions } from './dispatch';

export interface BackendOptions extends DispatchOptions {
  databasePath: string;
  appVersion: string;
  nativeBinding?: string;
  now?: () => Date;
  /** How the user picks a folder for a batch of files (Electron: a dialog). Without it, nothing can be written. */
  folders?: FolderHost;
}

export interface Backend {
  db: Db;
  dispatch: Dispatch;
  close(): void;
}

/** Opens the database and wires the dispatcher: the same for Electron, the dev web host and tests. */
export function startBackend(options: BackendOptions): Backend {
  const db = openDatabase(options.databasePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const ctx: BackendContext = {
    db,
    databasePath: options.databasePath,
    appVersion: options.appVersion,
    now: options.now ?? (() => new Date()),
    folders: createExportFolders(options.folders ?? null),
  };
  // Retention is enforced every start, so confidential details never outlive their term for long.
  purgeExpiredConfidential(db, todayIn(ctx), ctx.now());
  return {
    db,
    dispatch: createDispatcher(ctx, options),
    close: () => db.close(),
  };
}
