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

/** The bench's "today" (scripts/bench/index.ts). */
const TODAY = '2026-11-22';
/** Hand-written: the ids of a team's items that are open, closed since the meeting date, or followed up in it. */
const CARRIED = (t: 'action' | 'signal') =>
  `SELECT id FROM ${t} WHERE team_id = @teamId AND closed_on IS NULL UNION SELECT id FROM ${t} WHERE team_id = @teamId AND closed_on >= @date
   UNION SELECT ${t}_id FROM ${t}_follow_up WHERE meeting_id = @id`;

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

/** The meeting read's baseline: the same data by hand-written raw SQL on the same connection. */
export function meetingReadRaw(db: Database.Database, meetingId: number): () => unknown {
  const raw = (sql: string) => db.prepare(sql).raw(true);
  const m = db.prepare('SELECT id, team_id AS teamId, date, start_time AS startTime FROM meeting WHERE id = ?').get(meetingId) as { id: number; teamId: number; date: string; startTime: string };
  const stmts = [
    raw(`SELECT m.*, t.name, w.name, pc.name, ps.name FROM meeting m JOIN team t ON t.id = m.team_id JOIN wijk w ON w.id = t.wijk_id
         LEFT JOIN person pc ON pc.id = m.chair_id LEFT JOIN person ps ON ps.id = m.secretary_id WHERE m.id = @id`),
    raw('SELECT * FROM agenda_item WHERE meeting_id = @id ORDER BY position'),
    raw('SELECT a.*, p.name FROM attendance a JOIN person p ON p.id = a.person_id WHERE a.meeting_id = @id ORDER BY a.organisation_name, p.name'),
    raw('SELECT * FROM meeting_guest WHERE meeting_id = @id'),
    // The meeting before and after it, the wijk's buurten, what undo would do.
    raw('SELECT id FROM meeting WHERE team_id = @teamId AND (date, start_time, id) < (@date, @startTime, @id) ORDER BY date DESC, start_time DESC, id DESC LIMIT 1'),
    raw('SELECT id FROM meeting WHERE team_id = @teamId AND (date, start_time, id) > (@date, @startTime, @id) ORDER BY date, start_time, id LIMIT 1'),
    raw('SELECT b.* FROM buurt b JOIN team t ON t.wijk_id = b.wijk_id WHERE t.id = @teamId ORDER BY b.name'),
    raw('SELECT label FROM undo_log WHERE meeting_id = @id ORDER BY id DESC LIMIT 1'),
    // This meeting's signals and actions with the names the screen shows.
    raw(`SELECT s.*, bp.name, bo.name, b.name, po.name FROM signal s LEFT JOIN person bp ON bp.id = s.brought_by_person_id
         LEFT JOIN organisation bo ON bo.id = s.brought_by_organisation_id LEFT JOIN buurt b ON b.id = s.buurt_id
         LEFT JOIN organisation po ON po.id = s.problem_owner_id WHERE s.meeting_id = @id`),
    // (with each action's latest note, as the action lists show it)
    raw(`SELECT a.*, o.name, p.name, s.title, ai.title, lf.note, lfm.date FROM action a JOIN organisation o ON o.id = a.owner_organisation_id
         LEFT JOIN person p ON p.id = a.owner_person_id LEFT JOIN signal s ON s.id = a.signal_id
         LEFT JOIN agenda_item ai ON ai.id = a.agenda_item_id
         LEFT JOIN action_follow_up lf ON lf.id = (SELECT max(f.id) FROM action_follow_up f WHERE f.action_id = a.id)
         LEFT JOIN meeting lfm ON lfm.id = lf.meeting_id WHERE a.meeting_id = @id`),
    raw('SELECT * FROM decision WHERE meeting_id = @id'),
    raw('SELECT * FROM action_follow_up WHERE meeting_id = @id'),
    raw('SELECT * FROM signal_follow_up WHERE meeting_id = @id'),
    // What carries over (open, closed since, or followed up here), counted per group: the group headers.
    raw(`SELECT a.owner_organisation_id, o.name, count(*), sum(a.closed_on IS NULL AND coalesce(a.deadline, a.decision_due) < @today),
                sum(f.id IS NOT NULL), sum(f.id IS NULL AND a.closed_on IS NULL)
         FROM action a JOIN meeting am ON am.id = a.meeting_id JOIN organisation o ON o.id = a.owner_organisation_id
         LEFT JOIN action_follow_up f ON f.action_id = a.id AND f.meeting_id = @id
         WHERE a.id IN (${CARRIED('action')}) AND am.date < @date
         GROUP BY a.owner_organisation_id`),
    raw(`SELECT s.problem_owner_id, o.name, count(*), sum(f.id IS NOT NULL), sum(f.id IS NULL AND s.closed_on IS NULL)
         FROM signal s JOIN meeting sm ON sm.id = s.meeting_id LEFT JOIN organisation o ON o.id = s.problem_owner_id
         LEFT JOIN signal_follow_up f ON f.signal_id = s.id AND f.meeting_id = @id
         WHERE s.id IN (${CARRIED('signal')}) AND sm.date < @date
         GROUP BY s.problem_owner_id`),
  ];
  return () => stmts.map((s) => s.all({ ...m, today: TODAY }));
}

export function benchBackend(backend: Backend, databasePath: string, runs: number): Metric[] {
  const call = caller(backend);
  const db = backend.db;
  const meetingId = findHeaviestMeeting(db);
  const metrics: Metric[] = [];
  const raw = (sql: string) => db.prepare(sql).raw(true);

  // ---- meeting read -----------------------------------------------------------------------------
  {
    // What the channel does is timed; the size is the response as the window receives it.
    const bytes = JSON.stringify(call('meeting:get', { id: meetingId })).length;
    const read = sample(runs * 3, () => call('meeting:get', { id: meetingId }));
    const bare = sample(runs * 3, meetingReadRaw(db, meetingId));
    metrics.push(metric('meeting_read', 'Vergadermodus: overleg lezen (meeting:get)', read, bare, { on: 'p95', ms: 20, ratio: 1.5 }, `${(bytes / 1024).toFixed(0)} kB JSON`));
  }

  // ---- the chair opens the biggest group of carried actions ----------------------------------------
  if (isChannel('carriedAction:list')) {
    const detail = call('meeting:get', { id: meetingId });
    const biggest = [...detail.carriedActions.groups].sort((a, b) => b.total - a.total)[0];
    if (biggest) {
      const m = db.prepare('SELECT id, team_id AS teamId, date FROM meeting WHERE id = ?').get(meetingId) as { id: number; teamId: number; date: string };
      const samples = sample(runs * 3, () => call('carriedAction:list', { meetingId, group: biggest.key }));
      const stmts = [
        // The group's actions with their last note, and this meeting's follow-ups.
        raw(`SELECT a.*, o.name, (SELECT f.note FROM action_follow_up f WHERE f.action_id = a.id ORDER BY f.id DESC LIMIT 1)
             FROM action a JOIN meeting am ON am.id = a.meeting_id JOIN organisation o ON o.id = a.owner_organisation_id
             WHERE a.id IN (${CARRIED('action')}) AND a.owner_organisation_id = @owner AND am.date < @date`),
        raw('SELECT * FROM action_follow_up WHERE meeting_id = @id'),
      ];
      const bare = sample(runs * 3, () => stmts.map((s) => s.all({ ...m, owner: Number(biggest.key) })));
      metrics.push(metric('meeting_group', 'Vergadermodus: grootste groep openen (carriedAction:list)', samples, bare, { on: 'p95', ms: 20 }, `${biggest.total} acties van ${biggest.name}`));
    }
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
