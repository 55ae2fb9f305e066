import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startBackend, type Backend, type BackendOptions } from '../../backend/host';
import { fixedFolderHost } from '../../backend/exportFolders';
import type { Channel, RequestOf, ResponseOf, ApiError } from '../../contract';

export interface TestBackend extends Backend {
  dir: string;
  file: string;
  /** Calls a channel and returns its data, failing the test with the Dutch message otherwise. */
  call<C extends Channel>(channel: C, request: RequestOf<C>): ResponseOf<C>;
  /** Calls an asynchronous channel (document exports) through `invoke` and returns its data. */
  callAsync<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Calls a channel that must fail, and returns the error. */
  reject<C extends Channel>(channel: C, request: unknown): ApiError;
  cleanup(): void;
}

export type TestBackendOptions = Partial<Omit<BackendOptions, 'databasePath'>>;

/** A real SQLite file in a fresh temp dir, with "today" pinned unless given. */
export function createTestBackend(options: TestBackendOptions = {}): TestBackend {
  const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-test-'));
  return openTestBackend(join(dir, 'wijkoverleg.sqlite'), options);
}

/** The back end on a given file (a restart, or a file a test prepared); cleanup removes its folder. */
export function openTestBackend(file: string, options: TestBackendOptions = {}): TestBackend {
  const dir = dirname(file);
  const backend = startBackend({
    appVersion: 'test',
    now: () => new Date('2026-11-22T09:00:00Z'),
    // "Choose a folder" picks this one, inside the test's own temp dir.
    folders: fixedFolderHost(join(dir, 'exports')),
    validateResponses: true,
    onInternalError: (channel, error) => {
      throw error instanceof Error ? error : new Error(`${channel}: ${String(error)}`);
    },
    ...options,
    databasePath: file,
  });
  return {
    get db() {
      return backend.db;
    },
    storage: backend.storage,
    dispatch: backend.dispatch,
    invoke: backend.invoke,
    close: backend.close,
    dir,
    file,
    call(channel, request) {
      const result = backend.dispatch(channel, request);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
      return result.data as never;
    },
    async callAsync(channel, request) {
      const result = await backend.invoke(channel, request);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
      return result.data as never;
    },
    reject(channel, request) {
      const result = backend.dispatch(channel, request);
      if (result.ok) throw new Error(`${channel} was expected to fail but returned ${JSON.stringify(result.data)}`);
      return result.error;
    },
    cleanup() {
      try {
        backend.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
