import type { Migration } from './index';

/**
 * Indexes for the start-up checks and the counts that never load rows:
 * - the retention check looks for vertrouwelijk, afgehandeld signals that are not purged yet; with
 *   purged_at in the index it skips the thousands already purged instead of reading each of them;
 * - open actions (closed_on IS NULL, see the CHECK in 002) per team are a small partial index, so
 *   the Start screen's counts and a meeting's carried actions do not scan ten years of actions.
 */
export const m010RetentionIndex: Migration = {
  name: '010_retention_index',
  up(db) {
    db.exec(`
      DROP INDEX signal_retention;
      CREATE INDEX signal_retention ON signal(sensitivity, status, purged_at, closed_on);
      CREATE INDEX action_open_team ON action(team_id) WHERE closed_on IS NULL;
      CREATE INDEX signal_open_team ON signal(team_id) WHERE closed_on IS NULL;
    `);
  },
};
