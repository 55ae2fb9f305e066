import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTestBackend, openTestBackend, type TestBackend } from '../../support/backend';
import { planMeeting, seedTeam, signalRequest } from '../../support/meetings';
import { openDatabase } from '../../../db/connection';
import { migrate } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { storageFaultMessage } from '../../../domain/storage';
import type { FileChooser } from '../../../backend/storage/storage';

const dirs: string[] = [];
const apps: TestBackend[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-backup-test-'));
  dirs.push(dir);
  return dir;
};

/** The host's file dialogs, answered by the test: save into `folder`, restore `source`. */
function chooser(folder: string) {
  const state = { source: null as string | null, saved: [] as string[] };
  const files: FileChooser = {
    chooseBackupTarget: (name) => {
      const target = join(folder, name);
      state.saved.push(target);
      return target;
    },
    chooseBackupSource: () => state.source,
  };
  return { files, state };
}

const clock = (iso: string) => {
  const at = { now: new Date(iso) };
  return { at, now: () => at.now };
};

const titles = (app: TestBackend) => app.call('signal:list', {}).map((s) => s.title).sort();
const backupFiles = (app: TestBackend) => app.call('backup:list', {}).backups;

describe('backups', () => {
  it('makes one verified backup at the first start of each day, none for an empty database', () => {
    const time = clock('2026-11-22T07:30:00Z');
    const first = createTestBackend({ now: time.now });
    apps.push(first);
    expect(backupFiles(first)).toEqual([]); // nothing set up yet: nothing to secure
    seedTeam(first);
    first.close();

    time.at.now = new Date('2026-11-22T12:00:00Z');
    let app = openTestBackend(first.file, { now: time.now });
    expect(backupFiles(app).map((b) => [b.reason, b.createdAt])).toEqual([['dagelijks', '2026-11-22T12:00:00.000Z']]);
    app.close();
    time.at.now = new Date('2026-11-22T15:00:00Z');
    app = openTestBackend(first.file, { now: time.now });
    expect(backupFiles(app)).toHaveLength(1); // same day: no second one
    app.close();
    time.at.now = new Date('2026-11-23T06:00:00Z');
    app = openTestBackend(first.file, { now: time.now });
    const list = app.call('backup:list', {});
    expect(list.backups.map((b) => b.createdAt)).toEqual(['2026-11-23T06:00:00.000Z', '2026-11-22T12:00:00.000Z']);
    expect(list.folder).toBe(join(first.dir, 'Back-ups'));
    expect(list.lastFailure).toBeNull();
    // Each one is a complete, single-file database that passes integrity_check.
    for (const backup of list.backups) {
      const file = join(list.folder, backup.name);
      const copy = new Database(file, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.prepare('SELECT name FROM municipality').pluck().get()).toBe('Den Helder');
      copy.close();
      expect(existsSync(`${file}-wal`)).toBe(false);
    }
    app.close();
  });

  it('makes a backup after a meeting is closed, holding what was said in it', () => {
    const app = createTestBackend();
    apps.push(app);
    const seed = seedTeam(app);
    const meeting = planMeeting(app, seed, '2026-11-22');
    app.call('meeting:start', { id: meeting.id });
    app.call('signal:create', signalRequest(seed, meeting.id, { title: 'Gevaarlijke oversteek bij de school' }));
    expect(backupFiles(app)).toEqual([]);
    app.call('meeting:finish', { id: meeting.id });
    const [backup] = backupFiles(app);
    expect(backup?.reason).toBe('na-overleg');
    const copy = new Database(join(app.dir, 'Back-ups', backup!.name), { readonly: true });
    expect(copy.prepare('SELECT title FROM signal').pluck().all()).toEqual(['Gevaarlijke oversteek bij de school']);
    copy.close();
  });

  it('makes a backup before migrating an older database, at the older schema version', () => {
    const dir = tempDir();
    const file = join(dir, 'wijkoverleg.sqlite');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    migrate(old, 3);
    old.prepare("INSERT INTO municipality (id, name, created_at) VALUES (1, 'Den Helder', '2025-03-01T10:00:00Z')").run();
    old.close();

    const app = openTestBackend(file);
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const before = backupFiles(app).find((b) => b.reason === 'voor-migratie');
    expect(before).toBeDefined();
    const copy = new Database(join(dir, 'Back-ups', before!.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(3);
    expect(copy.prepare('SELECT name FROM municipality').pluck().get()).toBe('Den Helder');
    copy.close();
    app.close();
  });

  it('a backup to a place the user picks, restored later: the data of that moment is back, the replaced data kept as a backup', () => {
    const saveTo = tempDir();
    const { files, state } = chooser(saveTo);
    const time = clock('2026-11-22T10:00:00Z');
    const app = createTestBackend({ files, now: time.now });
    apps.push(app);
    const seed = seedTeam(app);
    const meeting = planMeeting(app, seed, '2026-12-08');
    app.call('signal:create', signalRequest(seed, meeting.id, { title: 'Vóór de back-up' }));

    const saved = app.call('backup:create', {});
    expect(saved).toMatchObject({ status: 'saved', file: join(saveTo, 'Wijkoverleg back-up 2026-11-22 11.00.sqlite'), createdAt: '2026-11-22T10:00:00.000Z' });

    time.at.now = new Date('2026-11-22T14:00:00Z');
    app.call('signal:create', signalRequest(seed, meeting.id, { title: 'Na de back-up' }));
    expect(titles(app)).toEqual(['Na de back-up', 'Vóór de back-up']);

    state.source = state.saved[0]!;
    const restored = app.call('backup:restore', { source: { kind: 'file' } });
    expect(restored).toMatchObject({ status: 'restored', dataDate: '2026-11-22T10:00:00.000Z', dataDateKind: 'backup', fromSchema: migrations.length, migrated: false });
    expect(titles(app)).toEqual(['Vóór de back-up']);
    // The data as it was just before the restore is itself a backup now.
    const keptAs = (restored as { keptAs: string }).keptAs;
    expect(backupFiles(app).find((b) => b.name === keptAs)?.reason).toBe('voor-terugzetten');
    const kept = new Database(join(app.dir, 'Back-ups', keptAs), { readonly: true });
    expect(kept.prepare('SELECT title FROM signal ORDER BY title').pluck().all()).toEqual(['Na de back-up', 'Vóór de back-up']);
    kept.close();
    // The live database carries no trace of the backup's own mark, and keeps working.
    expect(app.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'wijkoverleg_backup'").pluck().get()).toBe(0);
    app.call('signal:create', signalRequest(seed, meeting.id, { title: 'Na het terugzetten' }));
    app.close();
    const next = openTestBackend(app.file, { now: time.now });
    expect(titles(next)).toEqual(['Na het terugzetten', 'Vóór de back-up']);
    next.close();
  });

  it('restores a backup made by an earlier schema version and migrates it', () => {
    const dir = tempDir();
    const oldFile = join(dir, 'oud.sqlite');
    const old = new Database(oldFile);
    migrate(old, 3);
    old.prepare("INSERT INTO municipality (id, name, created_at) VALUES (1, 'Oudgemeente', '2025-03-01T10:00:00Z')").run();
    old.prepare("INSERT INTO wijk (name) VALUES ('Oude Wijk')").run();
    old.close();

    const { files, state } = chooser(tempDir());
    const app = createTestBackend({ files });
    apps.push(app);
    seedTeam(app);
    state.source = oldFile;
    const restored = app.call('backup:restore', { source: { kind: 'file' } });
    // No mark in a file like this: the date is the last change in its data.
    expect(restored).toMatchObject({ status: 'restored', fromSchema: 3, migrated: true, dataDate: '2025-03-01T10:00:00Z', dataDateKind: 'last_change' });
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(app.call('app:info', {}).municipalityName).toBe('Oudgemeente');
    expect(app.call('wijk:list', {}).map((w) => w.name)).toEqual(['Oude Wijk']);
    // The picked file itself is untouched, still at its old version.
    const check = new Database(oldFile, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(3);
    check.close();
    expect(backupFiles(app).map((b) => b.reason).sort()).toEqual(['voor-migratie', 'voor-terugzetten']);
  });

  it('refuses a file that is not a Wijkoverleg database, or comes from a newer version, and replaces nothing', () => {
    const dir = tempDir();
    const { files, state } = chooser(dir);
    const app = createTestBackend({ files });
    apps.push(app);
    seedTeam(app);

    const text = join(dir, 'notulen.sqlite');
    writeFileSync(text, 'Dit is geen database maar een tekstbestand met notulen.\n'.repeat(200));
    state.source = text;
    const notDb = app.reject('backup:restore', { source: { kind: 'file' } });
    expect(notDb).toEqual({
      code: 'validation',
      message:
        'Dit bestand is geen back-up van Wijkoverleg. Er is niets verloren gegaan: uw huidige gegevens zijn niet vervangen. ' +
        'Kies een back-up die Wijkoverleg heeft gemaakt (een .sqlite-bestand).',
    });

    const other = join(dir, 'ander.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE recepten (naam TEXT)');
    foreign.close();
    state.source = other;
    expect(app.reject('backup:restore', { source: { kind: 'file' } }).code).toBe('validation');

    const newer = join(dir, 'nieuwer.sqlite');
    const newerDb = openDatabase(newer);
    newerDb.pragma(`user_version = ${migrations.length + 1}`);
    newerDb.close();
    state.source = newer;
    expect(app.reject('backup:restore', { source: { kind: 'file' } })).toEqual({ code: 'storage', message: storageFaultMessage('newer_version', 'restore') });

    expect(app.reject('backup:restore', { source: { kind: 'automatic', name: '../wijkoverleg.sqlite' } }).code).toBe('not_found');
    state.source = null;
    expect(app.call('backup:restore', { source: { kind: 'file' } })).toEqual({ status: 'cancelled' });

    expect(app.call('app:info', {}).municipalityName).toBe('Den Helder');
    expect(backupFiles(app)).toEqual([]); // refused before anything was replaced or kept
  });

  it('says where a backup could not be written, in Dutch, and changes nothing', () => {
    const dir = tempDir();
    const app = createTestBackend({ files: { chooseBackupTarget: (name) => join(dir, 'bestaat-niet', name), chooseBackupSource: () => null } });
    apps.push(app);
    seedTeam(app);
    const error = app.reject('backup:create', {});
    expect(error).toEqual({ code: 'storage', message: storageFaultMessage('unavailable', 'backup') });
    expect(error.message).toBe(
      'Wijkoverleg kon de back-up niet opslaan op de plek die u koos. Er is niets verloren gegaan: uw gegevens in Wijkoverleg zijn niet gewijzigd. ' +
        'Kies een andere map, bijvoorbeeld Documenten of een USB-stick.',
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
