import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { KeyUnavailableError, type KeyStore } from '../../db/encryption';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Result } from '../../contract';
import type { FolderHost } from '../exportFolders';
import { StorageStartupError, type FileChooser } from '../storage/storage';
import type { StorageFault } from '../../domain/storage';
import type { BackendWorkerData, ErrorData, FromWorker, HostRequest, SyncCall, ToWorker } from './protocol';

export interface BackendWorkerOptions extends Omit<BackendWorkerData, 'folders' | 'hostSignal' | 'callSignal' | 'keptBy'> {
  /** The database key store; it stays on the host's thread, the worker asks it synchronously. */
  keys: KeyStore;
  /** The bundled worker (Electron: dist/electron/backend-worker.cjs); without it the TypeScript source runs under tsx. */
  workerScript?: string;
  /** File dialogs for backups; they run on the host's thread, the worker waits for the answer. */
  files?: FileChooser;
  folders?: FolderHost;
  onInternalError?: (channel: string, error: Error) => void;
  onStorageError?: (channel: string, error: Error) => void;
  onBackgroundError?: (what: string, error: Error) => void;
}

/** The host's side of the back-end worker: the same contract as the in-process back end. */
export interface BackendWorker {
  /** Every channel; answered in the worker thread, so this thread stays free. */
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /**
   * Synchronous channels, answered while this thread waits: for tests that arrange data between
   * UI steps. Never from a thread that must stay responsive, and never for a channel that asks the
   * host for a file (the host would be waiting itself).
   */
  dispatchSync(channel: string, payload: unknown): Result<unknown>;
  readonly backupFolder: string;
  /** Closes the database (checkpoint, statistics) and ends the thread. */
  close(): Promise<void>;
}

const SYNC_TIMEOUT_MS = 60_000;

function toError(data: ErrorData): Error {
  // The kinds the host tells apart (electron/startup-error.ts) are made again as themselves.
  const error =
    data.name === 'StorageStartupError' && data.fault
      ? new StorageStartupError(data.fault as StorageFault, data.detail ?? data.message, null)
      : data.name === 'KeyUnavailableError'
        ? new KeyUnavailableError(data.message)
        : Object.assign(new Error(data.message), { name: data.name, ...(data.code ? { code: data.code } : {}) });
  if (data.stack) error.stack = data.stack;
  return error;
}

/** Starts the TypeScript source under tsx (tests, dev web host, bench: started from the project root). */
function sourceWorker(workerData: unknown, transferList: MessagePort[]): Worker {
  const source = pathToFileURL(resolve('backend/worker/entry.ts')).href;
  const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(code, { eval: true, workerData, transferList });
}

/**
 * Starts the back end (dispatcher + SQLite) in a worker thread and resolves once the database is
 * open; rejects with the start-up error (a StorageStartupError keeps its fault) when it cannot be.
 */
export function startBackendWorker(options: BackendWorkerOptions): Promise<BackendWorker> {
  const { workerScript, files, folders, keys, onInternalError, onStorageError, onBackgroundError, ...rest } = options;
  const sync = new MessageChannel();
  const host = new MessageChannel();
  const hostSignal = new SharedArrayBuffer(4);
  const callSignal = new SharedArrayBuffer(4);
  const data: BackendWorkerData & { syncPort: MessagePort; hostPort: MessagePort } = {
    ...rest,
    keptBy: keys.keptBy,
    folders: { choose: folders !== undefined, reveal: folders?.reveal !== undefined },
    hostSignal,
    callSignal,
    syncPort: sync.port2,
    hostPort: host.port2,
  };
  const transfer = [sync.port2, host.port2];
  const worker = workerScript ? new Worker(resolve(workerScript), { workerData: data, transferList: transfer }) : sourceWorker(data, transfer);

  let nextId = 1;
  const pending = new Map<number, (r: Result<unknown>) => void>();
  let closed: (() => void) | null = null;
  let gone: Error | null = null;

  const answerHost = (id: number, answer: Promise<unknown>) =>
    answer.then(
      (value) => worker.postMessage({ kind: 'host-reply', id, ok: true, value } satisfies ToWorker),
      (error: unknown) => worker.postMessage({ kind: 'host-reply', id, ok: false, message: String(error) } satisfies ToWorker),
    );

  const answerSync = (request: HostRequest): unknown => {
    switch (request.kind) {
      case 'database-key':
        return keys.databaseKey().toString('hex');
      case 'replace-key':
        keys.replaceKey(Buffer.from(request.key, 'hex'));
        return null;
      case 'choose-backup-target':
        return files?.chooseBackupTarget(request.suggestedName) ?? null;
      case 'choose-backup-source':
        return files?.chooseBackupSource() ?? null;
      default:
        return null;
    }
  };
  // The synchronous calls (key store, file dialogs): answer, then wake the waiting worker.
  host.port1.on('message', (request: HostRequest) => {
    let reply: { ok: true; value: unknown } | { ok: false; message: string; name: string };
    try {
      reply = { ok: true, value: answerSync(request) };
    } catch (error) {
      // The name travels too: a KeyUnavailableError must stay one in the worker.
      reply = { ok: false, message: error instanceof Error ? error.message : String(error), name: error instanceof Error ? error.name : 'Error' };
    }
    host.port1.postMessage(reply);
    const signal = new Int32Array(hostSignal);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
  // Only the dialogs keep the host's port busy; it must not keep a finished process alive.
  host.port1.unref();

  return new Promise((resolveStart, rejectStart) => {
    let started = false;
    const failAll = (error: Error) => {
      gone = error;
      for (const answer of pending.values()) answer({ ok: false, error: { code: 'internal', message: 'De achterkant van Wijkoverleg is gestopt. Start Wijkoverleg opnieuw; er is niets verloren.' } });
      pending.clear();
    };
    worker.on('message', (message: FromWorker) => {
      switch (message.kind) {
        case 'ready':
          started = true;
          resolveStart(client(message.backupFolder));
          return;
        case 'start-failed':
          rejectStart(toError(message.error));
          return;
        case 'result':
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
          return;
        case 'host':
          if (message.request.kind === 'choose-folder') void answerHost(message.id, folders ? folders.choose(message.request.title) : Promise.resolve(null));
          else if (message.request.kind === 'reveal-folder') void answerHost(message.id, folders?.reveal ? folders.reveal(message.request.folder) : Promise.resolve(false));
          return;
        case 'log': {
          const log = message.what === 'internal' ? onInternalError : message.what === 'storage' ? onStorageError : onBackgroundError;
          log?.(message.label, toError(message.error));
          return;
        }
        case 'closed':
          closed?.();
          return;
      }
    });
    worker.on('error', (error) => {
      failAll(error);
      if (!started) rejectStart(error);
      else onInternalError?.('worker', error);
    });
    worker.on('exit', (code) => {
      failAll(new Error(`De achterkant is gestopt (code ${code}).`));
      if (!started) rejectStart(new Error(`De achterkant is gestopt voordat de database open was (code ${code}).`));
      closed?.();
    });
  });

  function client(backupFolder: string): BackendWorker {
    return {
      backupFolder,
      invoke(channel, payload) {
        if (gone) return Promise.resolve({ ok: false, error: { code: 'internal', message: 'De achterkant van Wijkoverleg is gestopt. Start Wijkoverleg opnieuw; er is niets verloren.' } });
        const id = nextId++;
        return new Promise((answer) => {
          pending.set(id, answer);
          try {
            worker.postMessage({ kind: 'invoke', id, channel, payload } satisfies ToWorker);
          } catch {
            // A function or the like cannot cross threads: no valid request holds one.
            pending.delete(id);
            answer({ ok: false, error: { code: 'validation', message: 'Het verzoek bevat iets wat geen gegeven is; er is niets gewijzigd.' } });
          }
        });
      },
      dispatchSync(channel, payload) {
        if (gone) throw new Error(`${channel}: the back-end worker has stopped`);
        const signal = new Int32Array(callSignal);
        Atomics.store(signal, 0, 0);
        sync.port1.postMessage({ channel, payload } satisfies SyncCall);
        if (Atomics.wait(signal, 0, 0, SYNC_TIMEOUT_MS) === 'timed-out') throw new Error(`${channel}: no answer from the back-end worker`);
        const reply = receiveMessageOnPort(sync.port1);
        if (!reply) throw new Error(`${channel}: the back-end worker answered nothing`);
        return reply.message as Result<unknown>;
      },
      close() {
        if (gone) return Promise.resolve();
        return new Promise((done) => {
          closed = () => {
            closed = null;
            sync.port1.close();
            host.port1.close();
            done();
          };
          worker.postMessage({ kind: 'close' } satisfies ToWorker);
        });
      },
    };
  }
}
