import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Real faults for storage tests. The tests run as root on CI, and root ignores file modes, so a
 * mode alone proves nothing: as root we set the immutable attribute (chattr +i), which the kernel
 * enforces for root too; otherwise chmod. Either way the helper first proves the target really
 * refuses writes, so a test cannot pass on a fault that was never there.
 */
const isRoot = () => process.getuid?.() === 0;

export function makeReadOnly(target: string): void {
  const isDir = statSync(target).isDirectory();
  if (isRoot()) execFileSync('chattr', ['+i', target]);
  else chmodSync(target, isDir ? 0o555 : 0o444);
  let refused = false;
  try {
    if (isDir) {
      const probe = join(target, '.schrijftest');
      writeFileSync(probe, 'x');
      rmSync(probe);
    } else closeSync(openSync(target, 'r+'));
  } catch {
    refused = true;
  }
  if (!refused) throw new Error(`${target} still accepts writes: the read-only fault could not be made here`);
}

export function makeWritable(target: string): void {
  if (isRoot()) execFileSync('chattr', ['-i', target]);
  else chmodSync(target, statSync(target).isDirectory() ? 0o755 : 0o644);
}

export const fileHash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Whether this machine lets us mount a small tmpfs (root with CAP_SYS_ADMIN): a real full disk. */
export function canMountTmpfs(dir: string): boolean {
  if (!isRoot()) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const mountTmpfs = (dir: string, size: string) => execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
export const unmount = (dir: string) => execFileSync('umount', [dir]);

const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Another program holding the write lock: a second process with BEGIN IMMEDIATE. It lets go after
 * `releaseAfterMs`, or when release() is called. Resolves once the lock is really held.
 */
export async function holdWriteLock(file: string, releaseAfterMs?: number): Promise<{ release(): Promise<void>; child: ChildProcess }> {
  const script = `
    const Database = require(${JSON.stringify(betterSqlite)});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    const release = () => { db.exec('COMMIT'); db.close(); process.stdout.write('released\\n'); process.exit(0); };
    ${releaseAfterMs === undefined ? '' : `setTimeout(release, ${releaseAfterMs});`}
    process.stdin.on('data', release);
    process.stdout.write('locked\\n');
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiters: { word: string; resolve(): void }[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    lines.push(...chunk.split('\n').filter(Boolean));
    for (const w of [...waiters]) if (lines.includes(w.word)) w.resolve();
  });
  const waitFor = (word: string) =>
    new Promise<void>((resolve, reject) => {
      if (lines.includes(word)) return resolve();
      waiters.push({ word, resolve });
      child.once('exit', (code) => (lines.includes(word) ? resolve() : reject(new Error(`lock holder exited (${code}) before "${word}"`))));
    });
  await waitFor('locked');
  return {
    child,
    async release() {
      // A timed holder lets go by itself; writing to it then could hit a closed pipe.
      if (releaseAfterMs === undefined && !lines.includes('released')) child.stdin.write('go\n');
      await waitFor('released');
    },
  };
}
