/**
 * The back-end worker thread: the dispatcher and SQLite live here, so a long query or an export
 * never blocks the thread that draws the window (Electron's main process) or serves pages. The
 * host talks to it through client.ts; the contract (channels, Results) is unchanged.
 */
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { startBackend, type Backend } from '../host';
import { KeyUnavailableError, type KeyStore } from '../../db/encryption';
import type { FolderHost } from '../exportFolders';
import type { FileChooser } from '../storage/storage';
import { errorData, type BackendWorkerData, type FromWorker, type HostRequest, type SyncCall, type ToWorker } from './protocol';

if (!parentPort) throw new Error('backend/worker/entry.ts runs only as a worker thread');
const port = parentPort;
const data = workerData as BackendWorkerData & { syncPort: MessagePort; hostPort: MessagePort };
const post = (message: FromWorker) => port.postMessage(message);
const INTERNAL = 'Er ging onverwacht iets mis. Er is niets gewijzigd; probeer het opnieuw.';

/** How long a file dialog may stay open before the back end stops waiting for it. */
const HOST_WAIT_MS = 30 * 60_000;

/** Asks the host and waits for its answer: the file dialogs are synchronous in the back end. */
function askHostSync(request: HostRequest): unknown {
  const signal = new Int32Array(data.hostSignal);
  Atomics.store(signal, 0, 0);
  data.hostPort.postMessage(request);
  if (Atomics.wait(signal, 0, 0, HOST_WAIT_MS) === 'timed-out') return null;
  const reply = receiveMessageOnPort(data.hostPort)?.message as { ok: boolean; value?: unknown; message?: string; name?: string } | undefined;
  if (!reply?.ok) {
    const message = reply?.message ?? 'Geen antwoord van het venster.';
    throw reply?.name === 'KeyUnavailableError' ? new KeyUnavailableError(message) : new Error(message);
  }
  return reply.value;
}

let nextHostId = 1;
const hostPending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
function askHost(request: HostRequest): Promise<unknown> {
  const id = nextHostId++;
  return new Promise((resolve, reject) => {
    hostPending.set(id, { resolve, reject });
    post({ kind: 'host', id, request });
  });
}

/**
 * The host's key store, asked once at start (the host is free then) and kept for this session, as
 * SQLite keeps it for the open connection anyway. Asking again later could deadlock: a test host
 * waiting synchronously for a command (a backup after meeting:finish opens a keyed connection)
 * cannot answer at the same time.
 */
let cachedKey: Buffer | null = null;
const keys: KeyStore = {
  keptBy: data.keptBy,
  databaseKey: () => {
    if (cachedKey) return cachedKey;
    const hex = askHostSync({ kind: 'database-key' });
    if (typeof hex !== 'string') throw new KeyUnavailableError('De sleutel van de database kwam niet van het venster. Start Wijkoverleg opnieuw.');
    cachedKey = Buffer.from(hex, 'hex');
    return cachedKey;
  },
  replaceKey: (key) => {
    // The host stores it (OS key store); only then is it this session's key.
    askHostSync({ kind: 'replace-key', key: key.toString('hex') });
    cachedKey = Buffer.from(key);
  },
};

const files: FileChooser = {
  chooseBackupTarget: (suggestedName) => askHostSync({ kind: 'choose-backup-target', suggestedName }) as string | null,
  chooseBackupSource: () => askHostSync({ kind: 'choose-backup-source' }) as string | null,
};
const folders: FolderHost | undefined = data.folders.choose
  ? {
      choose: (title) => askHost({ kind: 'choose-folder', title }) as Promise<string | null>,
      ...(data.folders.reveal ? { reveal: (folder: string) => askHost({ kind: 'reveal-folder', folder }) as Promise<boolean> } : {}),
    }
  : undefined;

// Tests pin the day; the time of day stays real so timers still run.
const now = data.today ? () => new Date(`${data.today}T${new Date().toISOString().slice(11)}`) : () => new Date();

let backend: Backend;
try {
  backend = startBackend({
    databasePath: data.databasePath,
    appVersion: data.appVersion,
    keys,
    now,
    files,
    ...(folders ? { folders } : {}),
    ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
    ...(data.validateResponses !== undefined ? { validateResponses: data.validateResponses } : {}),
    ...(data.backupFolder ? { backupFolder: data.backupFolder } : {}),
    ...(data.busyTimeoutMs !== undefined ? { busyTimeoutMs: data.busyTimeoutMs } : {}),
    ...(data.osUser ? { osUser: data.osUser } : {}),
    ...(data.documents ? { documents: data.documents } : {}),
    onInternalError: (channel, error) => post({ kind: 'log', what: 'internal', label: channel, error: errorData(error) }),
    onStorageError: (channel, error) => post({ kind: 'log', what: 'storage', label: channel, error: errorData(error) }),
    onBackgroundError: (what, error) => post({ kind: 'log', what: 'background', label: what, error: errorData(error) }),
  });
} catch (error) {
  post({ kind: 'start-failed', error: errorData(error) });
  port.close();
  process.exit(0);
}

// Synchronous calls from the host (tests arranging data): answered here, then the host is woken.
data.syncPort.on('message', (call: SyncCall) => {
  let result: unknown;
  try {
    result = backend.dispatch(call.channel, call.payload);
  } catch (error) {
    post({ kind: 'log', what: 'internal', label: call.channel, error: errorData(error) });
    result = { ok: false, error: { code: 'internal', message: INTERNAL } };
  }
  data.syncPort.postMessage(result);
  const signal = new Int32Array(data.callSignal);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});

port.on('message', (message: ToWorker) => {
  switch (message.kind) {
    case 'invoke':
      // Requests are answered one after another in arrival order; a document export awaits its renderer.
      void backend.invoke(message.channel, message.payload).then(
        (result) => post({ kind: 'result', id: message.id, result }),
        (error: unknown) => {
          post({ kind: 'log', what: 'internal', label: message.channel, error: errorData(error) });
          post({ kind: 'result', id: message.id, result: { ok: false, error: { code: 'internal', message: INTERNAL } } });
        },
      );
      return;
    case 'host-reply': {
      const pending = hostPending.get(message.id);
      hostPending.delete(message.id);
      if (message.ok) pending?.resolve(message.value);
      else pending?.reject(new Error(message.message));
      return;
    }
    case 'close':
      backend.close();
      data.syncPort.close();
      data.hostPort.close();
      post({ kind: 'closed' });
      port.close();
      return;
  }
});

post({ kind: 'ready', backupFolder: backend.storage.backups.folder });
