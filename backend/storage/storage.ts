import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../contract/errors';
import type { BackupCreated, BackupRestored, StorageProblem } from '../../contract/schemas/backup';
import { localDay, manualBackupFileName } from '../../domain/backup';
import { storageFaultMessage, type StorageFault } from '../../domain/storage';
import { BUSY_TIMEOUT_MS, openDatabase, type Db } from '../../db/connection';
import { inspectBackup, removeBackupMark, writeBackup } from '../../db/backup';
import {
  KeyUnavailableError,
  WrongKeyError,
  copyWithKey,
  encryptPlainDatabase,
  isPlaintextDatabase,
  recoverInterruptedEncryption,
  type EncryptionMigration,
  type KeyProvider,
  type KeyStore,
} from '../../db/encryption';
import { formatRecoveryKey, parseRecoveryKey } from '../../domain/recoveryKey';
import { checkedToday, forgetCleanClose, recordCleanClose } from '../../db/health';
import { BackupService } from './backups';
import { isReadOnlyFile, storageFaultOf, technicalDetail } from './faults';

/** How a host lets the user pick a file: Electron's dialogs, a fixed folder in tests and the dev web host. */
export interface FileChooser {
  /** Where to save a backup the user makes; null when the user cancels. */
  chooseBackupTarget(suggestedName: string): string | null;
  /** Which file to restore; null when the user cancels. */
  chooseBackupSource(): string | null;
}

export const noFileChooser: FileChooser = {
  chooseBackupTarget: () => null,
  chooseBackupSource: () => null,
};

export interface StorageOptions {
  databasePath: string;
  backupFolder?: string;
  appVersion: string;
  /** Where the database key is kept (Electron: the OS key store; tests: memory; dev web host: a key file). */
  keys: KeyStore;
  nativeBinding?: string;
  busyTimeoutMs?: number;
  now: () => Date;
  files?: FileChooser;
  /** Runs on every fresh, writable connection (start-up and after a restore), e.g. the retention purge. */
  onOpened?: (db: Db) => void;
  onError?: (what: string, error: unknown) => void;
}

/** A fault that stops the app from opening at all: the host shows it (electron/startup-error.ts). */
export class StorageStartupError extends Error {
  constructor(
    readonly fault: StorageFault,
    readonly detail: string,
    override readonly cause: unknown,
  ) {
    super(storageFaultMessage(fault, 'startup'));
    this.name = 'StorageStartupError';
  }
}

export const backupFolderFor = (databasePath: string): string => path.join(path.dirname(databasePath), 'Back-ups');

const stamp = (instant: Date) => instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');

/**
 * The live database and everything that keeps it safe: the start-up check, automatic backups,
 * making a backup elsewhere and restoring one. After a failed start-up check there is no
 * connection at all, so a damaged file is never written to.
 */
export class Storage {
  readonly backups: BackupService;
  readonly files: FileChooser;
  private connection: Db | null = null;
  private fault: { fault: StorageFault; detail: string } | null = null;
  /** What the last start encrypted (a plain database from an earlier version), for the log. */
  encrypted: { database: EncryptionMigration | null; backups: string[] } = { database: null, backups: [] };
  /** The day the open file last passed the full start-up check (null when not open for writing). */
  private checkedOn: string | null = null;

  constructor(private readonly options: StorageOptions) {
    this.files = options.files ?? noFileChooser;
    this.backups = new BackupService({
      folder: options.backupFolder ?? backupFolderFor(options.databasePath),
      appVersion: options.appVersion,
      now: options.now,
      keys: options.keys,
      ...(options.onError ? { onError: options.onError } : {}),
    });
  }

  get databasePath(): string {
    return this.options.databasePath;
  }

  get busyTimeoutMs(): number {
    return this.options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  }

  /** The live connection; a Dutch refusal while the file is damaged. */
  get db(): Db {
    if (!this.connection) throw new DomainError('storage', storageFaultMessage(this.fault?.fault ?? 'unavailable', 'startup'));
    return this.connection;
  }

  get isOpen(): boolean {
    return this.connection !== null;
  }

  get isDamaged(): boolean {
    return this.fault?.fault === 'corrupt';
  }

  /** What app:info tells the renderer. */
  problem(): StorageProblem | null {
    if (!this.fault) return null;
    return {
      fault: this.fault.fault,
      message: storageFaultMessage(this.fault.fault, 'startup'),
      details: this.fault.detail,
      newestBackup: this.fault.fault === 'corrupt' ? (this.backups.list()[0] ?? null) : null,
    };
  }

  /** After a write failed on a damaged page: stop writing at once, offer a backup on the next screen. */
  markDamaged(error: unknown): void {
    this.fault = { fault: 'corrupt', detail: technicalDetail(error) };
    const db = this.connection;
    this.connection = null;
    try {
      db?.close();
    } catch {
      // closing a damaged file may fail too; the connection is gone either way
    }
  }

  /**
   * The start-up sequence: check (quick_check, foreign_key_check) before anything writes, a backup
   * before any migration, then the first backup of the day. A damaged file leaves the app open
   * without a connection (the renderer offers a backup); every other fault is thrown for the host.
   */
  open(): void {
    const file = this.options.databasePath;
    const readonly = isReadOnlyFile(file);
    if (!readonly) this.encryptPlainFiles(file);
    // The full check reads every page (a second on ten years): once a day, and after any session
    // that did not close cleanly or any change from outside (see db/health.ts).
    const today = localDay(this.options.now());
    const checkedOn = readonly ? null : checkedToday(file, today);
    let db: Db;
    try {
      db = openDatabase(file, {
        keys: this.options.keys,
        readonly,
        skipHealthCheck: checkedOn !== null,
        busyTimeoutMs: this.busyTimeoutMs,
        ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
        beforeMigrate: (unmigrated) => {
          // No backup, no migration: a failed copy stops the start before anything changes.
          this.backups.create(unmigrated, 'voor-migratie');
        },
      });
    } catch (error) {
      if (error instanceof KeyUnavailableError) throw error;
      const fault = storageFaultOf(error, file);
      if (fault === 'corrupt' || fault === 'wrong_key') {
        this.fault = { fault, detail: technicalDetail(error) };
        this.options.onError?.('The database failed its start-up check', error);
        return;
      }
      throw new StorageStartupError(fault ?? 'unavailable', technicalDetail(error), error);
    }
    this.connection = db;
    // Only a clean close writes the mark again: a crash from here on means a full check next time.
    if (!readonly) forgetCleanClose(file);
    this.checkedOn = readonly ? null : (checkedOn ?? today);
    this.fault = readonly ? { fault: 'readonly_file', detail: `${file}: geen schrijfrechten (alleen-lezen geopend)` } : null;
    if (readonly) return;

    if (hasMark(db)) removeBackupMark(db); // left by a restore that stopped before it could tidy up
    this.options.onOpened?.(db);
    if (isSetUp(db) && !this.backups.hasBackupOn(localDay(this.options.now()))) this.backups.tryCreate(db, 'dagelijks');
  }

  /**
   * A plain database from an earlier version (and its plain backups) is encrypted before anything
   * else opens it: verified copy, swapped in, plain file wiped (db/encryption.ts).
   */
  private encryptPlainFiles(file: string): void {
    try {
      recoverInterruptedEncryption(file);
      if (!existsSync(file) || !isPlaintextDatabase(file)) return;
      const key = this.options.keys.databaseKey();
      this.encrypted = { database: encryptPlainDatabase(file, key), backups: this.backups.encryptPlainBackups() };
    } catch (error) {
      if (error instanceof KeyUnavailableError) throw error;
      throw new StorageStartupError(storageFaultOf(error, file) ?? 'unavailable', technicalDetail(error), error);
    }
  }

  /** Where this laptop keeps the key (Dutch). */
  get keyKeptBy(): string {
    return this.options.keys.keptBy;
  }

  /** The herstelsleutel of this laptop's database key: to print or write down. */
  recoveryKey(): string {
    return formatRecoveryKey(this.options.keys.databaseKey());
  }

  close(): void {
    const db = this.connection;
    this.connection = null;
    // SQLite's advice: refresh the planner's statistics when closing (bounded, a no-op when little
    // changed). Here and not inside a request, so a query never writes.
    if (db && !db.readonly) {
      try {
        db.pragma('analysis_limit = 400');
        db.pragma('optimize');
      } catch {
        // A full disk or a lost lock: the statistics can wait for the next close.
      }
    }
    db?.close();
    if (db && this.checkedOn) recordCleanClose(this.options.databasePath, this.checkedOn);
    this.checkedOn = null;
  }

  /** A backup to a place the user picks. */
  createManual(): BackupCreated {
    const db = this.db;
    const createdAt = this.options.now();
    const target = this.files.chooseBackupTarget(manualBackupFileName(createdAt));
    if (!target) return { status: 'cancelled' };
    try {
      const { sizeBytes } = writeBackup(db, target, { madeAt: createdAt.toISOString(), reason: 'handmatig', appVersion: this.options.appVersion }, this.options.keys);
      return { status: 'saved', file: target, createdAt: createdAt.toISOString(), sizeBytes };
    } catch (error) {
      const fault = storageFaultOf(error, target);
      if (fault) throw new DomainError('storage', storageFaultMessage(fault, 'backup'));
      throw error;
    }
  }

  /**
   * Replaces the live database by a backup: the file is checked first (a Wijkoverleg database,
   * integrity_check ok, not from a newer version), the current data becomes a backup itself (or,
   * when damaged, is moved aside), then the backup is copied in with the backup API and opened the
   * usual way — so an older schema is migrated (with its own backup first).
   */
  restore(source: { kind: 'automatic'; name: string } | { kind: 'file'; herstelsleutel?: string | undefined }): BackupRestored {
    // With a herstelsleutel (a file from another laptop): its key, which then becomes this laptop's key.
    let recoveryKey: Buffer | null = null;
    if (source.kind === 'file' && source.herstelsleutel !== undefined) {
      const parsed = parseRecoveryKey(source.herstelsleutel);
      if (!parsed.ok) throw new DomainError('validation', parsed.message);
      recoveryKey = Buffer.from(parsed.key);
    }
    const file = source.kind === 'automatic' ? this.backups.pathOf(source.name) : this.files.chooseBackupSource();
    if (source.kind === 'file' && !file) return { status: 'cancelled' };
    if (!file || !existsSync(file)) throw new DomainError('not_found', 'Deze back-up bestaat niet (meer). Kies een andere back-up.');
    if (path.resolve(file) === path.resolve(this.options.databasePath)) {
      throw new DomainError('validation', 'Dit is het databasebestand dat Wijkoverleg nu gebruikt, geen back-up. Kies een back-up.');
    }

    const currentKey = this.options.keys.databaseKey();
    const sourceKeys: KeyProvider = { databaseKey: () => recoveryKey ?? currentKey };
    let inspection;
    try {
      inspection = inspectBackup(file, sourceKeys);
    } catch (error) {
      if (error instanceof WrongKeyError) {
        throw new DomainError(
          'validation',
          recoveryKey
            ? 'Deze herstelsleutel past niet bij dit bestand. Er is niets verloren gegaan: uw huidige gegevens zijn niet vervangen. ' +
                'Controleer of u de herstelsleutel van dezelfde gemeente en laptop gebruikt als waar dit bestand vandaan komt.'
            : storageFaultMessage('wrong_key', 'restore'),
        );
      }
      throw new DomainError('storage', storageFaultMessage(storageFaultOf(error, file) === 'locked' ? 'locked' : 'unavailable', 'restore'));
    }
    if (!inspection.isDatabase || !inspection.isWijkoverleg) {
      throw new DomainError(
        'validation',
        'Dit bestand is geen back-up van Wijkoverleg. Er is niets verloren gegaan: uw huidige gegevens zijn niet vervangen. ' +
          'Kies een back-up die Wijkoverleg heeft gemaakt (een .sqlite-bestand).',
      );
    }
    if (inspection.isNewer) throw new DomainError('storage', storageFaultMessage('newer_version', 'restore'));
    if (!inspection.health.ok) throw new DomainError('storage', storageFaultMessage('corrupt', 'restore'));

    let keptAs: string | null = null;
    let damagedKeptIn: string | null = null;
    const keptAsideBecause = this.connection ? null : this.fault?.fault === 'wrong_key' ? ('wrong_key' as const) : ('corrupt' as const);
    if (this.connection) {
      // The current data first becomes a backup; if that fails, nothing is replaced.
      keptAs = this.backups.create(this.connection, 'voor-terugzetten').name;
      this.close();
    } else if (existsSync(this.options.databasePath)) {
      damagedKeptIn = this.putDamagedAside(keptAsideBecause === 'wrong_key' ? 'andere-sleutel' : 'beschadigd');
    }

    // An encrypted copy next to the live file (a plain backup of an earlier version is encrypted on
    // the way), then renamed over it: the live file is replaced whole or not at all.
    const live = this.options.databasePath;
    const plainSource = isPlaintextDatabase(file);
    // A plain file (an earlier version's backup) has no key of its own: this laptop's key stays.
    const targetKey = recoveryKey && !plainSource ? recoveryKey : currentKey;
    const part = `${live}.terugzetten`;
    try {
      copyWithKey(file, plainSource ? null : targetKey, part, targetKey);
    } catch (error) {
      rmSync(part, { force: true });
      this.reopenAfterFailedRestore();
      const fault = storageFaultOf(error, live);
      throw new DomainError('storage', storageFaultMessage(fault ?? 'unavailable', 'restore'));
    }
    if (!targetKey.equals(currentKey)) {
      // The herstelsleutel becomes this laptop's key; the backups made so far follow it.
      this.backups.rekeyAll(currentKey, targetKey);
      this.options.keys.replaceKey(targetKey);
    }
    for (const suffix of ['-wal', '-shm']) rmSync(`${live}${suffix}`, { force: true });
    renameSync(part, live);
    this.fault = null;
    this.open();

    const dataDate = inspection.mark?.madeAt ?? inspection.lastChange;
    return {
      status: 'restored',
      dataDate,
      dataDateKind: inspection.mark ? 'backup' : inspection.lastChange ? 'last_change' : 'unknown',
      fromSchema: inspection.schemaVersion,
      migrated: this.isOpen && inspection.schemaVersion < (this.db.pragma('user_version', { simple: true }) as number),
      keptAs,
      damagedKeptIn,
      keptAsideBecause: damagedKeptIn ? keptAsideBecause : null,
    };
  }

  /**
   * Moves the database that could not be used (with its -wal and -shm) into its own folder next to
   * the backups: damaged, or encrypted with a key this laptop does not have (kept, never deleted).
   */
  private putDamagedAside(prefix: 'beschadigd' | 'andere-sleutel'): string {
    const folder = path.join(this.backups.folder, `${prefix}-${stamp(this.options.now())}`);
    mkdirSync(folder, { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) {
      const from = `${this.options.databasePath}${suffix}`;
      if (existsSync(from)) renameSync(from, path.join(folder, `${path.basename(this.options.databasePath)}${suffix}`));
    }
    return folder;
  }

  private reopenAfterFailedRestore(): void {
    try {
      if (existsSync(this.options.databasePath) && statSync(this.options.databasePath).size > 0) this.open();
    } catch (error) {
      this.options.onError?.('Reopening the database after a failed restore failed', error);
    }
  }
}

const hasMark = (db: Db): boolean =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'wijkoverleg_backup'").pluck().get() !== undefined;

const isSetUp = (db: Db): boolean => db.prepare('SELECT count(*) FROM municipality').pluck().get() !== 0;
