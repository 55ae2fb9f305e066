/**
 * What encryption at rest costs (docs/SECURITY.md): the same database plain and encrypted
 * (SQLCipher 4, raw key), the same work on each, alternating rounds so a busy machine hits both
 * alike; medians. Seeds the benchmark database (seed.ts) unless BENCH_DB names a kept one.
 *
 *   npx tsx scripts/bench/encryption-cost.ts        BENCH_DB=<file> to reuse (key in <file>.sleutel)
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from '../../db/driver';
import { applyKey, copyWithKey, isPlaintextDatabase } from '../../db/encryption';
import { startBackend } from '../../backend/host';
import { devKeyFileStore } from '../../backend/storage/keyFile';
import { seed } from './seed';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const EDITS = 100;
const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-encryption-cost-'));
const encrypted = process.env.BENCH_DB ? resolve(process.env.BENCH_DB) : join(dir, 'bench.sqlite');
const keys = devKeyFileStore(`${encrypted}.sleutel`);
if (!process.env.BENCH_DB) {
  const backend = startBackend({ databasePath: encrypted, appVersion: 'bench', keys, now: () => new Date('2026-11-22T10:00:00Z') });
  seed(backend);
  backend.close();
}
const key = keys.databaseKey();
const plain = join(dir, 'plain.sqlite');
copyWithKey(encrypted, key, plain, null);
// The comparison is only worth something if the two really differ.
if (!isPlaintextDatabase(plain) || isPlaintextDatabase(encrypted)) throw new Error('plain.sqlite must be plain and bench.sqlite encrypted');
const workFiles = { plain: join(dir, 'work-plain.sqlite'), encrypted: join(dir, 'work-encrypted.sqlite') };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

function round(variant: 'plain' | 'encrypted') {
  const file = workFiles[variant];
  rmSync(file, { force: true });
  // A fresh copy each round, so no round benefits from another's cache or WAL.
  copyWithKey(variant === 'plain' ? plain : encrypted, variant === 'plain' ? null : key, file, variant === 'plain' ? null : key);
  let t = process.hrtime.bigint();
  const db = new Database(file);
  applyKey(db, variant === 'plain' ? null : key);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  // The meeting screen's kind of read, cold: every signal and action of a team, with their texts.
  const team = db.prepare('SELECT team_id FROM meeting GROUP BY team_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as number;
  db.prepare('SELECT s.*, m.date FROM signal s JOIN meeting m ON m.id = s.meeting_id WHERE s.team_id = ?').all(team);
  db.prepare('SELECT a.*, m.date FROM action a JOIN meeting m ON m.id = a.meeting_id WHERE a.team_id = ?').all(team);
  const read = ms(t);
  // One edit persisted: a single-row update in its own transaction, fsynced (synchronous=FULL).
  const ids = db.prepare('SELECT id FROM signal ORDER BY id LIMIT ?').pluck().all(EDITS) as number[];
  const update = db.prepare('UPDATE signal SET title = ? WHERE id = ?');
  t = process.hrtime.bigint();
  for (const id of ids) db.transaction(() => update.run(`Bijgewerkt signaal ${id}`, id)).immediate();
  const edit = ms(t) / ids.length;
  db.close();
  return { read, edit };
}

const results = { plain: { read: [] as number[], edit: [] as number[] }, encrypted: { read: [] as number[], edit: [] as number[] } };
try {
  for (let i = 0; i < ROUNDS; i++) {
    for (const variant of i % 2 === 0 ? (['plain', 'encrypted'] as const) : (['encrypted', 'plain'] as const)) {
      const r = round(variant);
      results[variant].read.push(r.read);
      results[variant].edit.push(r.edit);
    }
  }
  const line = (label: string, a: number, b: number) =>
    console.log(`${label.padEnd(52)} onversleuteld ${a.toFixed(2).padStart(7)} ms   versleuteld ${b.toFixed(2).padStart(7)} ms   (${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(0)} %)`);
  console.log(`Kosten van versleuteling (mediaan van ${ROUNDS} rondes; ${(statSync(encrypted).size / 1e6).toFixed(1)} MB)`);
  line('openen + signalen en acties van een team (koud)', median(results.plain.read), median(results.encrypted.read));
  line('één wijziging opgeslagen (transactie, fsync)', median(results.plain.edit), median(results.encrypted.edit));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
