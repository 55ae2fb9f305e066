import type { OpenDialogOptions } from 'electron';

/**
 * The folder dialog for a batch of files (the partner action lists). Only the options live here,
 * free of Electron imports so they are unit-tested; main.ts shows the dialog and opens the chosen
 * folder. The back end keeps the chosen path behind an id (backend/exportFolders.ts), so the
 * renderer can only ask to open a folder the user picked in this dialog.
 */
export function folderDialogOptions(title: string, defaultDir: string): OpenDialogOptions {
  return {
    title,
    buttonLabel: 'Deze map gebruiken',
    defaultPath: defaultDir,
    // A new folder per meeting ("Actielijsten 17 november") is what secretaries do: allow it here.
    properties: ['openDirectory', 'createDirectory', 'promptToCreate', 'dontAddToRecent'],
  };
}

/** shell.openPath answers with an error text, empty when it worked. */
export const openedFine = (error: string): boolean => error === '';
