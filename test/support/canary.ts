/**
 * The canary test's tools: a world in which every confidential field the app has holds a canary
 * string, the list of every exporter the app has, and a search through the text of every file
 * they make. `test/unit/privacy/canary.test.ts` runs it; the rule is zero hits.
 *
 * Confidential fields (a vertrouwelijk signal): title, description, location, outcome, the
 * follow-up notes of every meeting, and the "waarom" text of an action taken on it. A new
 * confidential field gets the canary in `seedCanaryWorld`. Not a verslag summary: that is the
 * partner-facing text, never purged (see the search index test in canary.test.ts).
 *
 * HOW TO ADD AN EXPORTER (partner action lists, wijkagenda, XLSX, .eml, …): append one entry to
 * `CANARY_EXPORTERS` below whose `produce` makes every file that exporter can make from the
 * world, through the back end's channels (`app.invoke` for asynchronous export channels), and
 * returns them by file name. The extension decides how the text is read (pdf, docx, odt, xlsx,
 * eml, txt/csv/ics …; add a reader in `extractText` for a new kind).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { DocumentFile } from '../../contract/schemas/documents';
import type { TestBackend } from './backend';
import { zipXml, xmlText } from './documentCheck';
import { agendaItem, planMeeting, seedTeam, type Seed } from './meetings';

/** Unusual enough never to occur by chance, and split-proof (no spaces, no hyphenation points). */
export const CANARY = 'KANARIEzq7Xv';

export interface CanaryWorld {
  seed: Seed;
  /** The meeting where the confidential signal was raised (with an action on it), then finished. */
  raisedIn: number;
  /** The next meeting, where the signal got a follow-up note and was closed with an outcome. */
  followedIn: number;
  signalId: number;
  actionId: number;
}

/** A team with two meetings in which every confidential field holds the canary. */
export function seedCanaryWorld(app: TestBackend): CanaryWorld {
  const seed = seedTeam(app);
  const first = planMeeting(app, seed, '2026-10-08');
  const second = planMeeting(app, seed, '2026-11-12');
  app.call('meeting:start', { id: first.id });
  const round = agendaItem(app, first.id, 'signalenronde');
  const signal = app.call('signal:create', {
    meetingId: first.id,
    agendaItemId: round.id,
    title: `Zorgen om bewoner ${CANARY}`,
    description: `Mevrouw ${CANARY} (Dorpsstraat 12) vereenzaamt en vergeet haar medicijnen.`,
    location: `Dorpsstraat 12 ${CANARY}`,
    theme: 'zorg',
    sensitivity: 'vertrouwelijk',
    urgency: 'hoog',
    broughtByPersonId: seed.people.wijkmeester.id,
    buurtId: seed.buurten.molenkamp.id,
    problemOwnerId: seed.orgs.welzijn.id,
    outcome: `Eerste contact gelegd ${CANARY}`,
  });
  const action = app.call('action:create', {
    meetingId: first.id,
    signalId: signal.id,
    whyText: `Omdat mevrouw ${CANARY} alleen woont`,
    // An action's own texts can name the resident as well: they are confidential with their signal.
    what: `Huisbezoek bij mevrouw ${CANARY} afleggen en hulp aanbieden`,
    how: `Samen met de buurvrouw van ${CANARY}`,
    ownerOrganisationId: seed.orgs.welzijn.id,
    horizon: 'nu',
    deadline: '2026-11-01',
  });
  app.call('meeting:finish', { id: first.id });

  app.call('meeting:start', { id: second.id });
  app.call('signal:followUp', { signalId: signal.id, meetingId: second.id, note: `Huisbezoek gedaan bij ${CANARY}`, status: 'in_behandeling' });
  app.call('action:followUp', { actionId: action.id, meetingId: second.id, note: `Mevrouw ${CANARY} wil eerst haar dochter spreken` });
  app.call('signal:update', {
    id: signal.id,
    meetingId: second.id,
    date: signal.date,
    agendaItemId: round.id,
    title: signal.title,
    description: signal.description,
    location: signal.location,
    theme: 'zorg',
    sensitivity: 'vertrouwelijk',
    urgency: 'hoog',
    status: 'in_behandeling',
    broughtByPersonId: seed.people.wijkmeester.id,
    buurtId: seed.buurten.molenkamp.id,
    problemOwnerId: seed.orgs.welzijn.id,
    outcome: `Zorg geregeld via sociaal wijkteam ${CANARY}`,
  });
  app.call('meeting:finish', { id: second.id });
  return { seed, raisedIn: first.id, followedIn: second.id, signalId: signal.id, actionId: action.id };
}

export interface CanaryExporter {
  /** What is exported, for the failure message. */
  name: string;
  /** Every file this exporter can make from the world, by file name. */
  produce(app: TestBackend, world: CanaryWorld): Promise<Record<string, Uint8Array>>;
}

/** Bytes of a DocumentFile as the renderer would save them. */
export const fileBytes = (file: DocumentFile): Uint8Array => new Uint8Array(Buffer.from(file.base64, 'base64'));

/** Every file of every version of a meeting's verslag, in every format. */
async function verslagFiles(app: TestBackend, meetingId: number): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const version of app.call('verslag:get', { meetingId }).versions) {
    for (const format of ['pdf', 'docx', 'odt'] as const) {
      const file = await app.callAsync('verslag:export', { meetingId, version: version.version, format });
      files[file.fileName] = fileBytes(file);
    }
  }
  return files;
}

/** Every exporter of the app. Extend this list with every new exporter (see the top of this file). */
export const CANARY_EXPORTERS: CanaryExporter[] = [
  {
    // As shown on screen, and as shown after searching for the canary itself (in the app the
    // search finds the case; the file must still say nothing about it).
    name: 'Alle acties en Alle signalen (XLSX), ook na zoeken op de kanarie',
    async produce(app) {
      const files: Record<string, Uint8Array> = {};
      for (const [n, filter] of [{}, { text: CANARY }, { text: 'Dorpsstraat' }].entries()) {
        for (const dir of ['asc', 'desc'] as const) {
          const actions = await app.callAsync('action:export', { filter, sort: { key: 'what', dir } });
          files[`${n}-${dir} ${actions.fileName}`] = fileBytes(actions);
          for (const view of ['intern', 'partner'] as const) {
            const signals = await app.callAsync('signal:export', { filter, sort: { key: 'title', dir }, view });
            files[`${n}-${dir}-${view} ${signals.fileName}`] = fileBytes(signals);
          }
        }
      }
      return files;
    },
  },
  {
    // Both meetings: where the signal was raised (with its action) and where it was followed up;
    // a concept, a vastgesteld version (its frozen content) and a correction.
    name: 'verslag (PDF, DOCX, ODT; concept, vastgesteld, correctie)',
    async produce(app, world) {
      app.call('verslag:create', { meetingId: world.raisedIn });
      app.call('verslag:create', { meetingId: world.followedIn });
      app.call('verslag:establish', { meetingId: world.raisedIn, date: '2026-11-12' });
      app.call('verslag:correct', { meetingId: world.raisedIn, reason: 'Aanvulling bij de signalenronde' });
      return { ...(await verslagFiles(app, world.raisedIn)), ...(await verslagFiles(app, world.followedIn)) };
    },
  },
  {
    name: 'wijkagenda (PDF, DOCX, ODT, XLSX)',
    async produce(app, world) {
      // The confidential signal's action (the canary in its texts) sits on the wijkagenda (as when
      // a signal is made vertrouwelijk after its action went on), with another progress note,
      // next to an ordinary agreement; both reviewed with a note.
      const wijkId = world.seed.wijk.id;
      const third = planMeeting(app, world.seed, '2026-11-19');
      app.call('meeting:start', { id: third.id });
      app.call('action:followUp', { actionId: world.actionId, meetingId: third.id, note: `Op bezoek geweest bij ${CANARY}` });
      const theme = app.call('wijkagenda:createTheme', { wijkId, title: 'Zorg voor elkaar', goal: 'Niemand in de wijk staat er alleen voor.', firstYear: 2026, lastYear: 2029 });
      app.call('wijkagenda:addByHand', {
        wijkId,
        year: 2026,
        themeId: theme.id,
        what: 'Buurtkamer elke dinsdag open',
        ownerOrganisationId: world.seed.orgs.welzijn.id,
        horizon: 'nu',
        deadline: '2026-12-01',
        groundDecision: 'Subsidiebesluit welzijn 2026',
        groundBody: 'College van B&W',
      });
      const agendaId = app.db.prepare('SELECT id FROM wijkagenda WHERE wijk_id = ? AND year = 2026').pluck().get(wijkId);
      app.db
        .prepare("INSERT INTO wijkagenda_agreement (wijkagenda_id, theme_id, origin, action_id, meeting_id, created_at, updated_at) VALUES (?, ?, 'action', ?, ?, ?, ?)")
        .run(agendaId, theme.id, world.actionId, world.raisedIn, '2026-11-19T10:00:00Z', '2026-11-19T10:00:00Z');
      const agreements = app.call('wijkagenda:get', { wijkId, year: 2026 }).agreements;
      app.call('wijkagenda:review', {
        wijkId,
        year: 2026,
        date: '2026-11-20',
        items: agreements.map((a) => ({ agreementId: a.id, outcome: 'deels_nagekomen' as const, note: 'Loopt later dan gepland.' })),
      });
      const files: Record<string, Uint8Array> = {};
      for (const format of ['pdf', 'docx', 'odt', 'xlsx'] as const) {
        const file = await app.callAsync('wijkagenda:export', { wijkId, year: 2026, format });
        files[file.fileName] = fileBytes(file);
      }
      return files;
    },
  },
  {
    name: 'actielijsten per organisatie (PDF/A en .eml), na het overleg en voor een datum',
    async produce(app, world) {
      const files: Record<string, Uint8Array> = {};
      const folder = (await app.callAsync('folder:choose', { purpose: 'partnerLists' }))!;
      const sources = [{ meetingId: world.raisedIn }, { meetingId: world.followedIn }, { teamId: world.seed.team.id, asOf: '2026-11-22' }];
      for (const source of sources) {
        // Every organisation, also those without open actions in the team: each list it could get.
        for (const organisation of app.call('organisation:list', {})) {
          const made = await app.callAsync('partnerList:make', { ...source, organisationId: organisation.id, folderId: folder.folderId });
          for (const name of made.files) files[`${JSON.stringify(source)} ${name}`] = new Uint8Array(readFileSync(join(folder.path, name)));
        }
      }
      return files;
    },
  },
  {
    name: 'aanwezigheid (XLSX en PDF)',
    async produce(app) {
      const files: Record<string, Uint8Array> = {};
      for (const format of ['xlsx', 'pdf'] as const) {
        const file = await app.callAsync('report:attendanceExport', { from: '2026-01-01', to: '2026-12-31', format });
        files[file.fileName] = fileBytes(file);
      }
      return files;
    },
  },
];

/** The text a reader of the file could get at: PDF text and raw bytes, or every XML part of a zip. */
export async function extractText(fileName: string, bytes: Uint8Array): Promise<string> {
  const ext = extname(fileName).toLowerCase();
  switch (ext) {
    case '.pdf': {
      const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-canary-'));
      try {
        const file = join(dir, 'f.pdf');
        writeFileSync(file, bytes);
        // The text layer and the metadata (title, XMP) both go to partners.
        return [execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }), execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })].join('\n');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    case '.docx':
    case '.odt':
    case '.xlsx': {
      const parts = await zipXml(bytes);
      // Raw XML (attributes, properties) and its text, so neither an escape nor a split run hides it.
      return Object.values(parts)
        .flatMap((xml) => [xml, xmlText(xml)])
        .join('\n');
    }
    case '.eml': {
      // What the mail program shows: headers, the text, and the text of every attachment.
      const mail = await simpleParser(Buffer.from(bytes));
      const attachments = await Promise.all(mail.attachments.map((a) => extractText(a.filename ?? 'bijlage', new Uint8Array(a.content))));
      return [Buffer.from(bytes).toString('utf8'), mail.subject ?? '', mail.text ?? '', ...attachments].join('\n');
    }
    default:
      return Buffer.from(bytes).toString('utf8');
  }
}

/** The canary hits per file: empty when the files are clean. */
export async function canaryHits(files: Record<string, Uint8Array>, canary = CANARY): Promise<string[]> {
  const hits: string[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    const text = await extractText(name, bytes);
    const count = text.split(canary).length - 1;
    if (count > 0) hits.push(`${name}: ${count}×`);
  }
  return hits;
}
