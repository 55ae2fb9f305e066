import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATABASE_KEY_BYTES, KeyUnavailableError, newDatabaseKey, type KeyStore } from '../db/encryption';

/** What we use of Electron's safeStorage (an interface, so the logic is tested without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store Chromium chose ('gnome_libsecret', 'kwallet5', 'basic_text', …). */
  getSelectedStorageBackend?(): string;
}

export const KEY_FILE = 'databasesleutel.bin';
export const keyFilePath = (userData: string): string => path.join(userData, KEY_FILE);

/**
 * Linux backends that keep the secret outside the file: the Secret Service (GNOME Keyring and
 * friends) and KWallet. 'basic_text' encrypts with a key that is hard-coded in Chromium — anyone
 * with the file can decrypt it — so it counts as no protection at all; 'unknown' likewise.
 */
const PROTECTED_LINUX_BACKENDS = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

/** Where the key is kept, as the user reads it; null when it would not be protected. */
export function keyProtection(safe: SafeStorageLike, platform: NodeJS.Platform): string | null {
  if (!safe.isEncryptionAvailable()) return null;
  if (platform === 'win32') return 'Windows (DPAPI), gekoppeld aan uw Windows-account op deze laptop';
  if (platform === 'darwin') return 'de macOS-sleutelhanger (Keychain) van uw account';
  const backend = safe.getSelectedStorageBackend?.() ?? 'unknown';
  if (!PROTECTED_LINUX_BACKENDS.has(backend)) return null;
  return backend.startsWith('kwallet') ? 'KWallet van uw bureaubladaccount' : 'de sleutelbos van uw bureaubladaccount (Secret Service, bijv. GNOME Keyring)';
}

export const UNPROTECTED_MESSAGE =
  'Wijkoverleg versleutelt uw gegevens en bewaart de sleutel daarvan in de beveiligde sleutelopslag van het besturingssysteem. ' +
  'Op deze computer is zo’n sleutelopslag niet beschikbaar (op Linux: geen GNOME Keyring, KWallet of andere Secret Service actief), ' +
  'waardoor de sleutel onbeschermd naast de gegevens zou komen te staan. Daarom start Wijkoverleg niet. Er is niets gewijzigd.\n\n' +
  'Wat u kunt doen: log in met een bureaubladomgeving die een sleutelbos heeft (zoals GNOME of KDE), of vraag uw beheerder ' +
  'om GNOME Keyring of KWallet te installeren, en start Wijkoverleg daarna opnieuw.';

/**
 * The database key kept by the operating system through Electron's safeStorage: generated once
 * (32 random bytes), stored in userData only as safeStorage ciphertext. Refuses to create or read a
 * key when safeStorage would not really protect it (see keyProtection).
 */
export function osKeyStore(safe: SafeStorageLike, userData: string, platform: NodeJS.Platform = process.platform): KeyStore {
  const file = keyFilePath(userData);
  let cached: Buffer | null = null;

  const protection = (): string => {
    const where = keyProtection(safe, platform);
    if (!where) throw new KeyUnavailableError(UNPROTECTED_MESSAGE);
    return where;
  };
  const write = (key: Buffer) => {
    protection();
    mkdirSync(userData, { recursive: true });
    // Via rename: an interrupted write never leaves half a key behind.
    writeFileSync(`${file}.tmp`, safe.encryptString(key.toString('hex')));
    renameSync(`${file}.tmp`, file);
    cached = Buffer.from(key);
  };

  return {
    get keptBy() {
      return keyProtection(safe, platform) ?? 'niet beschermd';
    },
    databaseKey() {
      if (cached) return cached;
      protection();
      if (!existsSync(file)) {
        write(newDatabaseKey());
        return cached as unknown as Buffer;
      }
      let hex: string;
      try {
        hex = safe.decryptString(readFileSync(file));
      } catch (error) {
        throw new KeyUnavailableError(
          'Wijkoverleg kan de sleutel van uw gegevens niet uit de sleutelopslag van deze computer halen (bent u met een ander account ' +
            'aangemeld, of is de sleutelbos opnieuw ingesteld?). Er is niets gewijzigd. Meld u aan met het account waarmee u Wijkoverleg ' +
            `gebruikt; lukt het niet, zet dan uw gegevens terug met de herstelsleutel.\n\nTechnische details: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const key = Buffer.from(hex, 'hex');
      if (key.length !== DATABASE_KEY_BYTES) throw new KeyUnavailableError('Het sleutelbestand van Wijkoverleg is beschadigd. Zet uw gegevens terug met de herstelsleutel.');
      cached = key;
      return key;
    },
    replaceKey: write,
  };
}
