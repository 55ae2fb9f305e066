import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDialogs } from '../../../electron/backup-dialogs';

describe('backup dialogs', () => {
  const window = { isDestroyed: () => false } as never;

  it('asks where to save in Dutch, in Documents with the suggested name, and adds .sqlite when left off', () => {
    const seen: unknown[] = [];
    const files = backupDialogs(
      {
        showSaveDialogSync: ((parent: unknown, options: unknown) => {
          seen.push(parent, options);
          return '/home/ans/Documenten/wijk-backup';
        }) as never,
        showOpenDialogSync: () => undefined,
      },
      () => window,
      () => '/home/ans/Documenten',
    );
    expect(files.chooseBackupTarget('Wijkoverleg back-up 2026-11-22 10.00.sqlite')).toBe('/home/ans/Documenten/wijk-backup.sqlite');
    expect(seen[0]).toBe(window);
    expect(seen[1]).toMatchObject({
      title: 'Back-up opslaan',
      buttonLabel: 'Back-up opslaan',
      defaultPath: path.join('/home/ans/Documenten', 'Wijkoverleg back-up 2026-11-22 10.00.sqlite'),
      filters: [{ name: 'Wijkoverleg-back-up', extensions: ['sqlite'] }, { name: 'Alle bestanden', extensions: ['*'] }],
    });
  });

  it('a cancelled dialog is null; the open dialog returns the one chosen file', () => {
    const files = backupDialogs(
      { showSaveDialogSync: (() => undefined) as never, showOpenDialogSync: ((_: unknown, o: { title: string }) => (o.title === 'Back-up kiezen om terug te zetten' ? ['/x/b.sqlite'] : undefined)) as never },
      () => window,
      () => '/d',
    );
    expect(files.chooseBackupTarget('a.sqlite')).toBeNull();
    expect(files.chooseBackupSource()).toBe('/x/b.sqlite');
  });
});
