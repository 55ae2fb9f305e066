/**
 * Storage faults: which fault an SQLite or file-system error code means, and the Dutch words the
 * user gets for it. Pure rules (codes in, text out), so every host says the same thing and the
 * wording is tested without a disk.
 */

export const STORAGE_FAULTS = ['readonly_file', 'readonly_folder', 'disk_full', 'locked', 'corrupt', 'newer_version', 'unavailable'] as const;
export type StorageFault = (typeof STORAGE_FAULTS)[number];

/** When the fault struck: it decides what was (not) saved and what the user should do. */
export type StorageMoment = 'write' | 'startup' | 'backup' | 'restore';

/**
 * Maps an error code (SQLite's extended code as better-sqlite3 reports it, or a Node fs code) to a
 * fault. `null`: not a storage fault (a bug, or a rule of the domain).
 */
export function classifyStorageError(code: string | undefined): StorageFault | null {
  if (!code) return null;
  if (code === 'SQLITE_READONLY_DIRECTORY') return 'readonly_folder';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return 'readonly_file';
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') return 'locked';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PROTOCOL') return 'unavailable';
  return null;
}

export interface StorageFaultText {
  /** What happened, in plain Dutch: the first sentence the user reads. */
  what: string;
  /** What is safe: only said when it is true for this fault at this moment. */
  safe: string;
  /** What to do now. */
  todo: string;
}

export interface StorageFaultContext {
  /** How long a write waits for a lock before giving up (busy_timeout). */
  lockWaitSeconds?: number;
}

const SAVED_IS_KEPT = 'Alles wat al was opgeslagen is bewaard; alleen deze laatste wijziging is niet opgeslagen.';

/** The three parts of the message for one fault at one moment. */
export function describeStorageFault(fault: StorageFault, moment: StorageMoment, context: StorageFaultContext = {}): StorageFaultText {
  const seconds = context.lockWaitSeconds ?? 5;
  // At start-up nothing has been written yet: the file is exactly as it was.
  const safe =
    moment === 'write'
      ? SAVED_IS_KEPT
      : moment === 'startup'
        ? 'Er is niets verloren gegaan: Wijkoverleg heeft het databasebestand niet gewijzigd.'
        : moment === 'backup'
          ? 'Er is niets verloren gegaan: uw gegevens in Wijkoverleg zijn niet gewijzigd.'
          : 'Er is niets verloren gegaan: uw huidige gegevens zijn niet vervangen.';

  switch (fault) {
    case 'readonly_file':
      return {
        what: moment === 'backup' ? 'Wijkoverleg mag niet schrijven op de plek die u koos.' : 'Het databasebestand van Wijkoverleg is alleen-lezen.',
        safe,
        todo:
          moment === 'backup'
            ? 'Kies een andere map, bijvoorbeeld Documenten of een USB-stick.'
            : 'Zet in de eigenschappen van het bestand "Alleen-lezen" uit, of vraag uw beheerder om schrijfrechten. Start Wijkoverleg daarna opnieuw.',
      };
    case 'readonly_folder':
      return {
        what:
          moment === 'backup'
            ? 'Wijkoverleg mag niet schrijven in de map die u koos.'
            : 'De map waarin het databasebestand van Wijkoverleg staat is alleen-lezen; Wijkoverleg moet daar naast de database hulpbestanden kunnen maken.',
        safe,
        todo:
          moment === 'backup'
            ? 'Kies een andere map, bijvoorbeeld Documenten of een USB-stick.'
            : 'Vraag uw beheerder om schrijfrechten op die map, of zet het bestand in een map waarin u mag schrijven. Start Wijkoverleg daarna opnieuw.',
      };
    case 'disk_full':
      return {
        what: 'De schijf is vol.',
        safe,
        todo: 'Maak ruimte vrij op de schijf (bijvoorbeeld door de prullenbak of de map Downloads op te ruimen) en probeer het opnieuw.',
      };
    case 'locked':
      return {
        what: `Een ander programma hield het databasebestand langer dan ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} vast.`,
        safe,
        todo:
          'Meestal is dat een tweede Wijkoverleg die hetzelfde bestand gebruikt, of een synchronisatie- of back-upprogramma ' +
          '(zoals OneDrive, Dropbox of een virusscanner) dat het bestand even vastzet. Sluit dat programma of wacht even, en probeer het opnieuw.',
      };
    case 'corrupt':
      return {
        what: moment === 'restore' ? 'Het gekozen bestand is beschadigd.' : 'Het databasebestand van Wijkoverleg is beschadigd.',
        safe:
          moment === 'restore'
            ? safe
            : 'Wijkoverleg schrijft er niets meer in, zodat de schade niet groter wordt. Wat in de back-ups staat, is veilig.',
        todo:
          moment === 'restore'
            ? 'Kies een andere back-up.'
            : 'Zet de meest recente goede back-up terug; het beschadigde bestand wordt apart bewaard voor onderzoek.',
      };
    case 'newer_version':
      return {
        what:
          moment === 'restore'
            ? 'Deze back-up is gemaakt met een nieuwere versie van Wijkoverleg.'
            : 'Het databasebestand is gemaakt met een nieuwere versie van Wijkoverleg.',
        safe,
        todo: 'Werk Wijkoverleg bij naar de nieuwste versie en probeer het dan opnieuw.',
      };
    case 'unavailable':
      if (moment === 'backup') {
        return { what: 'Wijkoverleg kon de back-up niet opslaan op de plek die u koos.', safe, todo: 'Kies een andere map, bijvoorbeeld Documenten of een USB-stick.' };
      }
      return {
        what: moment === 'restore' ? 'Wijkoverleg kon het gekozen bestand niet lezen.' : 'Wijkoverleg kon het databasebestand niet openen.',
        safe,
        todo:
          'Controleer of het bestand nog op zijn plek staat en of de schijf of netwerkmap bereikbaar is, en probeer het opnieuw. ' +
          'Neem contact op met uw beheerder als dit blijft gebeuren.',
      };
  }
}

/** One paragraph: what happened, what is safe, what to do. */
export function storageFaultMessage(fault: StorageFault, moment: StorageMoment, context: StorageFaultContext = {}): string {
  const text = describeStorageFault(fault, moment, context);
  const lead = moment === 'write' ? `Niet opgeslagen. ${text.what}` : text.what;
  return `${lead} ${text.safe} ${text.todo}`;
}
