/**
 * Export targets (issue 10), on a database of their own:
 *  - the partner action lists of the 15 organisations of a busy team, PDF/A + .eml each, written
 *    to a folder through the real channels (as "Actielijsten maken" does): ≤ 1 s in total;
 *  - Alle acties with 10,000 actions to XLSX through the export channel: ≤ 1 s.
 * Also prints the PDF rendering alone (the reference: ~650 ms for 15 lists of 60 lines).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBackend, type Backend } from '../../backend/host';
import { fixedFolderHost } from '../../backend/exportFolders';
import { createDocumentWorker } from '../../backend/documents/documentWorker';
import { loadPartnerList } from '../../backend/partnerLists/service';
import { partnerListDocument } from '../../domain/documents/partnerListDocument';
import type { Channel, RequestOf, ResponseOf } from '../../contract';
import { insertAction } from '../../db/queries/actions';
import { caller } from './seed';
import { reportLine } from './metrics';
import { memoryKeyStore } from '../../db/encryption';

const ORGANISATIONS = 15;
const OPEN_PER_ORGANISATION = 40;
const FINISHED_PER_ORGANISATION = 10;
const SIGNALS_PER_ORGANISATION = 10;
const XLSX_ACTIONS = 10_000;

const invoker =
  (backend: Backend) =>
  async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const result = await backend.invoke(channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fields)}`);
    return result.data as ResponseOf<C>;
  };

/** A busy WCT: 15 organisations, each with 60 lines on its list (open, finished, signals it owns). */
function seedBusyTeam(backend: Backend) {
  const call = caller(backend);
  call('setup:create', { municipalityName: 'Benchstad', wijken: [{ name: 'Centrum' }, { name: 'Noord' }] });
  const wijk = call('wijk:list', {}).find((w) => w.name === 'Centrum')!;
  const buurt = call('buurt:create', { wijkId: wijk.id, name: 'Stationsbuurt' });
  const team = call('team:get', { wijkId: wijk.id });
  const organisations = Array.from({ length: ORGANISATIONS }, (_, i) =>
    call('organisation:create', { name: `Partnerorganisatie ${String(i + 1).padStart(2, '0')} Benchstad`, kind: 'overig', attendanceRequired: i % 3 === 0 }),
  );
  const people = organisations.map((o, i) => call('person:create', { name: `Medewerker ${i + 1}`, organisationId: o.id, role: 'Contactpersoon', email: `medewerker${i + 1}@partner${i + 1}.example` }));
  for (const p of people) call('team:addMember', { teamId: team.id, personId: p.id, since: '2026-01-01' });
  call('team:updateRoles', { teamId: team.id, chairId: people[0]!.id, secretaryId: people[1]!.id });

  const meeting = (date: string) => call('meeting:create', { teamId: team.id, date, startTime: '09:30', endTime: '11:30', place: 'Stadhuis' });
  const item = (meetingId: number) => call('meeting:get', { id: meetingId }).agenda.find((i) => i.kind === 'signalenronde')!;
  const earlier = meeting('2026-09-29');
  call('meeting:start', { id: earlier.id });
  const round = item(earlier.id);
  const toFinish: number[] = [];
  organisations.forEach((o, n) => {
    for (let s = 0; s < SIGNALS_PER_ORGANISATION; s++) {
      call('signal:create', {
        meetingId: earlier.id,
        agendaItemId: round.id,
        title: `Signaal ${s + 1} over de openbare ruimte in de Stationsbuurt`,
        description: 'Omschrijving van het signaal, zoals bewoners het meldden.',
        theme: s % 4 === 0 ? 'zorg' : 'openbare_ruimte',
        sensitivity: s % 4 === 0 ? 'vertrouwelijk' : 'normaal',
        broughtByPersonId: people[n]!.id,
        buurtId: buurt.id,
        problemOwnerId: o.id,
      });
    }
    for (let a = 0; a < OPEN_PER_ORGANISATION + FINISHED_PER_ORGANISATION; a++) {
      const action = call('action:create', {
        meetingId: earlier.id,
        agendaItemId: round.id,
        what: `Actie ${a + 1}: de afspraak uit het overleg uitvoeren en de voortgang melden bij de wijkmanager`,
        ownerOrganisationId: o.id,
        ownerPersonId: a % 2 === 0 ? people[n]!.id : null,
        horizon: a % 10 === 9 ? 'ooit' : 'nu',
        deadline: a % 10 === 9 ? null : a % 5 === 0 ? '2026-11-01' : '2026-12-15',
        preconditions: a % 10 === 9 ? 'Budget in de begroting van volgend jaar' : null,
        decisionDue: a % 10 === 9 ? '2027-03-01' : null,
      });
      if (a >= OPEN_PER_ORGANISATION) toFinish.push(action.id);
    }
  });
  call('meeting:finish', { id: earlier.id });
  const latest = meeting('2026-11-17');
  call('meeting:start', { id: latest.id });
  for (const id of toFinish) call('action:followUp', { actionId: id, meetingId: latest.id, status: 'gereed', note: 'Uitgevoerd en gemeld' });
  call('meeting:finish', { id: latest.id });

  // The rest of the 10,000 actions live in another team, so the 15 lists keep their 60 lines.
  const other = call('team:get', { wijkId: call('wijk:list', {}).find((w) => w.name === 'Noord')!.id });
  const gemeente = call('organisation:create', { name: 'Gemeente Benchstad', kind: 'gemeente', attendanceRequired: true });
  const otherMeeting = call('meeting:create', { teamId: other.id, date: '2026-10-06', startTime: '13:30', place: 'Wijkpost Noord' });
  const otherRound = item(otherMeeting.id);
  return { meetingId: latest.id, filler: { teamId: other.id, meetingId: otherMeeting.id, agendaItemId: otherRound.id, organisationId: gemeente.id } };
}

/** Tops the database up to 10,000 actions (straight inserts: the data, not the seeding, is measured). */
function topUpActions(backend: Backend, busy: ReturnType<typeof seedBusyTeam>) {
  const have = (backend.db.prepare('SELECT count(*) FROM action').pluck().get() as number) ?? 0;
  const now = new Date('2026-11-22T10:00:00Z');
  backend.db.transaction(() => {
    for (let i = have; i < XLSX_ACTIONS; i++) {
      const status = i % 4 === 0 ? 'gereed' : 'open';
      insertAction(
        backend.db,
        busy.filler.teamId,
        busy.filler.meetingId,
        {
          agendaItemId: busy.filler.agendaItemId,
          signalId: null,
          whyText: null,
          what: `Afspraak ${i}: speelplek opknappen en bewoners betrekken bij de inrichting`,
          ownerOrganisationId: busy.filler.organisationId,
          ownerPersonId: null,
          deadline: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
          how: null,
          horizon: 'nu',
          preconditions: null,
          decisionDue: null,
          motivation: null,
          status,
          cancelReason: null,
          closedOn: status === 'gereed' ? '2026-09-29' : null,
        },
        now,
      );
    }
  })();
}

export async function benchExports(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-bench-exports-'));
  const out = join(dir, 'Actielijsten');
  const backend = startBackend({ databasePath: join(dir, 'exports.sqlite'), appVersion: 'bench', keys: memoryKeyStore(), now: () => new Date('2026-11-17T12:00:00Z'), folders: fixedFolderHost(out) });
  let failed = 0;
  try {
    const busy = seedBusyTeam(backend);
    topUpActions(backend, busy);
    const invoke = invoker(backend);
    const plan = caller(backend)('partnerList:list', { meetingId: busy.meetingId });
    const lines = plan.organisations.map((o) => o.openActions + FINISHED_PER_ORGANISATION + SIGNALS_PER_ORGANISATION);
    console.log(`\nExports: ${plan.organisations.length} organisaties met ${Math.min(...lines)}–${Math.max(...lines)} regels per lijst; ${XLSX_ACTIONS} acties in Alle acties\n`);

    // The PDF engine alone on the same 15 lists (the reference figure).
    const models = plan.organisations.map((o) => partnerListDocument(loadPartnerList(backend, o.organisationId, plan.asOf), { createdAt: '2026-11-17T12:00:00Z' }));
    const worker = createDocumentWorker();
    const render = async () => {
      const started = performance.now();
      for (const model of models) await worker.render('pdf', model);
      return performance.now() - started;
    };
    await render(); // warm-up: worker start, fonts
    reportLine('15 actielijsten, alleen PDF', Math.min(await render(), await render()), 1000, ' (ter vergelijking)');
    await worker.close();

    const makeAll = async () => {
      const started = performance.now();
      const { folderId } = (await invoke('folder:choose', { purpose: 'partnerLists' }))!;
      for (const o of plan.organisations) await invoke('partnerList:make', { meetingId: busy.meetingId, organisationId: o.organisationId, folderId });
      return performance.now() - started;
    };
    await makeAll();
    const lists = Math.min(await makeAll(), await makeAll());
    const files = readdirSync(out).length;
    if (!reportLine('15 actielijsten (PDF/A + .eml, map)', lists, 1000, ` (${files} bestanden)`)) failed++;

    // Alle acties as XLSX through the channel the screen uses: the query read in SQLite (filter and
    // sort, every row), the sheet built, the file made in the document worker.
    const xlsx = async () => {
      const started = performance.now();
      const file = await invoke('action:export', { filter: {}, sort: { key: 'urgency', dir: 'asc' } });
      return { ms: performance.now() - started, kb: Math.round(file.bytes / 1024) };
    };
    await xlsx();
    const runs = [await xlsx(), await xlsx(), await xlsx()].sort((a, b) => a.ms - b.ms);
    const median = runs[1]!;
    const rows = backend.db.prepare('SELECT count(*) FROM action').pluck().get() as number;
    if (!reportLine(`XLSX Alle acties (action:export, ${rows} acties)`, median.ms, 1000, ` (${median.kb} kB)`)) failed++;

  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return failed;
}
