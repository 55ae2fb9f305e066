import { describe, expect, it } from 'vitest';
import { STORAGE_FAULTS, classifyStorageError, describeStorageFault, storageFaultMessage, type StorageMoment } from '../../../domain/storage';

describe('classifyStorageError', () => {
  it.each([
    ['SQLITE_READONLY', 'readonly_file'],
    ['SQLITE_READONLY_DBMOVED', 'readonly_file'],
    ['SQLITE_READONLY_DIRECTORY', 'readonly_folder'],
    ['EACCES', 'readonly_file'],
    ['EROFS', 'readonly_file'],
    ['SQLITE_FULL', 'disk_full'],
    ['ENOSPC', 'disk_full'],
    ['SQLITE_BUSY', 'locked'],
    ['SQLITE_BUSY_SNAPSHOT', 'locked'],
    ['SQLITE_LOCKED', 'locked'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_CORRUPT_INDEX', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['SQLITE_CANTOPEN', 'unavailable'],
    ['SQLITE_IOERR_FSYNC', 'unavailable'],
  ])('%s is %s', (code, fault) => {
    expect(classifyStorageError(code)).toBe(fault);
  });

  it('leaves everything else to the caller (a bug or a rule, not the disk)', () => {
    expect(classifyStorageError('SQLITE_CONSTRAINT_FOREIGNKEY')).toBeNull();
    expect(classifyStorageError('SQLITE_ERROR')).toBeNull();
    expect(classifyStorageError(undefined)).toBeNull();
  });
});

describe('storage fault messages', () => {
  const moments: StorageMoment[] = ['write', 'startup', 'backup', 'restore'];

  it('every fault at every moment says what happened, what is safe and what to do, in Dutch', () => {
    for (const fault of STORAGE_FAULTS) {
      for (const moment of moments) {
        const text = describeStorageFault(fault, moment);
        for (const part of [text.what, text.safe, text.todo]) expect(part, `${fault}/${moment}`).toMatch(/^[A-Z"].+\.$/);
        // No SQLite words in what the user reads first.
        expect(storageFaultMessage(fault, moment), `${fault}/${moment}`).not.toMatch(/SQLITE|database disk image|readonly|locked|malformed/i);
      }
    }
  });

  it('a failed write says it was not saved and that what was saved is kept', () => {
    expect(storageFaultMessage('disk_full', 'write')).toBe(
      'Niet opgeslagen. De schijf is vol. Alles wat al was opgeslagen is bewaard; alleen deze laatste wijziging is niet opgeslagen. ' +
        'Maak ruimte vrij op de schijf (bijvoorbeeld door de prullenbak of de map Downloads op te ruimen) en probeer het opnieuw.',
    );
  });

  it('a lock names the wait and the likely causes', () => {
    const message = storageFaultMessage('locked', 'write', { lockWaitSeconds: 5 });
    expect(message).toContain('langer dan 5 seconden');
    expect(message).toContain('een tweede Wijkoverleg');
    expect(message).toContain('OneDrive, Dropbox of een virusscanner');
    expect(storageFaultMessage('locked', 'write', { lockWaitSeconds: 1 })).toContain('langer dan 1 seconde vast');
  });

  it('at start-up the file was not changed; a damaged file is not promised to be whole', () => {
    expect(storageFaultMessage('readonly_folder', 'startup')).toContain('Er is niets verloren gegaan: Wijkoverleg heeft het databasebestand niet gewijzigd.');
    const corrupt = storageFaultMessage('corrupt', 'startup');
    expect(corrupt).not.toContain('niets verloren');
    expect(corrupt).toContain('Wijkoverleg schrijft er niets meer in');
    expect(corrupt).toContain('meest recente goede back-up');
  });
});
