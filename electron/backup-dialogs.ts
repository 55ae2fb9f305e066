import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { FileChooser } from '../backend/storage/storage';

const FILTERS = [
  { name: 'Wijkoverleg-back-up', extensions: ['sqlite'] },
  { name: 'Alle bestanden', extensions: ['*'] },
];

/**
 * The file dialogs for "Back-up maken" and "Back-up terugzetten", in Dutch. Synchronous on purpose:
 * the dispatcher answers synchronously, and a modal dialog blocks the window anyway.
 */
export function backupDialogs(dialog: Pick<Dialog, 'showSaveDialogSync' | 'showOpenDialogSync'>, window: () => BrowserWindow | null, documents: () => string): FileChooser {
  const parent = () => {
    const win = window();
    return win && !win.isDestroyed() ? win : null;
  };
  return {
    chooseBackupTarget(suggestedName) {
      const options = {
        title: 'Back-up opslaan',
        buttonLabel: 'Back-up opslaan',
        defaultPath: path.join(documents(), path.basename(suggestedName)),
        filters: FILTERS,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const win = parent();
      const chosen = win ? dialog.showSaveDialogSync(win, options) : dialog.showSaveDialogSync(options);
      if (!chosen) return null;
      return path.extname(chosen) ? chosen : `${chosen}.sqlite`;
    },
    chooseBackupSource() {
      const options = {
        title: 'Back-up kiezen om terug te zetten',
        buttonLabel: 'Kiezen',
        defaultPath: documents(),
        filters: FILTERS,
        properties: ['openFile' as const],
      };
      const win = parent();
      const chosen = win ? dialog.showOpenDialogSync(win, options) : dialog.showOpenDialogSync(options);
      return chosen?.[0] ?? null;
    },
  };
}
