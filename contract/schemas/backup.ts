import { z } from 'zod';
import { BACKUP_REASONS } from '../../domain/backup';
import { STORAGE_FAULTS } from '../../domain/storage';
import { parseRecoveryKey } from '../../domain/recoveryKey';

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

/** A typed herstelsleutel: checked (13 groups, check characters) before anything is read. */
export const RecoveryKeyText = z
  .string({ error: 'Typ de herstelsleutel.' })
  .max(200, { error: 'Dit is geen herstelsleutel: die is 77 tekens lang (13 groepen van 5, met streepjes).' })
  .superRefine((value, ctx) => {
    const parsed = parseRecoveryKey(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  });

export const BackupRestoreRequest = z.object({
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('automatic'), name: z.string({ error: 'Kies een back-up.' }).min(1, { error: 'Kies een back-up.' }) }),
    /**
     * A file the user picks (the host shows its file dialog). With a herstelsleutel: a database or
     * backup from another laptop, encrypted with that key, which then becomes this laptop's key.
     */
    z.object({ kind: z.literal('file'), herstelsleutel: RecoveryKeyText.optional() }),
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
    /** Why that file was put aside: damaged, or encrypted with a key this laptop does not have. */
    keptAsideBecause: z.enum(['corrupt', 'wrong_key']).nullable(),
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

/** This laptop's herstelsleutel, to print or write down. */
export const RecoveryKeyShown = z.object({
  herstelsleutel: z.string(),
  /** Where the key itself is kept on this laptop (Dutch), e.g. "Windows (DPAPI), gekoppeld aan uw Windows-account". */
  keptBy: z.string(),
});
export type RecoveryKeyShown = z.infer<typeof RecoveryKeyShown>;
