/**
 * Document targets: the verslag of a long meeting (about ten pages) as PDF/A, DOCX and ODT,
 * through the real export channel (database read, model, document worker). Its own small
 * database, so it runs in seconds. Returns the number of missed targets.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBackend, type Backend } from '../../backend/host';
import { memoryKeyStore } from '../../db/encryption';
import type { Channel, RequestOf, ResponseOf } from '../../contract';
import { reportLine } from './metrics';

const RUNS = 7;
/**
 * Agenda items on top of the team template (7). With none the verslag is 14 pages (A4, with the
 * besluitenlijst and actielijst): the "long meeting of about ten pages" of issue 9, on the heavy side.
 */
const EXTRA_ITEMS = Number(process.env.BENCH_EXTRA_ITEMS ?? 0);

function call<C extends Channel>(backend: Backend, channel: C, request: RequestOf<C>): ResponseOf<C> {
  const result = backend.dispatch(channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as ResponseOf<C>;
}

/** A busy evening: per agenda item notes, 2 signals (a third vertrouwelijk), 3 actions and 2 decisions. */
function longMeeting(backend: Backend): { meetingId: number; items: number } {
  const c = <C extends Channel>(channel: C, request: RequestOf<C>) => call(backend, channel, request);
  c('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Molenwijk' }] });
  const wijk = c('wijk:list', {})[0]!;
  const buurten = ['Molenkamp', 'De Wieken', 'Zuidhoek'].map((name) => c('buurt:create', { wijkId: wijk.id, name }));
  const orgs = (['gemeente', 'woningcorporatie', 'politie', 'welzijn'] as const).map((kind, n) =>
    c('organisation:create', { name: ['Gemeente Den Helder', 'Woonstichting Kustwonen', 'Politie Kop van Noord', 'Welzijn Samen'][n]!, kind, attendanceRequired: n < 2 }),
  );
  const team = c('team:get', { wijkId: wijk.id });
  const people = orgs.flatMap((org, n) =>
    [0, 1].map((k) => c('person:create', { name: `${['Rachid', 'Tom', 'Ahmed', 'Wendy', 'Naima', 'Erik', 'Eva', 'Joost'][n * 2 + k]} ${['de Vries', 'Jansen', 'Bakker', 'Visser'][n]}`, organisationId: org.id, role: 'Lid' })),
  );
  for (const p of people) c('team:addMember', { teamId: team.id, personId: p.id, since: '2026-01-01' });
  c('team:updateRoles', { teamId: team.id, chairId: people[0]!.id, secretaryId: people[1]!.id });
  const meeting = c('meeting:create', { teamId: team.id, date: '2026-11-12', startTime: '09:30', endTime: '12:30', place: 'Wijkcentrum De Wieken' });
  for (let n = 0; n < EXTRA_ITEMS; n++) c('agenda:addItem', { meetingId: meeting.id, title: `Casus en thema ${n + 1}: leefbaarheid rond het winkelcentrum`, kind: 'thema', plannedMinutes: 10 });
  c('meeting:start', { id: meeting.id });
  const detail = c('meeting:get', { id: meeting.id });
  for (const row of detail.attendance) c('attendance:set', { meetingId: meeting.id, personId: row.personId, status: row.personId % 5 === 0 ? 'afgemeld' : 'aanwezig' });
  const text =
    'De partners bespreken de situatie uitgebreid. Er zijn zorgen over de verloedering van het plein, de verlichting en het gevoel van veiligheid bij bewoners. ' +
    'De woningcorporatie en de gemeente trekken samen op; de wijkagent houdt de komende weken extra toezicht.';
  detail.agenda.forEach((item, n) => {
    c('agenda:updateItem', { id: item.id, notes: text });
    for (let k = 0; k < 2; k++) {
      const confidential = (n + k) % 3 === 0;
      const signal = c('signal:create', {
        meetingId: meeting.id,
        agendaItemId: item.id,
        title: confidential ? `Zorgsignaal ${n}-${k}` : `Overlast en zwerfafval bij portiek ${n}-${k}`,
        description: `${text} (${n}-${k})`,
        theme: confidential ? 'zorg' : 'openbare_ruimte',
        sensitivity: confidential ? 'vertrouwelijk' : 'normaal',
        broughtByPersonId: people[(n + k) % people.length]!.id,
        buurtId: buurten[k]!.id,
        problemOwnerId: orgs[k % orgs.length]!.id,
      });
      for (let a = 0; a < (k === 0 ? 2 : 1); a++) {
        c('action:create', {
          meetingId: meeting.id,
          signalId: signal.id,
          what: `Bewoners informeren en de situatie bij portiek ${n}-${k} herstellen (${a + 1})`,
          how: 'In overleg met de beheerder en de bewonerscommissie.',
          ownerOrganisationId: orgs[(n + a) % orgs.length]!.id,
          horizon: a === 1 ? 'ooit' : 'nu',
          deadline: a === 1 ? null : '2026-12-15',
          preconditions: a === 1 ? 'Budget en instemming van de bewonerscommissie' : null,
          decisionDue: a === 1 ? '2027-04-01' : null,
        });
      }
    }
    c('decision:create', { agendaItemId: item.id, text: `Besluit bij punt ${n + 1}: de partners pakken dit gezamenlijk op en koppelen in het volgende overleg terug.` });
    c('decision:create', { agendaItemId: item.id, text: `Tweede besluit bij punt ${n + 1}: de wijkmanager informeert de bewoners per brief.` });
  });
  c('meeting:finish', { id: meeting.id });
  c('verslag:create', { meetingId: meeting.id });
  return { meetingId: meeting.id, items: detail.agenda.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchDocuments(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-bench-doc-'));
  const backend = startBackend({ databasePath: join(dir, 'bench.sqlite'), appVersion: 'bench', keys: memoryKeyStore(), now: () => new Date('2026-11-22T10:00:00Z') });
  let failed = 0;
  try {
    const { meetingId, items } = longMeeting(backend);
    console.log(`\nDocumenten: verslag van een lang overleg (${items} agendapunten, ${items * 2} signalen, ${items * 3} acties, ${items * 2} besluiten)`);
    for (const [format, target] of [['pdf', 500], ['docx', 500], ['odt', 500]] as const) {
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run <= RUNS; run++) {
        const started = performance.now();
        const result = await backend.invoke('verslag:export', { meetingId, version: 1, format });
        const ms = performance.now() - started;
        if (!result.ok) throw new Error(result.error.message);
        const file = result.data as { base64: string; bytes: number };
        bytes = file.bytes;
        if (run > 0) times.push(ms); // the first run starts the worker and loads the fonts
        if (run === 0 && format === 'pdf') writeFileSync(join(dir, 'verslag.pdf'), Buffer.from(file.base64, 'base64'));
      }
      let suffix = `  (${Math.round(bytes / 1024)} kB`;
      if (format === 'pdf') suffix += `, ${/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'verslag.pdf')], { encoding: 'utf8' }))?.[1] ?? '?'} pagina's`;
      if (!reportLine(`verslag:export ${format.toUpperCase()} (mediaan)`, median(times), target, `${suffix})`)) failed++;
    }
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return failed;
}
