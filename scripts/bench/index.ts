/**
 * `npm run bench`: performance targets on a realistic large municipality. Seeds one database
 * (seed.ts, ~40 s), then measures the back-end channels (backend.ts), the wijkagenda exports
 * (wijkagenda.ts) and the overviews in
 * Chromium (ui.ts) on that same file. Prints the tables and exits non-zero when a target is missed.
 *
 *   tsx scripts/bench/index.ts [backend|ui|documents|exports]   one part only (documents: the verslag; exports: partner lists and XLSX; each on a database of its own)
 *   BENCH_KEEP=1                               keep the seeded database and print where it is
 *   BENCH_DB=<file>                            reuse a kept database instead of seeding
 *   BENCH_UI_RUNS=<n>                          UI runs to take the median of (default 5)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBackend } from '../../backend/host';
import { devKeyFileStore } from '../../backend/storage/keyFile';
import { benchBackend } from './backend';
import { seed } from './seed';
import { benchUi } from './ui';
import { benchDocuments } from './documents';
import { benchWijkagenda } from './wijkagenda';
import { benchExports } from './exports';

const PARTS = ['backend', 'ui', 'documents', 'exports'];
const only = process.argv[2];
if (only !== undefined && !PARTS.includes(only)) throw new Error(`Onbekend deel "${only}": kies ${PARTS.join(', ')}.`);
const reuse = process.env.BENCH_DB ? resolve(process.env.BENCH_DB) : null;
if (reuse && !existsSync(reuse)) throw new Error(`BENCH_DB bestaat niet: ${reuse}`);
const dir = reuse ? null : mkdtempSync(join(tmpdir(), 'wijkoverleg-bench-'));
const databasePath = reuse ?? join(dir!, 'bench.sqlite');
const backend = startBackend({ databasePath, appVersion: 'bench', keys: devKeyFileStore(`${databasePath}.sleutel`), now: () => new Date('2026-11-22T10:00:00Z') });

let failed = 0;
try {
  const seeded = reuse || only === 'documents' || only === 'exports' ? null : seed(backend);
  if (only === undefined || only === 'backend') failed += benchBackend(backend, seeded);
  // The wijkagenda exports of a wijk-year (on the seeded database).
  if (only === undefined || only === 'backend') failed += await benchWijkagenda(backend);
  if (only === undefined || only === 'ui') failed += await benchUi(backend);
  // The verslag of a long meeting as PDF/A, DOCX and ODT (its own small database).
  if (only === undefined || only === 'documents') failed += await benchDocuments();
  // The partner lists of a busy team and the XLSX of 10,000 actions (their own database).
  if (only === undefined || only === 'exports') failed += await benchExports();
} finally {
  backend.close();
  if (dir && process.env.BENCH_KEEP) console.log(`Database bewaard: ${databasePath}`);
  else if (dir) rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed > 0 ? 1 : 0;
