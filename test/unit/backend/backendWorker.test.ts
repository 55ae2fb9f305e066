import Database from '../../../db/driver';
import { KeyUnavailableError, isPlaintextDatabase, memoryKeyStore } from '../../../db/encryption';
import { openWithTestKey, testKeys } from '../../support/keys';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackendWorker, type BackendWorker } from '../../../backend/worker/client';
import { StorageStartupError } from '../../../backend/storage/storage';
import { migrations } from '../../../db/migrations';

/**
 * The back end in a worker thread: the same contract as in process (validation, Dutch messages,
 * commands that write), the host's dialogs answered on the host's thread, start-up faults with
 * their kind, and this thread free while the worker works.
 */
let dir: string;
let worker: BackendWorker | null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-worker-'));
  worker = null;
});
afterEach(async () => {
  await worker?.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = () => join(dir, 'wijkoverleg.sqlite');

describe('the back end in a worker thread', () => {
  it('answers the contract: a command writes, a query reads, a bad request gets its Dutch message', async () => {
    worker = await startBackendWorker({ databasePath: file(), appVersion: 'test', keys: testKeys(), validateResponses: true, today: '2026-11-22' });
    expect(await worker.invoke('app:info', {})).toMatchObject({ ok: true, data: { isSetUp: false } });
    const created = await worker.invoke('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Molenwijk' }] });
    expect(created).toMatchObject({ ok: true, data: { isSetUp: true } });
    expect(await worker.invoke('wijk:list', {})).toMatchObject({ ok: true, data: [{ name: 'Molenwijk' }] });
    const refused = await worker.invoke('organisation:create', { name: 'Welzijn\u0000Noord', kind: 'welzijn', attendanceRequired: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', fields: { name: expect.stringContaining('stuurteken') } } });
    // What the worker wrote is in the file, for any other reader.
    const reader = openWithTestKey(file(), { readonly: true });
    expect(reader.prepare('SELECT name FROM wijk').pluck().all()).toEqual(['Molenwijk']);
    reader.close();
  });

  it('asks the host for the database key: the key store stays on the host thread (safeStorage lives there)', async () => {
    const store = memoryKeyStore();
    let asked = 0;
    const keys = { keptBy: store.keptBy, databaseKey: () => (asked++, store.databaseKey()), replaceKey: (key: Buffer) => store.replaceKey(key) };
    worker = await startBackendWorker({ databasePath: file(), appVersion: 'test', keys, today: '2026-11-22' });
    expect(asked).toBeGreaterThan(0);
    await worker.invoke('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Molenwijk' }] });
    expect(isPlaintextDatabase(file())).toBe(false);
  });

  it('needs no key from the host while the host waits for a command (a backup after closing a meeting)', { timeout: 60_000 }, async () => {
    worker = await startBackendWorker({ databasePath: file(), appVersion: 'test', keys: testKeys(), today: '2026-11-22' });
    expect(worker.dispatchSync('setup:loadDemo', {})).toMatchObject({ ok: true });
    const meetings = worker.dispatchSync('meeting:list', {}) as { ok: true; data: { id: number; status: string }[] };
    const planned = meetings.data.find((m) => m.status === 'gepland');
    expect(planned).toBeDefined();
    expect(worker.dispatchSync('meeting:start', { id: planned?.id, confirmEarly: true })).toMatchObject({ ok: true });
    // meeting:finish makes a backup, which opens a keyed connection: answered without asking this (waiting) thread.
    expect(worker.dispatchSync('meeting:finish', { id: planned?.id, confirmEarly: true })).toMatchObject({ ok: true });
  });

  it('stops with the key store\'s own Dutch message when the OS cannot keep the key', async () => {
    const unavailable = new KeyUnavailableError('Deze computer kan de sleutel van Wijkoverleg niet veilig bewaren.');
    const keys = { keptBy: 'nergens', databaseKey: (): Buffer => { throw unavailable; }, replaceKey: () => undefined };
    const failed = await startBackendWorker({ databasePath: file(), appVersion: 'test', keys }).then(() => null, (error: unknown) => error);
    expect(failed).toBeInstanceOf(KeyUnavailableError);
    expect((failed as Error).message).toBe(unavailable.message);
  });

  it('answers synchronous calls for tests that arrange data, and invoke calls in order', async () => {
    worker = await startBackendWorker({ databasePath: file(), appVersion: 'test', keys: testKeys(), today: '2026-11-22' });
    expect(worker.dispatchSync('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Molenwijk' }, { name: 'Binnenstad' }] })).toMatchObject({ ok: true });
    const answers = await Promise.all([worker.invoke('wijk:list', {}), worker.invoke('buurt:create', { wijkId: 1, name: 'Molenkamp' }), worker.invoke('wijk:list', {})]);
    expect(answers.map((a) => a.ok)).toEqual([true, true, true]);
    expect(worker.dispatchSync('wijk:list', {})).toMatchObject({ ok: true, data: expect.arrayContaining([expect.objectContaining({ buurten: [expect.objectContaining({ name: 'Molenkamp' })] })]) });
  });

  it('asks the host for the backup file and folder dialogs, on the host thread', async () => {
    const asked: string[] = [];
    worker = await startBackendWorker({
      databasePath: file(),
      appVersion: 'test',
      keys: testKeys(),
      today: '2026-11-22',
      files: {
        chooseBackupTarget: (name) => {
          asked.push(name);
          return join(dir, 'mijn back-up.sqlite');
        },
        chooseBackupSource: () => (asked.push('bron'), null),
      },
      folders: { choose: (title) => (asked.push(title), Promise.resolve(null)) },
    });
    await worker.invoke('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Molenwijk' }] });
    const backup = await worker.invoke('backup:create', {});
    expect(backup.ok).toBe(true);
    expect(asked[0]).toMatch(/\.sqlite$/);
    expect(existsSync(join(dir, 'mijn back-up.sqlite'))).toBe(true);
    // Cancelling the restore dialog: asked on this thread, answered as a cancel, not as a fault.
    expect(await worker.invoke('backup:restore', { source: { kind: 'file' } })).toEqual({ ok: true, data: { status: 'cancelled' } });
    expect(asked).toContain('bron');
  });

  it('keeps this thread free while it works', async () => {
    worker = await startBackendWorker({ databasePath: file(), appVersion: 'test', keys: testKeys(), today: '2026-11-22' });
    await worker.invoke('setup:loadDemo', {});
    // A timer on this thread fires while the worker is busy with a batch of reads. In process the
    // reads would run before the timer could fire (they are synchronous), and it would count 0.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const results = await Promise.all(Array.from({ length: 40 }, () => worker!.invoke('action:list', {})));
    clearInterval(timer);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(ticks).toBeGreaterThan(0);
  });

  it('refuses a database of a newer version with its kind of fault, and leaves it untouched', async () => {
    const newer = new Database(file());
    newer.pragma(`user_version = ${migrations.length + 1}`);
    newer.close();
    const failed = await startBackendWorker({ databasePath: file(), appVersion: 'test', keys: testKeys() }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(StorageStartupError);
    expect((failed as StorageStartupError).fault).toBe('newer_version');
    const check = new Database(file(), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    check.close();
  });

  it('reports an internal error to the host log and answers in Dutch', async () => {
    const logged: string[] = [];
    worker = await startBackendWorker({ databasePath: file(), appVersion: 'test', keys: testKeys(), onInternalError: (channel) => logged.push(channel) });
    // A payload that cannot cross threads never reaches the worker: refused here, in Dutch.
    const result = await worker.invoke('wijk:list', { f: () => 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(logged).toEqual([]);
  });
});
