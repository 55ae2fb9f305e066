import { seedMunicipality, type SeedCounts } from '../../scripts/seed/municipality';
import { createTestBackend, type TestBackend } from './backend';

/** A test back end holding the seeded Gemeente Zeeveen (one year unless asked): realistic volume for list, paging and search tests. */
export function seededBackend(years = 1): { app: TestBackend; counts: SeedCounts } {
  const app = createTestBackend();
  const counts = seedMunicipality(app.db, { years, today: '2026-11-22' });
  return { app, counts };
}
