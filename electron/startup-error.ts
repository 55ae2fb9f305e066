import { NewerDatabaseError } from '../db/migrate';
import { MissingNativeBindingError } from './native-binding';

/** The Dutch explanation shown (dialog.showErrorBox) when the database cannot be opened. */
export interface StartupErrorText {
  title: string;
  message: string;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function describeStartupError(error: unknown, databasePath: string): StartupErrorText {
  const title = 'Wijkoverleg kan niet starten';

  if (error instanceof NewerDatabaseError) {
    // Its message already explains the situation in Dutch and promises the file is untouched.
    return { title, message: `${error.message}\n\nDatabase: ${databasePath}` };
  }

  if (error instanceof MissingNativeBindingError) {
    return {
      title,
      message: error.isPackaged
        ? 'Een onderdeel van Wijkoverleg ontbreekt (de SQLite-module). Installeer Wijkoverleg opnieuw. ' +
          'Uw gegevens zijn niet aangeraakt.'
        : `De SQLite-module voor Electron ontbreekt (${error.bindingPath}). Voer eerst "npm run native:electron" uit.`,
    };
  }

  const detail = errorText(error);
  // A binding built for another ABI fails with NODE_MODULE_VERSION; say what fixes it.
  const abiHint = /NODE_MODULE_VERSION|was compiled against a different/i.test(detail)
    ? '\n\nDe SQLite-module past niet bij deze versie van Electron. Installeer Wijkoverleg opnieuw (ontwikkelaars: "npm run native:electron").'
    : '';
  return {
    title,
    message:
      'De database kon niet worden geopend. Wijkoverleg sluit nu af; er is niets aan het bestand veranderd.\n\n' +
      `Database: ${databasePath}\n\n` +
      'Controleer of het bestand niet door een ander programma wordt gebruikt en of u er schrijfrechten op heeft. ' +
      `Neem contact op met uw beheerder als dit blijft gebeuren.\n\nTechnische details: ${detail}${abiHint}`,
  };
}
