import type { Result } from '../../contract';
import type { DocumentWorkerOptions } from '../documents/documentWorker';

/**
 * The messages between a host (Electron's main process, the dev web host, the E2E fixture) and
 * the back-end worker thread. Everything here is structured-clone data: the host keeps what must
 * stay on its own thread (dialogs, the log) and the worker asks for it by message.
 */

/** What the worker needs to start the back end; no functions (they cannot cross threads). */
export interface BackendWorkerData {
  databasePath: string;
  appVersion: string;
  nativeBinding?: string;
  validateResponses?: boolean;
  backupFolder?: string;
  busyTimeoutMs?: number;
  osUser?: string;
  documents?: DocumentWorkerOptions;
  /** Tests: the day the app believes it is (the time of day stays the real one). */
  today?: string;
  /** Where the host keeps the database key, in Dutch (KeyStore.keptBy); the key itself stays with the host. */
  keptBy: string;
  /** Whether the host can let the user pick a folder (FolderHost) and show one. */
  folders: { choose: boolean; reveal: boolean };
  /** Signal word for synchronous calls into the host (file dialogs): Int32Array over this. */
  hostSignal: SharedArrayBuffer;
  /** Signal word for synchronous calls from the host (tests' dispatch). */
  callSignal: SharedArrayBuffer;
}

/** Host → worker. */
export type ToWorker =
  | { kind: 'invoke'; id: number; channel: string; payload: unknown }
  | { kind: 'host-reply'; id: number; ok: true; value: unknown }
  | { kind: 'host-reply'; id: number; ok: false; message: string }
  | { kind: 'close' };

/** Host → worker on the synchronous port: one request at a time, the host waits on callSignal. */
export interface SyncCall {
  channel: string;
  payload: unknown;
}

/** A host function the worker asks for. choose-file is synchronous (the worker waits on hostSignal). */
export type HostRequest =
  // The key store lives with the host (Electron's safeStorage exists only in the main process).
  | { kind: 'database-key' }
  | { kind: 'replace-key'; key: string }
  | { kind: 'choose-backup-target'; suggestedName: string }
  | { kind: 'choose-backup-source' }
  | { kind: 'choose-folder'; title: string }
  | { kind: 'reveal-folder'; folder: string };

/** An error as plain data (the log wants its name, message and stack). */
export interface ErrorData {
  name: string;
  message: string;
  stack?: string;
  /** StorageStartupError: the fault and SQLite's own words. */
  fault?: string;
  detail?: string;
  /** SQLite's or the file system's code (SQLITE_CANTOPEN, EACCES): what tells the storage fault. */
  code?: string;
}

/** Worker → host. */
export type FromWorker =
  | { kind: 'ready'; backupFolder: string }
  | { kind: 'start-failed'; error: ErrorData }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'host'; id: number; request: HostRequest }
  | { kind: 'log'; what: 'internal' | 'storage' | 'background'; label: string; error: ErrorData }
  | { kind: 'closed' };

export function errorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const extra = error as Error & { fault?: unknown; detail?: unknown; code?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(typeof extra.fault === 'string' ? { fault: extra.fault } : {}),
    ...(typeof extra.detail === 'string' ? { detail: extra.detail } : {}),
    ...(typeof extra.code === 'string' ? { code: extra.code } : {}),
  };
}
