import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyUnavailableError } from '../../../db/encryption';
import { describeStartupError } from '../../../electron/startup-error';
import { UNPROTECTED_MESSAGE, keyFilePath, keyProtection, osKeyStore, type SafeStorageLike } from '../../../electron/key-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const userData = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-keystore-'));
  dirs.push(dir);
  return dir;
};

/** A stand-in for safeStorage: XOR with a secret it keeps, so the stored bytes are not the key. */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}): SafeStorageLike & { calls: number } {
  const secret = 0x5a;
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ secret));
  const fake = {
    calls: 0,
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (text: string) => {
      fake.calls++;
      return flip(Buffer.from(text));
    },
    decryptString: (data: Buffer) => flip(data).toString(),
  };
  return fake;
}

describe('the database key in the OS key store (safeStorage)', () => {
  it('creates 32 random bytes once, stores only safeStorage ciphertext, and reads the same key after a restart', () => {
    const dir = userData();
    const safe = fakeSafeStorage();
    const key = osKeyStore(safe, dir, 'linux').databaseKey();
    expect(key).toHaveLength(32);
    const stored = readFileSync(keyFilePath(dir));
    expect(stored.includes(Buffer.from(key.toString('hex')))).toBe(false);
    expect(stored.includes(key)).toBe(false);
    expect(osKeyStore(safe, dir, 'linux').databaseKey().equals(key)).toBe(true);
    expect(safe.calls).toBe(1);
    // Another laptop (another store) gets another key.
    expect(osKeyStore(fakeSafeStorage(), userData(), 'linux').databaseKey().equals(key)).toBe(false);
  });

  it('takes the key of a herstelsleutel and keeps it across a restart', () => {
    const dir = userData();
    const safe = fakeSafeStorage();
    const store = osKeyStore(safe, dir, 'win32');
    store.databaseKey();
    const restored = Buffer.alloc(32, 7);
    store.replaceKey(restored);
    expect(store.databaseKey().equals(restored)).toBe(true);
    expect(osKeyStore(safe, dir, 'win32').databaseKey().equals(restored)).toBe(true);
  });

  it("refuses to create a key it cannot protect: no encryption, or Linux's basic_text (a key hard-coded in Chromium)", () => {
    for (const safe of [fakeSafeStorage({ available: false }), fakeSafeStorage({ backend: 'basic_text' }), fakeSafeStorage({ backend: 'unknown' })]) {
      const dir = userData();
      const store = osKeyStore(safe, dir, 'linux');
      expect(() => store.databaseKey()).toThrow(KeyUnavailableError);
      expect(() => store.databaseKey()).toThrow(UNPROTECTED_MESSAGE);
      expect(existsSync(keyFilePath(dir))).toBe(false);
    }
    expect(UNPROTECTED_MESSAGE).toContain('Daarom start Wijkoverleg niet');
  });

  it('the start-up dialog shows the refusal as it is, not as a database fault', () => {
    const text = describeStartupError(new KeyUnavailableError(UNPROTECTED_MESSAGE), '/home/wijkmanager/.config/Wijkoverleg/wijkoverleg.sqlite');
    expect(text).toEqual({ title: 'Wijkoverleg kan niet starten', message: UNPROTECTED_MESSAGE });
  });

  it('says where the key is kept per OS, in Dutch', () => {
    expect(keyProtection(fakeSafeStorage(), 'win32')).toContain('DPAPI');
    expect(keyProtection(fakeSafeStorage(), 'darwin')).toContain('Keychain');
    expect(keyProtection(fakeSafeStorage({ backend: 'kwallet5' }), 'linux')).toContain('KWallet');
    expect(keyProtection(fakeSafeStorage({ backend: 'gnome_libsecret' }), 'linux')).toContain('Secret Service');
    expect(keyProtection(fakeSafeStorage({ backend: 'basic_text' }), 'linux')).toBeNull();
  });

  it('a key file it cannot decrypt (another account): a Dutch message that points to the herstelsleutel', () => {
    const dir = userData();
    osKeyStore(fakeSafeStorage(), dir, 'win32').databaseKey();
    const otherAccount: SafeStorageLike = {
      ...fakeSafeStorage(),
      decryptString: () => {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      },
    };
    expect(() => osKeyStore(otherAccount, dir, 'win32').databaseKey()).toThrow(/herstelsleutel/);
  });
});
