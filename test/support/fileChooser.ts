import { join } from 'node:path';
import type { FileChooser } from '../../backend/storage/storage';

/** The host's file dialogs, answered by the test: save into `folder`, restore `source`. */
export function chooser(folder: string) {
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
