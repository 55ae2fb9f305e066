import { describe, expect, it } from 'vitest';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from '../../../db/driver';
import { memoryKeyStore, newDatabaseKey } from '../../../db/encryption';
import { migrate } from '../../../db/migrate';
import { backupFileName } from '../../../domain/backup';
import { formatRecoveryKey } from '../../../domain/recoveryKey';
import { storageFaultMessage } from '../../../domain/storage';
import { chooser } from '../../support/fileChooser';
import { scratch } from '../../support/scratch';
import { createTestBackend, openTestBackend, type TestBackend } from '../../support/backend';
import { TEST_KEY, openWithTestKey } from '../../support/keys';

const CANARY = 'Kanarie-Brandaris-7731';
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const { apps, tempDir } = scratch('wijkoverleg-encryption-test-');

/** Every file in a folder (recursively): name and bytes. */
function filesIn(folder: string): { name: string; bytes: Buffer }[] {
  const out: { name: string; bytes: Buffer }[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...filesIn(full));
    else out.push({ name: full, bytes: readFileSync(full) });
  }
  return out;
}
const hits = (folder: string, needle: string) =>
  filesIn(folder)
    .filter((f) => f.bytes.includes(Buffer.from(needle)) || f.bytes.includes(Buffer.from(needle, 'utf16le')))
    .map((f) => f.name);
const withPlainHeader = (folder: string) => filesIn(folder).filter((f) => f.bytes.subarray(0, 16).equals(PLAIN_HEADER)).map((f) => f.name);

/**
 * Holds the files' inodes open while `run` works (the start-up that migrates), then checks that
 * their bytes read as zeros: overwritten in place, not merely unlinked.
 */
function zeroedWhileHeld<T>(files: string[], run: () => T): T {
  const held = files.map((f) => ({ fd: openSync(f, 'r'), size: statSync(f).size }));
  try {
    const result = run();
    for (const { fd, size } of held) {
      const bytes = Buffer.alloc(size);
      readSync(fd, bytes, 0, size, 0);
      expect(bytes.every((b) => b === 0)).toBe(true);
    }
    return result;
  } finally {
    for (const { fd } of held) closeSync(fd);
  }
}

/** A gemeente whose name is the canary, with a signal and a backup made after a closed meeting. */
function seeded(app: TestBackend) {
  app.call('setup:create', { municipalityName: `Gemeente ${CANARY}`, wijken: [{ name: 'Molenwijk' }] });
  return app;
}


const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('encryption at rest', () => {
  it('writes no plain text: no SQLite header and no canary in the database, its WAL or a backup — while running and after closing', () => {
    const app = seeded(createTestBackend());
    apps.push(app);
    const { files, state } = chooser(app.dir);
    app.close();
    const again = openTestBackend(app.file, { files, now: () => new Date('2026-11-23T09:00:00Z') }); // next day: a daily backup
    apps.push(again);
    again.call('backup:create', {});
    expect(state.saved).toHaveLength(1);
    expect(again.call('backup:list', {}).backups.length).toBeGreaterThan(0);
    // While running (the WAL is there) and after closing.
    expect(existsSync(`${app.file}-wal`)).toBe(true);
    expect(hits(app.dir, CANARY)).toEqual([]);
    expect(withPlainHeader(app.dir)).toEqual([]);
    again.close();
    expect(hits(app.dir, CANARY)).toEqual([]);
    expect(withPlainHeader(app.dir)).toEqual([]);
    // The control: with the key the canary is there, so the search above could have found it.
    const db = openWithTestKey(app.file, { readonly: true });
    expect(db.prepare('SELECT name FROM municipality').pluck().get()).toBe(`Gemeente ${CANARY}`);
    db.close();
  });

  it('backups are encrypted with the same key: unreadable without it, readable with it', () => {
    const app = seeded(createTestBackend());
    apps.push(app);
    const { files, state } = chooser(app.dir);
    app.close();
    const again = openTestBackend(app.file, { files, now: () => new Date('2026-11-23T09:00:00Z') });
    apps.push(again);
    again.call('backup:create', {});
    const automatic = again.call('backup:list', {}).backups.map((b) => join(app.dir, 'Back-ups', b.name));
    for (const file of [...automatic, ...state.saved]) {
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 16).equals(PLAIN_HEADER)).toBe(false);
      expect(bytes.includes(Buffer.from(CANARY))).toBe(false);
      const without = new Database(file, { readonly: true });
      expect(() => without.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(/file is not a database/);
      without.close();
      const withKey = openWithTestKey(file, { readonly: true });
      expect(withKey.prepare('SELECT name FROM municipality').pluck().get()).toBe(`Gemeente ${CANARY}`);
      withKey.close();
    }
  });

  it('a wrong key: a clear Dutch message (not "internal"), the file untouched, restoring with the herstelsleutel offered', () => {
    const app = seeded(createTestBackend());
    apps.push(app);
    app.close();
    const before = sha(app.file);
    const other = openTestBackend(app.file, { keys: memoryKeyStore(newDatabaseKey()) });
    apps.push(other);
    const info = other.call('app:info', {});
    expect(info.storageProblem?.fault).toBe('wrong_key');
    expect(info.storageProblem?.message).toBe(storageFaultMessage('wrong_key', 'startup'));
    expect(info.storageProblem?.message).toContain('herstelsleutel');
    const refused = other.reject('wijk:list', {});
    expect(refused.code).toBe('storage');
    expect(refused.message).toContain('andere sleutel');
    other.close();
    expect(sha(app.file)).toBe(before);
  });

  it('migrates a plain database of an earlier version: verified encrypted copy, the plain bytes overwritten, plain backups encrypted too', () => {
    const dir = tempDir();
    const file = join(dir, 'wijkoverleg.sqlite');
    // An earlier version's file: plain, current schema, with data and a plain backup beside it.
    const plain = new Database(file);
    plain.pragma('journal_mode = WAL');
    migrate(plain);
    plain.prepare('INSERT INTO municipality (id, name, created_at) VALUES (1, ?, ?)').run(`Gemeente ${CANARY}`, '2026-01-05T10:00:00Z');
    plain.prepare('INSERT INTO wijk (name) VALUES (?)').run('Molenwijk');
    const userVersion = plain.pragma('user_version', { simple: true });
    plain.close();
    mkdirSync(join(dir, 'Back-ups'));
    const plainBackup = join(dir, 'Back-ups', backupFileName(new Date('2026-11-20T08:00:00Z'), 'dagelijks'));
    copyFileSync(file, plainBackup);
    expect(hits(dir, CANARY).length).toBe(2);

    // Hold the plain files' inodes: after the migration their bytes must read as zeros.
    const app = zeroedWhileHeld([file, plainBackup], () => openTestBackend(file, { now: () => new Date('2026-11-22T09:00:00Z') }));
    apps.push(app);
    expect(app.storage.encrypted.database).toMatchObject({ userVersion, tables: expect.any(Number) });
    expect(app.storage.encrypted.backups).toEqual([backupFileName(new Date('2026-11-20T08:00:00Z'), 'dagelijks')]);
    // Same data, now encrypted; nothing plain left beside it.
    expect(app.call('app:info', {}).municipalityName).toBe(`Gemeente ${CANARY}`);
    expect(app.call('wijk:list', {}).map((w) => w.name)).toEqual(['Molenwijk']);
    app.close();
    expect(hits(dir, CANARY)).toEqual([]);
    expect(withPlainHeader(dir)).toEqual([]);
    expect(readdirSync(dir).filter((n) => n.includes('onversleuteld') || n.includes('versleuteld') || n.includes('anker'))).toEqual([]);
    const backup = openWithTestKey(plainBackup, { readonly: true });
    expect(backup.prepare('SELECT name FROM municipality').pluck().get()).toBe(`Gemeente ${CANARY}`);
    backup.close();
  });

  it('migrates a plain database whose last changes are still in a WAL (an earlier version that crashed): included, then wiped', () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    const file = join(dir, 'wijkoverleg.sqlite');
    const writer = new Database(join(elsewhere, 'wijkoverleg.sqlite'));
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    migrate(writer);
    writer.pragma('wal_checkpoint(TRUNCATE)');
    writer.prepare('INSERT INTO municipality (id, name, created_at) VALUES (1, ?, ?)').run('Den Helder', '2026-01-05T10:00:00Z');
    writer.prepare('INSERT INTO wijk (name) VALUES (?)').run(`Wijk ${CANARY}`);
    // The files as a crash leaves them: the change only in the WAL, not yet in the database file.
    copyFileSync(join(elsewhere, 'wijkoverleg.sqlite'), file);
    copyFileSync(join(elsewhere, 'wijkoverleg.sqlite-wal'), `${file}-wal`);
    writer.close();
    expect(readFileSync(file).includes(Buffer.from(CANARY))).toBe(false);
    expect(readFileSync(`${file}-wal`).includes(Buffer.from(CANARY))).toBe(true);

    const app = zeroedWhileHeld([file, `${file}-wal`], () => openTestBackend(file));
    apps.push(app);
    expect(app.call('wijk:list', {}).map((w) => w.name)).toEqual([`Wijk ${CANARY}`]);
    app.close();
    expect(hits(dir, CANARY)).toEqual([]);
  });
});

describe('herstelsleutel: restoring on a new laptop', () => {
  it('restores a backup with its herstelsleutel through the dispatcher; a wrong or mistyped one changes nothing', () => {
    const dir = tempDir();
    // Laptop A: the gemeente's data, a backup on a USB stick, and the herstelsleutel on paper.
    const oldLaptop = chooser(dir);
    const a = seeded(createTestBackend({ files: oldLaptop.files }));
    apps.push(a);
    a.call('backup:create', {});
    const stick = oldLaptop.state.saved[0]!;
    const { herstelsleutel, keptBy } = a.call('recoveryKey:get', {});
    expect(herstelsleutel).toBe(formatRecoveryKey(TEST_KEY));
    expect(herstelsleutel).toMatch(/^([0-9A-Z]{5}-){12}[0-9A-Z]{5}$/);
    expect(keptBy).toBeTruthy();

    // Laptop B: a new key store with its own key, a fresh database.
    const keysB = memoryKeyStore(newDatabaseKey());
    const newLaptop = chooser(tempDir());
    const b = createTestBackend({ keys: keysB, files: newLaptop.files });
    apps.push(b);
    b.call('setup:create', { municipalityName: 'Nog leeg', wijken: [{ name: 'Proefwijk' }] });
    b.close();
    const bFile = b.file;
    const keyBefore = Buffer.from(keysB.databaseKey());
    const hashBefore = sha(bFile);
    let laptopB = openTestBackend(bFile, { keys: keysB, files: newLaptop.files });
    apps.push(laptopB);
    newLaptop.state.source = stick;

    // Without the herstelsleutel: another key, said in Dutch.
    expect(laptopB.reject('backup:restore', { source: { kind: 'file' } })).toEqual({ code: 'validation', message: storageFaultMessage('wrong_key', 'restore') });
    // A typo in group 3: caught by its check character, before anything is read.
    const typo = herstelsleutel.split('-');
    typo[2] = `${typo[2]![0] === 'A' ? 'B' : 'A'}${typo[2]!.slice(1)}`;
    const mistyped = laptopB.reject('backup:restore', { source: { kind: 'file', herstelsleutel: typo.join('-') } });
    expect(mistyped.code).toBe('validation');
    expect(mistyped.message).toContain('Groep 3 van de herstelsleutel klopt niet');
    // A well-formed herstelsleutel of another key: refused, nothing replaced.
    const wrong = laptopB.reject('backup:restore', { source: { kind: 'file', herstelsleutel: formatRecoveryKey(newDatabaseKey()) } });
    expect(wrong.code).toBe('validation');
    expect(wrong.message).toContain('Deze herstelsleutel past niet bij dit bestand');
    expect(laptopB.call('app:info', {}).municipalityName).toBe('Nog leeg');
    laptopB.close();
    expect(sha(bFile)).toBe(hashBefore);
    expect(keysB.databaseKey().equals(keyBefore)).toBe(true);

    // The right herstelsleutel, typed as people do (lower case, spaces): the data is back.
    laptopB = openTestBackend(bFile, { keys: keysB, files: newLaptop.files });
    apps.push(laptopB);
    const typed = herstelsleutel.toLowerCase().replaceAll('-', ' ');
    const restored = laptopB.call('backup:restore', { source: { kind: 'file', herstelsleutel: typed } });
    expect(restored.status).toBe('restored');
    expect(laptopB.call('app:info', {}).municipalityName).toBe(`Gemeente ${CANARY}`);
    // The key of laptop A is now laptop B's key, and the herstelsleutel on paper stays valid.
    expect(keysB.databaseKey().equals(TEST_KEY)).toBe(true);
    expect(laptopB.call('recoveryKey:get', {}).herstelsleutel).toBe(herstelsleutel);
    // The data it replaced was kept as a backup, re-encrypted with the new key: it still opens.
    const kept = restored.status === 'restored' ? restored.keptAs : null;
    expect(kept).not.toBeNull();
    const keptDb = openWithTestKey(join(laptopB.dir, 'Back-ups', kept!), { readonly: true });
    expect(keptDb.prepare('SELECT name FROM municipality').pluck().get()).toBe('Nog leeg');
    keptDb.close();
    // A restart of laptop B opens the restored data with its stored key.
    laptopB.close();
    const restarted = openTestBackend(bFile, { keys: keysB });
    apps.push(restarted);
    expect(restarted.call('app:info', {}).municipalityName).toBe(`Gemeente ${CANARY}`);
  });
});
