/**
 * Back-end performance targets: times the overview and meeting-screen channels on the seeded
 * database (see seed.ts) and prints a table. Returns the number of missed targets.
 */
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../backend/host';
import { caller, type Seeded } from './seed';

function time<T>(label: string, runs: number, work: () => T): { label: string; ms: number; result: T } {
  let result = work(); // warm-up (statement cache)
  const started = performance.now();
  for (let i = 0; i < runs; i++) result = work();
  return { label, ms: (performance.now() - started) / runs, result };
}

/** One line of a result table, the same for the back-end and the UI bench. */
export function reportLine(label: string, ms: number, target: number, suffix = ''): boolean {
  const ok = ms <= target;
  console.log(`${ok ? 'OK  ' : 'TRAAG'} ${label.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms   doel ≤ ${target} ms${suffix}`);
  return ok;
}

/** `seeded` is null when an existing database is reused (BENCH_DB). */
export function benchBackend(backend: Backend, seeded: Seeded | null): number {
  const call = caller(backend);
  const latest = call('meeting:list', {})[0]!;
  const targets = [
    { ...time('action:list (alle acties)', 5, () => call('action:list', {})), target: 250 },
    { ...time('signal:list (alle signalen)', 5, () => call('signal:list', {})), target: 250 },
    { ...time('signal:list (partnerweergave)', 5, () => call('signal:list', { view: 'partner' })), target: 250 },
    { ...time('meeting:get (vergaderscherm)', 20, () => call('meeting:get', { id: latest.id })), target: 60 },
    { ...time('meeting:list (alle overleggen)', 10, () => call('meeting:list', {})), target: 100 },
    { ...time('report:attendance (5 jaar)', 5, () => call('report:attendance', { from: '2021-12-01', to: '2026-12-31' })), target: 250 },
  ];

  const actions = call('action:list', {});
  const signals = call('signal:list', {});
  const count = <T>(items: readonly T[], key: (item: T) => string) => {
    const tally = new Map<string, number>();
    for (const item of items) tally.set(key(item), (tally.get(key(item)) ?? 0) + 1);
    return [...tally].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const made = seeded ? `${seeded.meetings} overleggen, ` : '';
  const how = seeded ? `aangemaakt in ${(seeded.ms / 1000).toFixed(1)} s` : 'bestaande database';
  console.log(`\nGegevens: ${made}${actions.length} acties, ${signals.length} signalen (${how})`);
  console.log(`  acties: ${count(actions, (a) => a.horizon)}; ${count(actions, (a) => a.status)}; lopend ${actions.filter((a) => a.isOpen).length}, verlopen ${actions.filter((a) => a.overdue).length}`);
  console.log(`  signalen: ${count(signals, (s) => s.status)}; vertrouwelijk ${signals.filter((s) => s.sensitivity === 'vertrouwelijk').length}`);
  console.log(`  vergaderscherm: ${call('meeting:get', { id: latest.id }).carriedActions.length} lopende acties, ${call('meeting:get', { id: latest.id }).carriedSignals.length} lopende signalen\n`);
  let failed = 0;
  for (const t of targets) {
    const rows = Array.isArray(t.result) ? ` (${t.result.length} rijen)` : '';
    if (!reportLine(t.label, t.ms, t.target, rows)) failed++;
  }
  return failed;
}
