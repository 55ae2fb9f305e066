import type { Migration } from './index';

/**
 * Indexes for "Overleggen", filtered, sorted and paged in SQLite:
 * - by date: (date, start_time) so the screen's order — and a window far down it — is an index
 *   walk to the very last key (the rowid, the tie-breaker, is in every index);
 * - by status: filtered on one status and shown by date, or sorted by status then date;
 * - by place, as the column sorts it (case-insensitive).
 */
export const m013MeetingOverviewIndex: Migration = {
  name: '013_meeting_overview_index',
  up(db) {
    db.exec(`
      DROP INDEX meeting_date;
      CREATE INDEX meeting_date ON meeting(date, start_time);
      CREATE INDEX meeting_status_date ON meeting(status, date, start_time);
      CREATE INDEX meeting_place ON meeting(place COLLATE NOCASE);
    `);
  },
};
