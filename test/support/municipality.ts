import { seedMunicipality, type SeedCounts } from '../../scripts/seed/municipality';
import { createTestBackend, type TestBackend } from './backend';

/**
 * A test back end holding the seeded Gemeente Zeeveen: one year of four of its teams (about 1,800
 * signals, 3,600 actions) — the volume that makes paging, sorting and search tests mean something.
 */
export function seededBackend(years = 1, teams = 4): { app: TestBackend; counts: SeedCounts } {
  const app = createTestBackend();
  const counts = seedMunicipality(app.db, { years, today: '2026-11-22', teams });
  return { app, counts };
}
