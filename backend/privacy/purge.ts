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
 * term ago: description, location, outcome, follow-up notes, and their copies in the undo log.
 * The connection runs with secure_delete, so the old text is zeroed in the database file; the
 * final TRUNCATE checkpoint empties the WAL file, which still held the old pages. The audit trail
 * records each wiped record (who: the app itself), without the wiped content.
 */
export function purgeExpiredConfidential(db: Db, today: string, now: Date): PrivacyPurgeResult {
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
  return { purged: ids.length, retentionMonths: CONFIDENTIAL_RETENTION_MONTHS, cutoff };
}

/**
 * What runs at every start: the purge above, undo steps past their use, and the audit trail's own
 * retention term. Returns how many signals were wiped.
 */
export function enforceRetention(db: Db, today: string, now: Date): PrivacyPurgeResult {
  const result = purgeExpiredConfidential(db, today, now);
  const undoCutoff = new Date(now.getTime() - UNDO_MAX_AGE_HOURS * 3600_000).toISOString();
  const auditCutoff = `${retentionCutoff(today, AUDIT_RETENTION_MONTHS)}T00:00:00.000Z`;
  const removed = db.transaction(() => forgetUndoBefore(db, undoCutoff) + deleteAuditBefore(db, auditCutoff))();
  if (removed > 0) truncateWal(db);
  return result;
}

/** Copies the WAL into the database and empties it, so no old page version lingers there. */
export function truncateWal(db: Db): void {
  if (!db.inTransaction) db.pragma('wal_checkpoint(TRUNCATE)');
}
