import { z } from 'zod';
import { BACKUP_REASONS } from '../../domain/backup';
import { STORAGE_FAULTS } from '../../domain/storage';

export const BackupReason = z.enum(BACKUP_REASONS);

/** One automatic backup in the app's backup folder. */
export const BackupEntry = z.object({
  name: z.string(),
  /** ISO instant the backup was made. */
  createdAt: z.string(),
  reason: BackupReason,
  sizeBytes: z.number(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const BackupOverview = z.object({
  /** Where the automatic backups are: shown in the app. */
  folder: z.string(),
  policy: z.string(),
  backups: z.array(BackupEntry),
  /** The last automatic backup that failed, if the one after it has not succeeded yet (Dutch). */
  lastFailure: z.string().nullable(),
});
export type BackupOverview = z.infer<typeof BackupOverview>;

export const BackupCreated = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), file: z.string(), createdAt: z.string(), sizeBytes: z.number() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type BackupCreated = z.infer<typeof BackupCreated>;

export const BackupRestoreRequest = z.object({
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('automatic'), name: z.string({ error: 'Kies een back-up.' }).min(1, { error: 'Kies een back-up.' }) }),
    /** A file the user picks (the host shows its file dialog). */
    z.object({ kind: z.literal('file') }),
  ]),
});
export type BackupRestoreRequest = z.input<typeof BackupRestoreRequest>;

export const BackupRestored = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('restored'),
    /** When the restored data is from: the moment the backup was made, or else the last change in it. */
    dataDate: z.string().nullable(),
    dataDateKind: z.enum(['backup', 'last_change', 'unknown']),
    fromSchema: z.number(),
    migrated: z.boolean(),
    /** The backup that now holds the data as it was just before (null when there was no usable database). */
    keptAs: z.string().nullable(),
    /** Where a damaged database was put aside for inspection. */
    damagedKeptIn: z.string().nullable(),
  }),
  z.object({ status: z.literal('cancelled') }),
]);
export type BackupRestored = z.infer<typeof BackupRestored>;

/** Something is wrong with the database file; `app:info` carries it so the renderer can say so. */
export const StorageProblem = z.object({
  fault: z.enum(STORAGE_FAULTS),
  message: z.string(),
  /** SQLite's own words, shown under "Technische details". */
  details: z.string(),
  /** For a damaged database: the most recent good backup to offer. */
  newestBackup: BackupEntry.nullable(),
});
export type StorageProblem = z.infer<typeof StorageProblem>;
