/**
 * Performance targets, measured (not asserted in unit tests): a realistic large municipality —
 * the demo's wijken × 5 years of meetings every 5 weeks — with thousands of signals and actions.
 * Prints a table and exits non-zero when a target is missed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBackend } from '../backend/host';
import type { Channel, RequestOf, ResponseOf } from '../contract';

const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-bench-'));
const backend = startBackend({ databasePath: join(dir, 'bench.sqlite'), appVersion: 'bench', now: () => new Date('2026-11-22T10:00:00Z') });
const call = <C extends Channel>(channel: C, request: RequestOf<C>): ResponseOf<C> => {
  const result = backend.dispatch(channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fields)}`);
  return result.data as ResponseOf<C>;
};

function time<T>(label: string, runs: number, work: () => T): { label: string; ms: number; result: T } {
  let result = work(); // warm-up (statement cache)
  const started = performance.now();
  for (let i = 0; i < runs; i++) result = work();
  return { label, ms: (performance.now() - started) / runs, result };
}

const seedStart = performance.now();
call('setup:loadDemo', {});
const organisations = call('organisation:list', {});
const wijken = call('wijk:list', {});
let meetings = 0;
const seed = backend.db.transaction(() => {
  for (const wijk of wijken) {
    const team = call('team:get', { wijkId: wijk.id });
    for (let n = 0; n < 52; n++) {
      const day = new Date(Date.UTC(2021, 11, 7 + n * 35));
      const meeting = call('meeting:create', { teamId: team.id, date: day.toISOString().slice(0, 10), startTime: '19:30', place: 'Wijkcentrum' });
      meetings++;
      call('meeting:start', { id: meeting.id });
      const detail = call('meeting:get', { id: meeting.id });
      const round = detail.agenda.find((i) => i.kind === 'signalenronde')!;
      for (const row of detail.attendance) call('attendance:set', { meetingId: meeting.id, personId: row.personId, status: 'aanwezig' });
      for (let s = 0; s < 12; s++) {
        const org = organisations[(n + s) % organisations.length]!;
        const signal = call('signal:create', {
          meetingId: meeting.id,
          agendaItemId: round.id,
          title: `Signaal ${n}-${s} in ${wijk.name}`,
          description: 'Omschrijving van het signaal met genoeg tekst om realistisch te zijn voor een overzicht.',
          broughtByOrganisationId: org.id,
          theme: (['openbare_ruimte', 'overlast', 'zorg', 'wonen'] as const)[s % 4]!,
          sensitivity: s % 5 === 0 ? 'vertrouwelijk' : 'normaal',
        });
        for (const k of [0, 1]) {
          call('action:create', {
            meetingId: meeting.id,
            signalId: signal.id,
            what: `Actie ${k + 1} bij signaal ${n}-${s}`,
            ownerOrganisationId: organisations[(n + s + k) % organisations.length]!.id,
            horizon: 'nu',
            deadline: new Date(day.getTime() + (k + 1) * 28 * 86400000).toISOString().slice(0, 10),
          });
        }
      }
      call('meeting:finish', { id: meeting.id });
    }
  }
});
seed();
const seedMs = performance.now() - seedStart;

const latest = call('meeting:list', {})[0]!;
const targets = [
  { ...time('action:list (alle acties)', 5, () => call('action:list', {})), target: 250 },
  { ...time('signal:list (alle signalen)', 5, () => call('signal:list', {})), target: 250 },
  { ...time('meeting:get (vergaderscherm)', 20, () => call('meeting:get', { id: latest.id })), target: 60 },
  { ...time('meeting:list (alle overleggen)', 10, () => call('meeting:list', {})), target: 100 },
  { ...time('report:attendance (5 jaar)', 5, () => call('report:attendance', { from: '2021-12-01', to: '2026-12-31' })), target: 250 },
];

console.log(`\nGegevens: ${meetings} overleggen, ${call('action:list', {}).length} acties, ${call('signal:list', {}).length} signalen (aangemaakt in ${(seedMs / 1000).toFixed(1)} s)\n`);
let failed = 0;
for (const t of targets) {
  const ok = t.ms <= t.target;
  if (!ok) failed++;
  const rows = Array.isArray(t.result) ? ` (${t.result.length} rijen)` : '';
  console.log(`${ok ? 'OK  ' : 'TRAAG'} ${t.label.padEnd(34)} ${t.ms.toFixed(1).padStart(7)} ms   doel ≤ ${t.target} ms${rows}`);
}
backend.close();
rmSync(dir, { recursive: true, force: true });
process.exitCode = failed > 0 ? 1 : 0;
