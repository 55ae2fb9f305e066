// npm run audit:security — Electronegativity over the Electron shell's sources and the built bundle,
// and a gate on its findings: Electronegativity itself always exits 0, so this script fails on any
// finding that build/electronegativity-suppressions.json does not suppress with a written reason,
// on a file it could not parse, and on a suppression that no longer matches anything.
//
// Electronegativity only reads .js/.jsx/.ts/.tsx/.html files, so the .cjs bundles are scanned as a
// staged copy named .js (dist/electron/main.cjs → bundle/electron/main.js).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import electronegativity from '@doyensec/electronegativity';
import { transformSync } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SUPPRESSIONS_FILE = path.join(ROOT, 'build', 'electronegativity-suppressions.json');
/** A reason must say something: why the finding does not apply, or what mitigates it. */
const MIN_REASON_CHARS = 40;

const run = electronegativity.default ?? electronegativity;

/** Copies what is scanned into one folder: sources as they are, bundles renamed to .js. */
export function stage(root = ROOT) {
  const dir = mkdtempSync(path.join(tmpdir(), 'wijkoverleg-audit-'));
  const copy = (from, to) => cpSync(path.join(root, from), path.join(dir, to), { recursive: true });
  copy('electron', 'src/electron');
  copy('renderer/index.html', 'src/renderer/index.html');
  // package.json tells Electronegativity which Electron version the checks are for.
  copy('package.json', 'package.json');
  const bundles = [
    ['dist/electron/main.cjs', 'bundle/electron/main.js'],
    ['dist/electron/preload.cjs', 'bundle/electron/preload.js'],
  ];
  for (const [from, to] of bundles) {
    if (!existsSync(path.join(root, from))) throw new Error(`${from} ontbreekt: bouw eerst de app (npm run build).`);
    copy(from, to);
  }
  const renderer = path.join(root, 'dist/renderer');
  if (!existsSync(path.join(renderer, 'index.html'))) throw new Error('dist/renderer ontbreekt: bouw eerst de app (npm run build).');
  for (const file of walk(renderer)) {
    const to = path.join('bundle/renderer', path.relative(renderer, file));
    if (file.endsWith('.html')) copy(path.relative(root, file), to);
    // Electronegativity's parser predates ES2022 class fields (#private, as in TanStack Query):
    // it scans the same code lowered to ES2020 by esbuild, behaviour and calls unchanged.
    if (file.endsWith('.js')) {
      mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
      writeFileSync(path.join(dir, to), transformSync(readFileSync(file, 'utf8'), { loader: 'js', target: 'es2020', format: 'esm' }).code);
    }
  }
  return dir;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}

export function loadSuppressions(file = SUPPRESSIONS_FILE) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Runs Electronegativity on a staged folder; findings with paths relative to it. */
export async function scan(dir) {
  const result = await run({ input: dir, isRelative: true, severitySet: 'informational', confidenceSet: 'tentative' });
  return {
    issues: result.issues.map((i) => ({
      id: i.id,
      file: path.isAbsolute(i.file) ? path.relative(dir, i.file) : i.file,
      line: i.location?.line ?? 0,
      severity: i.severity?.name ?? String(i.severity),
      confidence: i.confidence?.name ?? String(i.confidence),
      manualReview: Boolean(i.manualReview),
    })),
    errors: result.errors.filter((e) => !e.tolerable).map((e) => ({ file: path.relative(dir, e.file), message: e.message })),
  };
}

/**
 * The gate: every finding needs a suppression (same check, same file) with a written reason, every
 * suppression must still match a finding, and every file must have been parsed.
 */
export function gate({ issues, errors }, suppressions) {
  const problems = [];
  for (const s of suppressions) {
    if (typeof s.reason !== 'string' || s.reason.trim().length < MIN_REASON_CHARS) {
      problems.push(`Onderdrukking ${s.check} in ${s.file} heeft geen geschreven reden (minstens ${MIN_REASON_CHARS} tekens).`);
    }
  }
  const matches = (s, i) => s.check === i.id && s.file === i.file;
  const unsuppressed = issues.filter((i) => !suppressions.some((s) => matches(s, i) && typeof s.reason === 'string' && s.reason.trim().length >= MIN_REASON_CHARS));
  for (const i of unsuppressed) problems.push(`Bevinding ${i.id} in ${i.file}:${i.line} (${i.severity}, ${i.confidence}) is niet onderdrukt met een reden.`);
  for (const s of suppressions) {
    if (!issues.some((i) => matches(s, i))) problems.push(`Onderdrukking ${s.check} in ${s.file} past op geen enkele bevinding meer: haal haar weg.`);
  }
  for (const e of errors) problems.push(`Bestand ${e.file} kon niet worden gelezen: ${e.message}`);
  return { problems, suppressed: issues.length - unsuppressed.length };
}

async function main() {
  const dir = stage();
  try {
    const result = await scan(dir);
    const suppressions = loadSuppressions();
    const { problems, suppressed } = gate(result, suppressions);
    for (const i of result.issues) {
      const s = suppressions.find((x) => x.check === i.id && x.file === i.file);
      console.log(`${s ? 'onderdrukt' : 'BEVINDING '}  ${i.id}  ${i.file}:${i.line}${s ? `  — ${s.reason}` : ''}`);
    }
    console.log(`Electronegativity: ${result.issues.length} bevindingen, ${suppressed} onderdrukt met reden, ${problems.length} problemen.`);
    if (problems.length > 0) {
      for (const p of problems) console.error(`✗ ${p}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
