import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { openDatabase } from '../../db/connection';

/**
 * Crash safety, the hard way: a child process writes through the real dispatcher and is killed with
 * SIGKILL at a random moment, round after round on the same file. After every kill, every write the
 * child had acknowledged must be there, and the file must pass integrity_check.
 */
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 100);

let dir: string;
let child: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-crash-'));
  child = join(dir, 'crash-child.cjs');
  // Bundled once, so a round costs a Node start and not a TypeScript compile.
  await build({ entryPoints: [resolve('test/support/crash-child.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: child, external: ['better-sqlite3'], logLevel: 'silent' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function round(file: string, n: number, killAfterMs: number): Promise<{ acknowledged: string[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, file, String(n)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: resolve('node_modules') },
    });
    const acknowledged: string[] = [];
    let buffer = '';
    let stderr = '';
    let armed = false;
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      acknowledged.push(...lines);
      // Armed at the first acknowledged write: from then on the child is in its write loop.
      if (!armed) {
        armed = true;
        setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', fail);
    proc.on('close', (_code, signal) => done({ acknowledged, signal, stderr }));
  });
}

describe('crash safety', () => {
  it(`every acknowledged write survives SIGKILL, ${ROUNDS} rounds, integrity_check ok after each`, { timeout: 600_000 }, async () => {
    const file = join(dir, 'wijkoverleg.sqlite');
    let total = 0;
    const started = Date.now();
    for (let n = 1; n <= ROUNDS; n++) {
      // A random moment: 0–60 ms into the write loop, often in the middle of a commit.
      const { acknowledged, signal, stderr } = await round(file, n, Math.floor(Math.random() * 60));
      expect(signal, `round ${n} ended by itself: ${stderr}`).toBe('SIGKILL');
      expect(acknowledged.length, `round ${n} acknowledged nothing: ${stderr}`).toBeGreaterThan(0);
      total += acknowledged.length;

      // The next start: the app's own open (start-up check included), then the full check.
      const db = openDatabase(file);
      try {
        expect(db.pragma('integrity_check', { simple: true }), `round ${n}`).toBe('ok');
        const stored = new Set(db.prepare('SELECT title FROM signal WHERE title LIKE ?').pluck().all(`Melding ${n}-%`) as string[]);
        const lost = acknowledged.filter((title) => !stored.has(title));
        expect(lost, `round ${n}: acknowledged but lost`).toEqual([]);
      } finally {
        db.close();
      }
    }
    console.log(`crash test: ${ROUNDS} rounds of SIGKILL, ${total} acknowledged writes, none lost, integrity_check ok every time (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  });
});
