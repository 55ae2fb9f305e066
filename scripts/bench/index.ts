/**
 * `npm run bench`: the performance targets of issue 8, each next to the same work done by raw SQL
 * or a bare page. Prints one table, writes bench/results.json and exits non-zero when a target is
 * missed.
 *
 *   npm run bench                      quick: the demo plus 5 years of meetings, seeded through
 *                                      the real dispatcher (seed.ts, ~40 s)
 *   npm run bench -- --years 10        a 10-year municipality (scripts/seed/municipality.ts),
 *                                      seeded once into bench/municipality-10y.sqlite and reused
 *   npm run bench -- backend | ui | documents | exports   one part only (documents: the verslag
 *                                      and wijkagenda exports; exports: partner lists and XLSX,
 *                                      on a database of their own)
 *   --runs <n>                         samples per metric (default 10; UI: rounds of each step)
 *   BENCH_DB=<file>                    measure a copy of this database instead
 *   BENCH_KEEP=1                       keep the working copy and print where it is
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/connection';
import { startBackend } from '../../backend/host';
import { seedMunicipality } from '../seed/municipality';
import { benchBackend, benchOpen, describeData } from './backend';
import { printMetrics, writeResults, type Metric } from './metrics';
import { devKeyFileStore } from '../../backend/storage/keyFile';
import { memoryKeyStore, type KeyStore } from '../../db/encryption';
import { seed } from './seed';
import { benchUi } from './ui';
import { benchDocuments } from './documents';
import { benchWijkagenda } from './wijkagenda';
import { benchExports } from './exports';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { years: { type: 'string' }, runs: { type: 'string', default: '10' } } });
const only = positionals[0];
const PARTS = ['backend', 'ui', 'documents', 'exports'];
if (only !== undefined && !PARTS.includes(only)) throw new Error(`Onbekend deel "${only}": kies ${PARTS.join(', ')}.`);
const years = values.years === undefined ? null : Number(values.years);
if (years !== null && (!Number.isInteger(years) || years < 1 || years > 30)) throw new Error('--years moet een heel getal van 1 tot 30 zijn.');
const runs = Number(values.runs);
const TODAY = '2026-11-22';
const now = () => new Date(`${TODAY}T10:00:00Z`);

const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-bench-'));
const databasePath = join(dir, 'bench.sqlite');
let source: string;
// The database is encrypted like the app's; a kept file keeps its development key next to it.
let keys: KeyStore = memoryKeyStore();
if (process.env.BENCH_DB) {
  source = resolve(process.env.BENCH_DB);
  if (!existsSync(source)) throw new Error(`BENCH_DB bestaat niet: ${source}`);
  keys = devKeyFileStore(`${source}.sleutel`);
  copyFileSync(source, databasePath);
} else if (years !== null) {
  // Seeded once per size; every run measures a fresh copy (the bench writes notes and moves the agenda).
  source = resolve(`bench/municipality-${years}y.sqlite`);
  keys = devKeyFileStore(`${source}.sleutel`);
  if (!existsSync(source)) {
    const db = openDatabase(source, { keys });
    try {
      const c = seedMunicipality(db, { years, today: TODAY });
      db.pragma('wal_checkpoint(TRUNCATE)');
      console.log(`Gezaaid in ${(c.ms / 1000).toFixed(1)} s: ${source}`);
    } finally {
      db.close();
    }
  }
  copyFileSync(source, databasePath);
} else {
  source = 'Voorbeeldgemeente + 5 jaar via de dispatcher (scripts/bench/seed.ts)';
  const backend = startBackend({ databasePath, appVersion: 'bench', keys, now });
  try {
    const seeded = seed(backend);
    console.log(`Gezaaid via de dispatcher in ${(seeded.ms / 1000).toFixed(1)} s`);
  } finally {
    backend.close();
  }
}

// The start is measured first, while no other connection holds the file (as in the app).
const metrics: Metric[] = only === undefined || only === 'backend' ? [benchOpen(databasePath, runs, keys)] : [];
const backend = startBackend({ databasePath, appVersion: 'bench', keys, now });
let extra = '';
let failed = 0;
try {
  const data = describeData(backend.db);
  console.log(`\nGegevens: ${data}\nBron: ${source}`);
  if (only === undefined || only === 'backend') {
    const m = benchBackend(backend, databasePath, runs);
    printMetrics('Back end (mediaan en p95 in ms; basis = dezelfde gegevens met kale SQL)', [...metrics, ...m]);
    metrics.push(...m);
  }
  if (only === undefined || only === 'ui') {
    const ui = await benchUi(backend, { runs: Math.max(3, Math.round(runs / 2)) });
    printMetrics(`Renderer, ${ui.browser}, 1440×900 (basis = kale pagina die een tabel van 40 rijen tekent)`, ui.metrics);
    metrics.push(...ui.metrics);
    const trOk = ui.maxTr < 200;
    console.log(`${trOk ? 'OK   ' : 'MIS  '} rijen in de DOM: hoogstens ${ui.maxTr} <tr> (doel < 200)`);
    if (!trOk) failed++;
    if (ui.errors.length > 0) {
      failed++;
      console.log(`MIS   console-fouten in de renderer:\n  ${ui.errors.join('\n  ')}`);
    }
    extra = ui.browser;
  }
  // The wijkagenda exports of a wijk-year (on this database) and the verslag of a long meeting (its own small one).
  if (only === undefined || only === 'documents') {
    failed += await benchWijkagenda(backend);
    failed += await benchDocuments();
  }
  // The partner lists of a busy team and the XLSX of 10,000 actions (their own database).
  if (only === undefined || only === 'exports') failed += await benchExports();
} finally {
  backend.close();
  if (process.env.BENCH_KEEP) console.log(`Database bewaard: ${databasePath}`);
  else rmSync(dir, { recursive: true, force: true });
}
failed += metrics.filter((m) => !m.ok).length;
writeResults(resolve('bench/results.json'), { years, runs, browser: extra || null, measuredAt: new Date().toISOString() }, metrics);
console.log(`\nbench/results.json geschreven; ${failed === 0 ? 'alle doelen gehaald' : `${failed} doel(en) gemist`}.`);
process.exitCode = failed > 0 ? 1 : 0;
