/**
 * The bench's results: every metric with its median and p95, the same work done by raw SQL or a
 * bare page (the baseline), their ratio, and the target it must meet. Written to
 * bench/results.json and printed as one table; a missed target makes the bench exit non-zero.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Target {
  /** Judged on the p95 (or the median, when only a "warm" figure is asked for). */
  on: 'p95' | 'median';
  ms: number;
  /** Upper bound of median ÷ baseline median, where the issue asks for one. */
  ratio?: number;
  /** Unit of the figures when they are not milliseconds (e.g. "MB" for the renderer heap). */
  unit?: string;
}

export interface Metric {
  id: string;
  label: string;
  median_ms: number;
  p95_ms: number;
  baseline_ms: number | null;
  ratio: number | null;
  target: string;
  ok: boolean;
  note?: string;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Times `work` `runs` times after `warmup` untimed runs; returns every sample in ms. */
export function sample(runs: number, work: (i: number) => unknown, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) work(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

export const describeTarget = (t: Target) =>
  `${t.on} ≤ ${t.ms} ${t.unit ?? 'ms'}${t.ratio !== undefined ? ` en ≤ ${t.ratio}× basislijn` : ''}`;

export function metric(id: string, label: string, samples: readonly number[], baseline: readonly number[] | null, target: Target, note?: string): Metric {
  const med = median(samples);
  const p95 = quantile(samples, 0.95);
  const base = baseline && baseline.length > 0 ? median(baseline) : null;
  const ratio = base !== null && base > 0 ? med / base : null;
  const ok = (target.on === 'p95' ? p95 : med) <= target.ms && (target.ratio === undefined || (ratio !== null && ratio <= target.ratio));
  return { id, label, median_ms: round(med), p95_ms: round(p95), baseline_ms: base === null ? null : round(base), ratio: ratio === null ? null : round(ratio), target: describeTarget(target), ok, ...(note ? { note } : {}) };
}

const round = (n: number) => Math.round(n * 100) / 100;

export function printMetrics(title: string, metrics: readonly Metric[]): void {
  console.log(`\n${title}`);
  console.log(`      ${'meting'.padEnd(44)} ${'mediaan'.padStart(9)} ${'p95'.padStart(9)} ${'basis'.padStart(9)} ${'ratio'.padStart(7)}   doel`);
  for (const m of metrics) {
    const f = (n: number | null) => (n === null ? '—' : n.toFixed(1)).padStart(9);
    console.log(
      `${m.ok ? 'OK   ' : 'MIS  '} ${m.label.padEnd(44)} ${f(m.median_ms)} ${f(m.p95_ms)} ${f(m.baseline_ms)} ${(m.ratio === null ? '—' : `${m.ratio.toFixed(2)}×`).padStart(7)}   ${m.target}${m.note ? `  (${m.note})` : ''}`,
    );
  }
}

export function writeResults(file: string, info: Record<string, unknown>, metrics: readonly Metric[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...info, metrics }, null, 2)}\n`);
}

/** One line for the document benches (a median against an absolute target); false when missed. */
export function reportLine(label: string, ms: number, target: number, suffix = ''): boolean {
  const ok = ms <= target;
  console.log(`${ok ? 'OK  ' : 'TRAAG'} ${label.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms   doel ≤ ${target} ms${suffix}`);
  return ok;
}
