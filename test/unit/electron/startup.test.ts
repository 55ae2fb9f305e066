import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { NewerDatabaseError } from '../../../db/migrate';
import { saveDialogOptionsFor } from '../../../electron/downloads';
import { folderDialogOptions, openedFine } from '../../../electron/exportFolders';
import { createLogger, formatLogLine } from '../../../electron/log';
import { MissingNativeBindingError, nativeBindingPath, requireNativeBinding } from '../../../electron/native-binding';
import { databasePath, preloadPath, rendererRoot, windowStatePath } from '../../../electron/paths';
import { describeStartupError } from '../../../electron/startup-error';
import { STORAGE_FAULTS, storageFaultMessage } from '../../../domain/storage';
import { StorageStartupError } from '../../../backend/storage/storage';

describe('paths', () => {
  it('puts the database and window state in userData', () => {
    const userData = path.join('home', 'ans', '.config', 'Wijkoverleg');
    expect(databasePath(userData)).toBe(path.join(userData, 'wijkoverleg.sqlite'));
    expect(windowStatePath(userData)).toBe(path.join(userData, 'window-state.json'));
    expect(rendererRoot(path.join('app.asar'))).toBe(path.join('app.asar', 'dist', 'renderer'));
    expect(preloadPath(path.join('dist', 'electron'))).toBe(path.join('dist', 'electron', 'preload.cjs'));
  });
});

describe('native binding location', () => {
  const dev = { isPackaged: false, resourcesPath: '/usr/lib/electron/resources', appPath: '/work/project' };
  const packaged = { isPackaged: true, resourcesPath: '/opt/Wijkoverleg/resources', appPath: '/opt/Wijkoverleg/resources/app.asar' };

  it('uses the project build in development and the resources folder when packaged', () => {
    expect(nativeBindingPath(dev)).toBe(path.join('/work/project', '.native', 'electron', 'better_sqlite3.node'));
    expect(nativeBindingPath(packaged)).toBe(path.join('/opt/Wijkoverleg/resources', 'native', 'better_sqlite3.node'));
  });

  it('never points into node_modules or the asar', () => {
    for (const facts of [dev, packaged]) {
      expect(nativeBindingPath(facts)).not.toMatch(/node_modules|app\.asar/);
    }
  });

  it('fails with a precise error when the file is missing', () => {
    expect(requireNativeBinding(dev, () => true)).toBe(nativeBindingPath(dev));
    expect(() => requireNativeBinding(dev, () => false)).toThrow(MissingNativeBindingError);
  });
});

describe('describeStartupError', () => {
  const db = '/home/ans/.config/Wijkoverleg/wijkoverleg.sqlite';

  it('a database from a newer version: the Dutch words first, the versions under Technische details', () => {
    const error = new NewerDatabaseError(9, 1);
    const text = describeStartupError(error, db);
    expect(text.title).toBe('Wijkoverleg kan niet starten');
    expect(text.message.startsWith(storageFaultMessage('newer_version', 'startup'))).toBe(true);
    expect(text.message).toContain(db);
    expect(text.message).toContain(`Technische details:\n${error.message}`);
  });

  it('tells developers and users what to do about a missing binding', () => {
    expect(describeStartupError(new MissingNativeBindingError('/p/x.node', false), db).message).toContain('npm run native:electron');
    expect(describeStartupError(new MissingNativeBindingError('/p/x.node', true), db).message).toContain('Installeer Wijkoverleg opnieuw');
  });

  it('each storage fault: a Dutch first sentence without English, SQLite\'s words only under Technische details', () => {
    for (const fault of STORAGE_FAULTS) {
      const text = describeStartupError(new StorageStartupError(fault, 'SQLITE_CANTOPEN: unable to open database file', null), db);
      const [first] = text.message.split('\n');
      expect(first, fault).toBe(storageFaultMessage(fault, 'startup'));
      expect(first, fault).not.toMatch(/SQLITE|unable|database file|readonly|locked/i);
      expect(text.message, fault).toMatch(/\n\nTechnische details:\nSQLITE_CANTOPEN: unable to open database file$/);
    }
  });

  it('a plain SQLite error is classified too; an ABI mismatch says what fixes it', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(describeStartupError(busy, db).message.startsWith(storageFaultMessage('locked', 'startup'))).toBe(true);
    const generic = describeStartupError(new Error('something odd'), db);
    expect(generic.message.startsWith('Wijkoverleg kon het databasebestand niet openen.')).toBe(true);
    expect(generic.message).toContain('Technische details:\nsomething odd');
    const abi = describeStartupError(new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 115'), db);
    expect(abi.message).toContain('past niet bij deze versie van Electron');
    expect(describeStartupError('weird', db).message).toContain('weird');
  });
});

describe('save dialog for downloads', () => {
  it('is Dutch and suggests the downloads folder with the right file type first', () => {
    const options = saveDialogOptionsFor('Wijkoverleg Oost 12-05.ics', '/home/ans/Downloads');
    expect(options).toMatchObject({ title: 'Bestand opslaan', buttonLabel: 'Opslaan', defaultPath: path.join('/home/ans/Downloads', 'Wijkoverleg Oost 12-05.ics') });
    expect(options.filters).toEqual([
      { name: 'Agenda-afspraak', extensions: ['ics'] },
      { name: 'Alle bestanden', extensions: ['*'] },
    ]);
    expect(saveDialogOptionsFor('verslag.PDF', '/d').filters?.[0]).toEqual({ name: 'PDF-document', extensions: ['pdf'] });
    expect(saveDialogOptionsFor('data.xyz', '/d').filters).toEqual([{ name: 'Alle bestanden', extensions: ['*'] }]);
  });

  it('keeps the suggested file inside the downloads folder', () => {
    expect(saveDialogOptionsFor('../../etc/cron.d/x', '/d').defaultPath).toBe(path.join('/d', 'x'));
    expect(saveDialogOptionsFor('..\\..\\evil.ics', '/d').defaultPath).toBe(path.join('/d', 'evil.ics'));
    expect(saveDialogOptionsFor('', '/d').defaultPath).toBe(path.join('/d', 'export'));
  });
});

describe('folder dialog for the partner action lists', () => {
  it('is Dutch, starts in Documenten and may make a new folder; only an empty answer means opened', () => {
    expect(folderDialogOptions('Map voor de actielijsten', '/home/ans/Documenten')).toEqual({
      title: 'Map voor de actielijsten',
      buttonLabel: 'Deze map gebruiken',
      defaultPath: '/home/ans/Documenten',
      properties: ['openDirectory', 'createDirectory', 'promptToCreate', 'dontAddToRecent'],
    });
    expect(openedFine('')).toBe(true);
    expect(openedFine('Failed to open path')).toBe(false);
  });
});

describe('log', () => {
  it('formats lines with time, level and error stack', () => {
    const now = new Date('2026-11-22T09:00:00Z');
    expect(formatLogLine('INFO', 'started', undefined, now)).toBe('2026-11-22T09:00:00.000Z INFO started\n');
    expect(formatLogLine('ERROR', 'failed', 'plain', now)).toBe('2026-11-22T09:00:00.000Z ERROR failed :: plain\n');
    expect(formatLogLine('ERROR', 'failed', new Error('boom'), now)).toContain('Error: boom');
  });

  it('rotates: capped in size, a few older files kept, the oldest dropped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wijkoverleg-log-'));
    const quiet = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const file = path.join(dir, 'main.log');
      const log = createLogger(() => file, () => new Date('2026-11-22T09:00:00Z'), { maxBytes: 200, keep: 2 });
      for (let i = 0; i < 40; i++) log.info(`regel ${String(i).padStart(2, '0')}`);
      const files = readdirSync(dir).sort();
      expect(files).toEqual(['main.1.log', 'main.2.log', 'main.log']);
      for (const name of files) expect(statSync(path.join(dir, name)).size, name).toBeLessThanOrEqual(200);
      // Newest lines in main.log, the one before in main.1.log; the earliest lines are gone.
      expect(readFileSync(file, 'utf8')).toContain('regel 39');
      expect(readFileSync(path.join(dir, 'main.2.log'), 'utf8')).not.toContain('regel 00');
      const all = files.map((name) => readFileSync(path.join(dir, name), 'utf8')).join('');
      expect(all.split('\n').filter(Boolean).length).toBeLessThan(40);
    } finally {
      quiet.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('appends to the file and never throws when it cannot', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wijkoverleg-log-'));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quietInfo = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const file = path.join(dir, 'logs', 'main.log');
      const log = createLogger(() => file, () => new Date('2026-11-22T09:00:00Z'));
      log.info('a');
      log.error('b');
      expect(readFileSync(file, 'utf8')).toBe('2026-11-22T09:00:00.000Z INFO a\n2026-11-22T09:00:00.000Z ERROR b\n');
      expect(() => createLogger(() => path.join(file, 'not-a-dir', 'x.log')).error('c')).not.toThrow();
      expect(() => createLogger(() => null).error('d')).not.toThrow();
    } finally {
      quiet.mockRestore();
      quietInfo.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
