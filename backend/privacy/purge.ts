import type { Db } from '../../db/connection';
import type { PrivacyPurgeResult } from '../../contract/schemas/signals';
import { CONFIDENTIAL_RETENTION_MONTHS } from '../../contract/schemas/signals';
import { purgeSignalDetails, signalsPastRetention } from '../../db/queries/signals';
import { forgetUndoForSignals } from '../../db/queries/undo';
import { refreshSignalSearch } from '../../db/queries/search';
import { retentionCutoff } from '../../domain/privacy';

/**
 * Wipes description and location of vertrouwelijk signals afgehandeld longer than the retention
 * term ago, including copies in the undo log and the search index. Runs at start-up and on request. secure_delete and a
 * checkpoint make sure the old text does not linger in free pages or the WAL file.
 */
export function purgeExpiredConfidential(db: Db, today: string, now: Date): PrivacyPurgeResult {
  const cutoff = retentionCutoff(today, CONFIDENTIAL_RETENTION_MONTHS);
  const ids = signalsPastRetention(db, cutoff);
  if (ids.length > 0) {
    db.pragma('secure_delete = ON');
    db.transaction(() => {
      purgeSignalDetails(db, ids, now);
      forgetUndoForSignals(db, ids);
      refreshSignalSearch(db, ids);
    })();
    if (!db.inTransaction) db.pragma('wal_checkpoint(TRUNCATE)');
  }
  return { purged: ids.length, retentionMonths: CONFIDENTIAL_RETENTION_MONTHS, cutoff };
}
