import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../contract/errors';
import type { BackupCreated, BackupRestored, StorageProblem } from '../../contract/schemas/backup';
import { localDay, manualBackupFileName } from '../../domain/backup';
import { storageFaultMessage, type StorageFault } from '../../domain/storage';
import { BUSY_TIMEOUT_MS, openDatabase, type Db } from '../../db/connection';
import { backupDatabase, inspectBackup, removeBackupMark, writeBackup } from '../../db/backup';
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
  /** The day the open file last passed the full start-up check (null when not open for writing). */
  private checkedOn: string | null = null;

  constructor(private readonly options: StorageOptions) {
    this.files = options.files ?? noFileChooser;
    this.backups = new BackupService({
      folder: options.backupFolder ?? backupFolderFor(options.databasePath),
      appVersion: options.appVersion,
      now: options.now,
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
    // The full check reads every page (a second on ten years): once a day, and after any session
    // that did not close cleanly or any change from outside (see db/health.ts).
    const today = localDay(this.options.now());
    const checkedOn = readonly ? null : checkedToday(file, today);
    let db: Db;
    try {
      db = openDatabase(file, {
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
      const fault = storageFaultOf(error, file);
      if (fault === 'corrupt') {
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
      const { sizeBytes } = writeBackup(db, target, { madeAt: createdAt.toISOString(), reason: 'handmatig', appVersion: this.options.appVersion });
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
  restore(source: { kind: 'automatic'; name: string } | { kind: 'file' }): BackupRestored {
    const file = source.kind === 'automatic' ? this.backups.pathOf(source.name) : this.files.chooseBackupSource();
    if (source.kind === 'file' && !file) return { status: 'cancelled' };
    if (!file || !existsSync(file)) throw new DomainError('not_found', 'Deze back-up bestaat niet (meer). Kies een andere back-up.');
    if (path.resolve(file) === path.resolve(this.options.databasePath)) {
      throw new DomainError('validation', 'Dit is het databasebestand dat Wijkoverleg nu gebruikt, geen back-up. Kies een back-up.');
    }

    let inspection;
    try {
      inspection = inspectBackup(file);
    } catch (error) {
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
    if (this.connection) {
      // The current data first becomes a backup; if that fails, nothing is replaced.
      keptAs = this.backups.create(this.connection, 'voor-terugzetten').name;
      this.close();
    } else if (existsSync(this.options.databasePath)) {
      damagedKeptIn = this.putDamagedAside();
    }

    const src = openDatabase(file, { role: 'file', readonly: true, fileMustExist: true, busyTimeoutMs: this.busyTimeoutMs });
    try {
      backupDatabase(src, this.options.databasePath);
    } catch (error) {
      // The copy is one transaction in the target: the live file is as it was. Open it again.
      this.reopenAfterFailedRestore();
      const fault = storageFaultOf(error, this.options.databasePath);
      throw new DomainError('storage', storageFaultMessage(fault ?? 'unavailable', 'restore'));
    } finally {
      src.close();
    }
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
    };
  }

  /** Moves the damaged database (with its -wal and -shm) into its own folder next to the backups. */
  private putDamagedAside(): string {
    const folder = path.join(this.backups.folder, `beschadigd-${stamp(this.options.now())}`);
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
