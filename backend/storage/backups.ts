import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_POLICY_TEXT, backupFileName, backupsToKeep, localDay, parseBackupFileName, type BackupReason } from '../../domain/backup';
import { storageFaultMessage } from '../../domain/storage';
import type { BackupEntry, BackupOverview } from '../../contract/schemas/backup';
import type { Db } from '../../db/connection';
import { writeBackup } from '../../db/backup';
import { openDatabase } from '../../db/connection';
import { storageFaultOf } from './faults';

export interface BackupServiceOptions {
  folder: string;
  appVersion: string;
  now: () => Date;
  /** Automatic backups never stop the app; their failures are logged here. */
  onError?: (what: string, error: unknown) => void;
}

/**
 * The automatic backups in one folder: made with the online backup API and verified
 * (db/backup.ts), named by time and reason, rotated after each new one (domain/backup.ts).
 */
export class BackupService {
  private lastFailure: string | null = null;

  constructor(private readonly options: BackupServiceOptions) {}

  get folder(): string {
    return this.options.folder;
  }

  list(): BackupEntry[] {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return [];
    }
    const entries: BackupEntry[] = [];
    for (const name of names) {
      const stamp = parseBackupFileName(name);
      if (!stamp) continue;
      try {
        entries.push({ ...stamp, sizeBytes: statSync(path.join(this.folder, name)).size });
      } catch {
        // removed meanwhile
      }
    }
    return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  overview(): BackupOverview {
    return { folder: this.folder, policy: BACKUP_POLICY_TEXT, backups: this.list(), lastFailure: this.lastFailure };
  }

  /** The path of an automatic backup by its name; null for anything that is not one (no path tricks). */
  pathOf(name: string): string | null {
    return parseBackupFileName(name) && path.basename(name) === name ? path.join(this.folder, name) : null;
  }

  hasBackupOn(day: string): boolean {
    return this.list().some((b) => localDay(new Date(b.createdAt)) === day);
  }

  /** Makes, verifies and rotates one automatic backup. Throws on failure (the caller decides whether that stops it). */
  create(db: Db, reason: BackupReason): BackupEntry {
    mkdirSync(this.folder, { recursive: true });
    let createdAt = this.options.now();
    let name = backupFileName(createdAt, reason);
    // Two in the same second (a restore right after a meeting closed): the next second is free.
    while (this.pathOf(name) && safeExists(path.join(this.folder, name))) {
      createdAt = new Date(createdAt.getTime() + 1000);
      name = backupFileName(createdAt, reason);
    }
    const file = path.join(this.folder, name);
    try {
      const { sizeBytes } = writeBackup(db, file, { madeAt: createdAt.toISOString(), reason, appVersion: this.options.appVersion });
      this.lastFailure = null;
      this.rotate();
      return { name, createdAt: createdAt.toISOString(), reason, sizeBytes };
    } catch (error) {
      const fault = storageFaultOf(error, file);
      this.lastFailure = fault ? storageFaultMessage(fault, 'backup') : 'De automatische back-up is mislukt.';
      throw error;
    }
  }

  /** An automatic backup that must not stop what triggered it: failures are logged and shown on the backup screen. */
  tryCreate(db: Db, reason: BackupReason): BackupEntry | null {
    try {
      return this.create(db, reason);
    } catch (error) {
      this.options.onError?.(`Automatic backup (${reason}) failed`, error);
      return null;
    }
  }

  /**
   * Runs `change` on every automatic backup (the retention purge: a backup must not keep what the
   * live database has erased). secure_delete zeroes what is removed; the WAL is emptied on close.
   * A backup that cannot take the change (an older schema) is reported and left as it is.
   */
  eachFile(change: (db: Db) => void): void {
    for (const backup of this.list()) {
      const file = path.join(this.folder, backup.name);
      try {
        const db = openDatabase(file, { role: 'file', fileMustExist: true });
        try {
          db.pragma('secure_delete = ON');
          db.pragma('foreign_keys = ON');
          change(db);
          db.pragma('wal_checkpoint(TRUNCATE)');
        } finally {
          db.close();
        }
      } catch (error) {
        this.options.onError?.(`Purge of backup ${backup.name} failed`, error);
      }
    }
  }

  /** Deletes the automatic backups rotation no longer keeps; never any other file. */
  rotate(): string[] {
    const all = this.list();
    const keep = backupsToKeep(all);
    const removed: string[] = [];
    for (const backup of all) {
      if (keep.has(backup.name)) continue;
      rmSync(path.join(this.folder, backup.name), { force: true });
      removed.push(backup.name);
    }
    return removed;
  }
}

const safeExists = (file: string): boolean => {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
};
