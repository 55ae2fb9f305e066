import { storageFaultMessage } from '../domain/storage';
import { StorageStartupError } from '../backend/storage/storage';
import { storageFaultOf, technicalDetail } from '../backend/storage/faults';
import { MissingNativeBindingError } from './native-binding';

/** The Dutch explanation shown (dialog.showErrorBox) when the database cannot be opened. */
export interface StartupErrorText {
  title: string;
  message: string;
}

const TITLE = 'Wijkoverleg kan niet starten';

/**
 * What the user reads when Wijkoverleg cannot open its database: first, in plain Dutch, what
 * happened, that nothing was lost and what to do (domain/storage.ts); SQLite's own English words
 * only at the end, under "Technische details", for whoever helps them.
 */
export function describeStartupError(error: unknown, databasePath: string): StartupErrorText {
  if (error instanceof MissingNativeBindingError) {
    return {
      title: TITLE,
      message: error.isPackaged
        ? 'Een onderdeel van Wijkoverleg ontbreekt (de SQLite-module). Installeer Wijkoverleg opnieuw. ' +
          'Uw gegevens zijn niet aangeraakt.'
        : `De SQLite-module voor Electron ontbreekt (${error.bindingPath}). Voer eerst "npm run native:electron" uit.`,
    };
  }

  const detail = error instanceof StorageStartupError ? error.detail : technicalDetail(error);
  // A binding built for another ABI fails with NODE_MODULE_VERSION: not the file's fault at all.
  if (/NODE_MODULE_VERSION|was compiled against a different/i.test(detail)) {
    return {
      title: TITLE,
      message:
        'Een onderdeel van Wijkoverleg (de SQLite-module) past niet bij deze versie van Electron. Uw gegevens zijn niet aangeraakt. ' +
        'Installeer Wijkoverleg opnieuw (ontwikkelaars: "npm run native:electron").' +
        `\n\nTechnische details:\n${detail}`,
    };
  }

  const fault = error instanceof StorageStartupError ? error.fault : (storageFaultOf(error, databasePath) ?? 'unavailable');
  return {
    title: TITLE,
    message: `${storageFaultMessage(fault, 'startup')}\n\nDatabase: ${databasePath}\n\nTechnische details:\n${detail}`,
  };
}
