import { afterEach, describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestBackend, openTestBackend, type TestBackend } from '../../support/backend';
import { openWithTestKey } from '../../support/keys';
import { seedTeam, planMeeting, signalRequest, type Seed } from '../../support/meetings';
import { canMountTmpfs, fileHash, holdWriteLock, makeReadOnly, makeWritable, mountTmpfs, unmount } from '../../support/faults';
import { storageFaultMessage } from '../../../domain/storage';
import { StorageStartupError } from '../../../backend/storage/storage';
import { migrations } from '../../../db/migrations';

const open: TestBackend[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanups.splice(0).reverse()) undo();
  for (const app of open.splice(0)) app.cleanup();
});

const track = (app: TestBackend) => {
  open.push(app);
  return app;
};

/** A gemeente with a meeting and two signals; closed, so the file on disk is complete. */
function preparedFile(): { file: string; dir: string } {
  const app = createTestBackend();
  const seed = seedTeam(app);
  const meeting = planMeeting(app, seed, '2026-12-08');
  app.call('signal:create', signalRequest(seed, meeting.id));
  app.call('signal:create', signalRequest(seed, meeting.id, { title: 'Hangjongeren bij het winkelcentrum', theme: 'overlast' }));
  app.close();
  cleanups.push(() => rmSync(app.dir, { recursive: true, force: true }));
  return { file: app.file, dir: app.dir };
}

const signalCount = (app: TestBackend) => app.db.prepare('SELECT count(*) FROM signal').pluck().get() as number;

function reseed(app: TestBackend): { seed: Seed; meetingId: number } {
  const seed = seedTeam(app);
  return { seed, meetingId: planMeeting(app, seed, '2026-12-08').id };
}

describe('storage faults: a Dutch message, nothing half-written, the next start works', () => {
  it('a read-only database file: it opens to read, every write is refused with the read-only message', () => {
    const { file } = preparedFile();
    makeReadOnly(file);
    cleanups.push(() => makeWritable(file));
    const before = fileHash(file);

    const app = openTestBackend(file);
    expect(app.call('app:info', {}).storageProblem?.fault).toBe('readonly_file');
    expect(signalCount(app)).toBe(2);
    const meeting = app.call('meeting:list', {})[0]!;
    const seedLike = app.call('organisation:list', {});
    const error = app.reject('wijk:create', { name: 'Nieuwe Wijk' });
    expect(error).toEqual({ code: 'storage', message: storageFaultMessage('readonly_file', 'write') });
    expect(error.message).toMatch(/^Niet opgeslagen\. Het databasebestand van Wijkoverleg is alleen-lezen\. Alles wat al was opgeslagen is bewaard/);
    expect(meeting.id).toBeGreaterThan(0);
    expect(seedLike.length).toBe(4);
    app.close();
    expect(fileHash(file)).toBe(before);

    makeWritable(file);
    const next = track(openTestBackend(file));
    expect(next.call('app:info', {}).storageProblem).toBeNull();
    next.call('wijk:create', { name: 'Nieuwe Wijk' });
    expect(next.call('wijk:list', {}).map((w) => w.name)).toContain('Nieuwe Wijk');
  });

  it('a read-only folder: the start stops with the folder message and changes nothing', () => {
    const { file, dir } = preparedFile();
    const before = fileHash(file);
    makeReadOnly(dir);
    cleanups.push(() => makeWritable(dir));

    let thrown: unknown;
    try {
      openTestBackend(file);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StorageStartupError);
    expect((thrown as StorageStartupError).fault).toBe('readonly_folder');
    expect((thrown as Error).message).toBe(storageFaultMessage('readonly_folder', 'startup'));
    expect((thrown as Error).message).toMatch(/^De map waarin het databasebestand van Wijkoverleg staat is alleen-lezen;.* Er is niets verloren gegaan/);
    expect(fileHash(file)).toBe(before);

    makeWritable(dir);
    const next = track(openTestBackend(file));
    expect(signalCount(next)).toBe(2);
  });

  it('a full disk (SQLite max_page_count): the write that does not fit is refused whole, the next one after freeing space works', () => {
    const app = track(createTestBackend());
    const { seed, meetingId } = reseed(app);
    const pages = app.db.pragma('page_count', { simple: true }) as number;
    app.db.pragma(`max_page_count = ${pages + 2}`);
    const long = 'Bewoners melden wekelijks dumpingen van huisraad en bouwafval achter de flats. '.repeat(25);

    let failure: ReturnType<TestBackend['reject']> | null = null;
    let before = 0;
    for (let i = 0; i < 200 && !failure; i++) {
      before = signalCount(app);
      const result = app.dispatch('signal:create', signalRequest(seed, meetingId, { title: `Afval ${i}`, description: long }));
      if (!result.ok) failure = result.error;
    }
    expect(failure).toEqual({ code: 'storage', message: storageFaultMessage('disk_full', 'write') });
    expect(failure?.message).toMatch(/^Niet opgeslagen\. De schijf is vol\. Alles wat al was opgeslagen is bewaard/);
    expect(signalCount(app)).toBe(before);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');

    app.db.pragma('max_page_count = 1073741823');
    app.call('signal:create', signalRequest(seed, meetingId, { title: 'Na het opruimen', description: long }));
    app.close();
    const next = track(openTestBackend(app.file));
    expect(signalCount(next)).toBe(before + 1);
  });

  const tmpfsDir = mkdtempSync(join(tmpdir(), 'wijkoverleg-tmpfs-probe-'));
  const tmpfs = canMountTmpfs(tmpfsDir);
  rmSync(tmpfsDir, { recursive: true, force: true });

  it.runIf(tmpfs)('a really full disk (a 2 MB tmpfs): the same message, nothing half-written, works again once space is freed', () => {
    const mount = mkdtempSync(join(tmpdir(), 'wijkoverleg-tmpfs-'));
    mountTmpfs(mount, '2m');
    cleanups.push(() => {
      try {
        unmount(mount);
      } finally {
        rmSync(mount, { recursive: true, force: true });
      }
    });
    const backups = mkdtempSync(join(tmpdir(), 'wijkoverleg-tmpfs-backups-'));
    cleanups.push(() => rmSync(backups, { recursive: true, force: true }));
    const file = join(mount, 'wijkoverleg.sqlite');
    const app = openTestBackend(file, { backupFolder: backups });
    const { seed, meetingId } = reseed(app);
    // Fill the disk, keeping no room to spare.
    const filler = join(mount, 'vulling.bin');
    const chunk = Buffer.alloc(16 * 1024, 1);
    try {
      for (;;) writeFileSync(filler, chunk, { flag: 'a' });
    } catch {
      // ENOSPC: the disk is full now
    }
    let failure: ReturnType<TestBackend['reject']> | null = null;
    let before = 0;
    for (let i = 0; i < 500 && !failure; i++) {
      before = signalCount(app);
      const result = app.dispatch('signal:create', signalRequest(seed, meetingId, { title: `Melding ${i}`, description: 'x'.repeat(1500) }));
      if (!result.ok) failure = result.error;
    }
    expect(failure).toEqual({ code: 'storage', message: storageFaultMessage('disk_full', 'write') });
    expect(signalCount(app)).toBe(before);

    rmSync(filler);
    app.call('signal:create', signalRequest(seed, meetingId, { title: 'Er is weer ruimte' }));
    app.close();
    const next = openTestBackend(file, { backupFolder: backups });
    expect(signalCount(next)).toBe(before + 1);
    expect(next.db.pragma('integrity_check', { simple: true })).toBe('ok');
    next.close();
  });

  it('a lock held briefly by another program: the write waits for it (BEGIN IMMEDIATE + busy_timeout) and succeeds', async () => {
    const app = track(createTestBackend());
    const { seed, meetingId } = reseed(app);
    const lock = await holdWriteLock(app.file, 400);
    // Control: a deferred transaction that reads first does not wait for the lock at all.
    const deferred = app.db.transaction(() => {
      app.db.prepare('SELECT count(*) FROM signal').get();
      app.db.prepare("UPDATE municipality SET name = name").run();
    });
    expect(() => deferred.deferred()).toThrow(/locked|busy/i);
    // The handler reads (the meeting, the bringer) before it writes, in one transaction.
    const signal = app.call('signal:create', signalRequest(seed, meetingId));
    expect(signal.id).toBeGreaterThan(0);
    await lock.release();
  });

  it('a lock that outlasts the wait: the lock message naming the likely causes; nothing written; works once released', async () => {
    const app = track(createTestBackend({ busyTimeoutMs: 300 }));
    const { seed, meetingId } = reseed(app);
    const before = signalCount(app);
    const lock = await holdWriteLock(app.file);
    const error = app.reject('signal:create', signalRequest(seed, meetingId));
    expect(error).toEqual({ code: 'storage', message: storageFaultMessage('locked', 'write', { lockWaitSeconds: 1 }) });
    expect(error.message).toContain('een tweede Wijkoverleg');
    expect(error.message).toContain('synchronisatie- of back-upprogramma');
    await lock.release();
    expect(signalCount(app)).toBe(before);
    app.call('signal:create', signalRequest(seed, meetingId));
    expect(signalCount(app)).toBe(before + 1);
  });

  it('a database from a newer version: refused at start with the newer-version message, file untouched', () => {
    const { file } = preparedFile();
    const raw = openWithTestKey(file);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    const before = fileHash(file);
    let thrown: unknown;
    try {
      openTestBackend(file);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as StorageStartupError).fault).toBe('newer_version');
    expect((thrown as Error).message).toBe(storageFaultMessage('newer_version', 'startup'));
    expect(fileHash(file)).toBe(before);
  });

  it('a damaged page: never written to, the newest good backup is offered with its date, restoring it puts the damaged file aside', () => {
    // Day 1: set up; day 2: the first start makes the daily backup; then more work, then a crash damages a page.
    const file = preparedFile().file;
    const day2 = () => new Date('2026-11-23T08:15:00Z');
    const app = openTestBackend(file, { now: day2 });
    const backups = app.call('backup:list', {}).backups;
    expect(backups.map((b) => b.reason)).toEqual(['dagelijks']);
    const meetingId = app.call('meeting:list', {})[0]!.id;
    const bringer = app.call('person:list', {}).find((p) => p.name === 'Ahmed Bouzid')!;
    app.call('signal:create', { meetingId, title: 'Na de back-up', description: 'Komt niet terug.', theme: 'openbare_ruimte', broughtByPersonId: bringer.id });
    const root = app.db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'signal'").pluck().get() as number;
    const pageSize = app.db.pragma('page_size', { simple: true }) as number;
    app.close();
    const closedAt = statSync(file).mtime;
    const handle = openSync(file, 'r+');
    writeSync(handle, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
    closeSync(handle);
    // The damage comes later than the clean close (file times are coarser than this test is fast:
    // written within the same tick, the file would look untouched and today's check be skipped).
    utimesSync(file, closedAt, new Date(closedAt.getTime() + 5_000));
    const damaged = fileHash(file);

    const broken = openTestBackend(file, { now: day2 });
    const info = broken.call('app:info', {});
    expect(info.storageProblem).toMatchObject({ fault: 'corrupt', newestBackup: { name: backups[0]!.name, createdAt: '2026-11-23T08:15:00.000Z' } });
    expect(info.storageProblem?.message).toBe(storageFaultMessage('corrupt', 'startup'));
    expect(info.storageProblem?.message).toMatch(/^Het databasebestand van Wijkoverleg is beschadigd\. Wijkoverleg schrijft er niets meer in/);
    expect(broken.reject('wijk:create', { name: 'Poging' })).toEqual({ code: 'storage', message: storageFaultMessage('corrupt', 'startup') });
    expect(broken.reject('signal:list', {}).code).toBe('storage');
    expect(fileHash(file)).toBe(damaged);

    const restored = broken.call('backup:restore', { source: { kind: 'automatic', name: backups[0]!.name } });
    expect(restored).toMatchObject({ status: 'restored', dataDate: '2026-11-23T08:15:00.000Z', dataDateKind: 'backup', keptAs: null, keptAsideBecause: 'corrupt' });
    const aside = (restored as { damagedKeptIn: string }).damagedKeptIn;
    expect(readdirSync(aside)).toContain('wijkoverleg.sqlite');
    expect(fileHash(join(aside, 'wijkoverleg.sqlite'))).toBe(damaged);
    expect(broken.call('app:info', {}).storageProblem).toBeNull();
    expect(broken.call('signal:list', {}).map((s) => s.title)).not.toContain('Na de back-up');
    expect(signalCount(broken)).toBe(2);
    broken.close();

    const next = track(openTestBackend(file, { now: day2 }));
    expect(next.call('app:info', {}).storageProblem).toBeNull();
    next.call('wijk:create', { name: 'Na het herstel' });
  });
});
