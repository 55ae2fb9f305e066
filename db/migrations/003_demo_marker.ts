import type { Migration } from './index';

/**
 * Marks a database that holds the Voorbeeldgemeente, so the app can offer to clear it and start
 * the user's own gemeente, and can refuse to clear anything else. Databases that loaded the
 * demo before this version are recognised by its name (no real gemeente is called that).
 */
export const m003DemoMarker: Migration = {
  name: '003_demo_marker',
  up(db) {
    db.exec(`
      ALTER TABLE municipality ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1));
      UPDATE municipality SET is_demo = 1 WHERE name = 'Voorbeeldgemeente';
    `);
  },
};
