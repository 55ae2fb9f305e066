import type { Db } from '../../db/connection';
import type { PrivacyPurgeResult } from '../../contract/schemas/signals';
import { CONFIDENTIAL_RETENTION_MONTHS } from '../../contract/schemas/signals';
import { AUDIT_RETENTION_MONTHS } from '../../contract/schemas/privacy';
import { purgeSignalDetails, signalsPastRetention } from '../../db/queries/signals';
import { forgetUndoBefore, forgetUndoForSignals, UNDO_MAX_AGE_HOURS } from '../../db/queries/undo';
import { deleteAuditBefore, stampPendingAudit } from '../../db/queries/audit';
import { retentionCutoff } from '../../domain/privacy';
import { SYSTEM_ACTOR } from './audit';

/**
 * Wipes every confidential field of vertrouwelijk signals afgehandeld longer than the retention
 * term ago: description, location, outcome, follow-up notes, their copies in the undo log and their words in
 * the search index.
 * The connection runs with secure_delete, so the old text is zeroed in the database file; the
 * final TRUNCATE checkpoint empties the WAL file, which still held the old pages. The audit trail
 * records each wiped record (who: the app itself), without the wiped content.
 */
export function purgeExpiredConfidential(db: Db, today: string, now: Date): PrivacyPurgeResult {
  return purgeSignals(db, today, now).result;
}

function purgeSignals(db: Db, today: string, now: Date): { result: PrivacyPurgeResult; ids: number[] } {
  const cutoff = retentionCutoff(today, CONFIDENTIAL_RETENTION_MONTHS);
  const ids = signalsPastRetention(db, cutoff);
  if (ids.length > 0) {
    db.transaction(() => {
      purgeSignalDetails(db, ids, now);
      forgetUndoForSignals(db, ids);
      stampPendingAudit(db, { actor: SYSTEM_ACTOR, at: now.toISOString(), action: 'gewist' });
    })();
    truncateWal(db);
  }
  return { result: { purged: ids.length, retentionMonths: CONFIDENTIAL_RETENTION_MONTHS, cutoff }, ids };
}

/**
 * What runs at every start: the purge above, undo steps past their use, and the audit trail's own
 * retention term. Returns how many signals were wiped.
 */
export function enforceRetention(db: Db, today: string, now: Date, backups: PurgeableBackups | null = null): PrivacyPurgeResult {
  const result = purgeEverywhere(db, backups, today, now);
  const undoCutoff = new Date(now.getTime() - UNDO_MAX_AGE_HOURS * 3600_000).toISOString();
  const auditCutoff = `${retentionCutoff(today, AUDIT_RETENTION_MONTHS)}T00:00:00.000Z`;
  const removed = db.transaction(() => forgetUndoBefore(db, undoCutoff) + deleteAuditBefore(db, auditCutoff))();
  if (removed > 0) truncateWal(db);
  return result;
}

const truncateAfterCommit = new WeakSet<Db>();

/**
 * Copies the WAL into the database and empties it, so no old page version lingers there. Inside a
 * transaction (every command runs in one) a checkpoint cannot take the pages still being written:
 * it is done by `afterCommit` once the command's transaction has committed.
 */
export function truncateWal(db: Db): void {
  if (db.inTransaction) truncateAfterCommit.add(db);
  else db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Called by the dispatcher after a command committed: a truncation asked for inside it happens now. */
export function afterCommit(db: Db): void {
  if (!truncateAfterCommit.has(db) || db.inTransaction) return;
  truncateAfterCommit.delete(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** What a purge needs of the backups: each backup file opened (secure_delete on) for the same purge. */
export interface PurgeableBackups {
  eachFile(purge: (db: Db) => void): void;
}

/**
 * The purge in the live database and in every backup beside it: a backup made before the term ran
 * out still holds the details, and the retention term holds for those copies too.
 */
export function purgeEverywhere(db: Db, backups: PurgeableBackups | null, today: string, now: Date): PrivacyPurgeResult {
  const { result, ids } = purgeSignals(db, today, now);
  // The same signals, whatever state a backup holds them in (it may predate their closing).
  if (ids.length > 0) {
    backups?.eachFile((copy) => {
      purgeSignalDetails(copy, ids, now);
      forgetUndoForSignals(copy, ids);
      // The search index follows by migration 011's triggers, in a backup as in the live file.
    });
  }
  return result;
}
