/**
 * Back-end metrics on the seeded database: each channel the screens call, next to the same work
 * done by hand-written raw SQL on the same connection (the baseline). Channels that a version of
 * the app does not have yet are measured by what that version's screen calls instead, so the
 * same bench measures "before" and "after".
 */
import { performance } from 'node:perf_hooks';
import Database from '../../db/driver';
import { applyKey, type KeyStore } from '../../db/encryption';
import { isChannel, type Channel, type RequestOf, type ResponseOf } from '../../contract';
import { startBackend, type Backend } from '../../backend/host';
import { metric, sample, type Metric } from './metrics';

/** A typed call that throws on a failed Result. */
export const caller =
  (backend: Backend) =>
  <C extends Channel>(channel: C, request: RequestOf<C>): ResponseOf<C> => {
    const result = backend.dispatch(channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fields)}`);
    return result.data as ResponseOf<C>;
  };
/** For channels that may not exist in the version measured. */
const dispatchAny = (backend: Backend, channel: string, request: unknown) => {
  const result = backend.dispatch(channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fields)}`);
  return result.data;
};

/** Twenty things a wijkmanager types into the search box, accents left out half of the time. */
export const SEARCH_QUERIES = [
  'zwerfafval', 'hangjongeren', 'straatverlichting', 'eenzaam', 'schimmel', 'cafe', 'coordinatie', 'ruine', 'fietswrak',
  'huisbezoek', 'schulden', 'drugsoverlast', 'wateroverlast', 'speeltuin', 'verward', 'buurtbemiddeling', 'inbraak',
  'cruyff', 'stoeptegels', 'ontbijt',
] as const;

export interface BackendSetup {
  /** The running meeting with the most carried actions: the heaviest vergadermodus. */
  meetingId: number;
}

export function findHeaviestMeeting(db: Database.Database): number {
  const row = db
    .prepare(
      `SELECT m.id FROM meeting m WHERE m.status = 'bezig'
       ORDER BY (SELECT count(*) FROM action a WHERE a.team_id = m.team_id AND a.closed_on IS NULL) DESC, m.id LIMIT 1`,
    )
    .get() as { id: number } | undefined;
  if (!row) throw new Error('Geen lopend overleg in de database.');
  return row.id;
}

/**
 * Open + migrate + start-up checks, as the app starts: the only connection to the file (so run it
 * before the bench's own back end opens). The first open of the day reads every page (quick_check)
 * and makes the daily backup; those are the warm-up, and what is timed is a start later that day
 * after a clean close. Closing (statistics, checkpoint) is not part of the time.
 */
export function benchOpen(databasePath: string, runs: number, keys: KeyStore): Metric {
  const at = () => new Date('2026-11-22T10:00:00Z');
  const open: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    const b = startBackend({ databasePath, appVersion: 'bench', keys, now: at });
    if (i >= 2) open.push(performance.now() - t0);
    b.close();
  }
  const bare = sample(runs, () => {
    // The same work bare: open, key, read the header page.
    const d = new Database(databasePath);
    applyKey(d, keys.databaseKey());
    d.pragma('user_version');
    d.close();
  });
  return metric('open', 'Database openen (+ migraties, opstartcontroles)', open, bare, { on: 'median', ms: 50 }, 'basis: bestand openen en user_version lezen');
}

export function benchBackend(backend: Backend, databasePath: string, runs: number): Metric[] {
  const call = caller(backend);
  const db = backend.db;
  const meetingId = findHeaviestMeeting(db);
  const metrics: Metric[] = [];
  const raw = (sql: string) => db.prepare(sql).raw(true);

  // ---- meeting read -----------------------------------------------------------------------------
  {
    let bytes = 0;
    const read = sample(runs * 3, () => (bytes = JSON.stringify(call('meeting:get', { id: meetingId })).length));
    const m = db.prepare('SELECT id, team_id AS teamId, date, start_time AS startTime FROM meeting WHERE id = ?').get(meetingId) as { id: number; teamId: number; date: string; startTime: string };
    const stmts = [
      raw(`SELECT m.*, t.name, w.name, pc.name, ps.name FROM meeting m JOIN team t ON t.id = m.team_id JOIN wijk w ON w.id = t.wijk_id
           LEFT JOIN person pc ON pc.id = m.chair_id LEFT JOIN person ps ON ps.id = m.secretary_id WHERE m.id = @id`),
      raw('SELECT * FROM agenda_item WHERE meeting_id = @id ORDER BY position'),
      raw('SELECT a.*, p.name FROM attendance a JOIN person p ON p.id = a.person_id WHERE a.meeting_id = @id'),
      raw('SELECT * FROM meeting_guest WHERE meeting_id = @id'),
      raw('SELECT * FROM signal WHERE meeting_id = @id'),
      raw('SELECT * FROM action WHERE meeting_id = @id'),
      raw('SELECT * FROM decision WHERE meeting_id = @id'),
      raw('SELECT * FROM action_follow_up WHERE meeting_id = @id'),
      raw('SELECT * FROM signal_follow_up WHERE meeting_id = @id'),
      // What carries over: open (or closed since / followed up here) items of earlier meetings, with their last note.
      raw(`SELECT a.*, o.name, (SELECT f.note FROM action_follow_up f WHERE f.action_id = a.id ORDER BY f.id DESC LIMIT 1)
           FROM action a JOIN meeting am ON am.id = a.meeting_id JOIN organisation o ON o.id = a.owner_organisation_id
           WHERE a.team_id = @teamId AND (a.closed_on IS NULL OR a.closed_on >= @date) AND am.date < @date`),
      raw(`SELECT s.*, (SELECT f.note FROM signal_follow_up f WHERE f.signal_id = s.id ORDER BY f.id DESC LIMIT 1)
           FROM signal s JOIN meeting sm ON sm.id = s.meeting_id
           WHERE s.team_id = @teamId AND (s.closed_on IS NULL OR s.closed_on >= @date) AND sm.date < @date`),
    ];
    const bare = sample(runs * 3, () => stmts.map((s) => s.all(m)));
    metrics.push(metric('meeting_read', 'Vergadermodus: overleg lezen (meeting:get)', read, bare, { on: 'p95', ms: 20, ratio: 1.5 }, `${(bytes / 1024).toFixed(0)} kB JSON`));
  }

  // ---- overviews: the first window the table shows ------------------------------------------------
  for (const [kind, list, page] of [
    ['actions', 'action:list', 'action:page'],
    ['signals', 'signal:list', 'signal:page'],
  ] as const) {
    const paged = isChannel(page);
    let rows = 0;
    const work = paged
      ? () => (rows = (dispatchAny(backend, page, { offset: 0, limit: 100 }) as { rows: unknown[] }).rows.length)
      : () => (rows = (dispatchAny(backend, list, {}) as unknown[]).length);
    const samples = sample(runs, work, 1);
    const table = kind === 'actions' ? 'action' : 'signal';
    const first = raw(`SELECT * FROM ${table} ORDER BY id DESC LIMIT 100`);
    const total = raw(`SELECT count(*) FROM ${table}`);
    const bare = sample(runs, () => [first.all(), total.all()]);
    metrics.push(
      metric(`${kind}_query`, `${kind === 'actions' ? 'Alle acties' : 'Alle signalen'}: gegevens (${paged ? page : list})`, samples, bare, { on: 'p95', ms: 150 }, `${rows} rijen verstuurd`),
    );
  }

  // ---- Overleggen: the first window the table shows (before meeting:page: every meeting of every year) ----
  {
    const paged = isChannel('meeting:page');
    const work = () => (paged ? dispatchAny(backend, 'meeting:page', { offset: 0, limit: 100 }) : dispatchAny(backend, 'meeting:list', {}));
    const samples = sample(runs, work, 1);
    // What travels to the renderer (sized once, outside the timed calls, like the other overviews).
    const answer = work();
    const rows = (paged ? (answer as { rows: unknown[] }).rows : (answer as unknown[])).length;
    const bytes = JSON.stringify(answer).length;
    // The same window by hand: the 100 latest meetings with their names and counts, and the total.
    const count = (table: string) => `(SELECT count(*) FROM ${table} WHERE meeting_id = m.id)`;
    const first = raw(
      `SELECT m.*, t.name, w.name, pc.name, ps.name, ${count('agenda_item')}, ${count('attendance')}, ${count('meeting_guest')}, ${count('signal')}, ${count('action')}, ${count('decision')}
       FROM meeting m JOIN team t ON t.id = m.team_id JOIN wijk w ON w.id = t.wijk_id LEFT JOIN person pc ON pc.id = m.chair_id LEFT JOIN person ps ON ps.id = m.secretary_id
       ORDER BY m.date DESC LIMIT 100`,
    );
    const total = raw('SELECT count(*) FROM meeting');
    const bare = sample(runs, () => [first.all(), total.all()]);
    metrics.push(
      metric('meetings_query', `Overleggen: gegevens (${paged ? 'meeting:page' : 'meeting:list, alle jaren'})`, samples, bare, { on: 'p95', ms: 150 }, `${rows} rijen verstuurd, ${(bytes / 1024).toFixed(0)} kB JSON`),
    );
  }

  // ---- full-text search ---------------------------------------------------------------------------
  if (isChannel('search:query')) {
    let hits = 0;
    const samples = sample(SEARCH_QUERIES.length * 2, (i) => (hits += (dispatchAny(backend, 'search:query', { text: SEARCH_QUERIES[i % SEARCH_QUERIES.length], limit: 50 }) as { results: unknown[] }).results.length), 0);
    const fts = raw(`SELECT rowid, kind, record_id FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50`);
    const bare = sample(SEARCH_QUERIES.length * 2, (i) => fts.all(`"${SEARCH_QUERIES[i % SEARCH_QUERIES.length]}"*`), 0);
    metrics.push(metric('search_backend', 'Zoeken: 20 Nederlandse zoekvragen (back end)', samples, bare, { on: 'p95', ms: 20 }, `${Math.round(hits / 2)} treffers`));
  }

  // ---- start screen ---------------------------------------------------------------------------------
  {
    const summary = isChannel('home:summary');
    const samples = sample(runs, () =>
      summary
        ? [call('wijk:list', {}), dispatchAny(backend, 'home:summary', {})]
        : [call('wijk:list', {}), call('meeting:list', {}), call('action:list', { openOnly: true })],
    );
    const counts = raw(
      `SELECT t.wijk_id, count(*), sum(coalesce(CASE WHEN a.horizon = 'ooit' THEN a.decision_due ELSE a.deadline END, '9999') < '2026-11-22')
       FROM action a JOIN team t ON t.id = a.team_id WHERE a.closed_on IS NULL GROUP BY t.wijk_id`,
    );
    const bare = sample(runs, () => counts.all());
    metrics.push(metric('start_backend', `Startscherm: gegevens (${summary ? 'home:summary' : 'meeting:list + action:list'})`, samples, bare, { on: 'p95', ms: 150 }));
  }

  // ---- one edit, persisted (WAL, synchronous=FULL: fsync included) -----------------------------------
  {
    const item = db.prepare("SELECT id FROM agenda_item WHERE meeting_id = ? AND kind = 'thema'").get(meetingId) as { id: number };
    const samples = sample(runs * 3, (i) => call('agenda:updateItem', { id: item.id, notes: `Casus besproken (versie ${i}); afspraken in de actielijst.` }));
    const update = db.prepare('UPDATE agenda_item SET notes = ? WHERE id = ?');
    const write = db.transaction((i: number) => update.run(`Ruwe notitie ${i}`, item.id));
    const bare = sample(runs * 3, (i) => write(i));
    metrics.push(metric('edit_persist', 'Eén wijziging opgeslagen (fsync inbegrepen)', samples, bare, { on: 'p95', ms: 20 }, 'agenda:updateItem, notities'));
  }
  return metrics;
}

/** What the data set holds, for the report. */
export function describeData(db: Database.Database): string {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return [
    `${n('SELECT count(*) AS n FROM team')} teams`,
    `${n('SELECT count(*) AS n FROM meeting')} overleggen`,
    `${n('SELECT count(*) AS n FROM signal')} signalen (${n("SELECT count(*) AS n FROM signal WHERE sensitivity = 'vertrouwelijk'")} vertrouwelijk)`,
    `${n('SELECT count(*) AS n FROM action')} acties (${n('SELECT count(*) AS n FROM action WHERE closed_on IS NULL')} open)`,
    `${n('SELECT count(*) AS n FROM action_follow_up')} + ${n('SELECT count(*) AS n FROM signal_follow_up')} voortgangsnotities`,
  ].join(', ');
}
