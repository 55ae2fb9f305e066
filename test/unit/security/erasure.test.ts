import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../../backend/host';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { createClock, type TestClock } from '../../support/clock';
import { actionRequest, agendaItem, planMeeting, seedTeam, signalRequest, type Seed } from '../../support/meetings';
import { decryptedContent, openWithTestKey, testKeys } from '../../support/keys';
import { PURGED_ACTION_WHAT, PURGED_OUTCOME } from '../../../domain/privacy';

/**
 * Erasure that erases: after the retention purge, not one byte of the confidential text may be left
 * in the database file, its WAL, or any other file next to it (backups included), whether the app
 * is still running or closed. A non-confidential canary that must stay proves the search can find.
 */

/** Every file under the data folder: the database, its -wal and -shm, backups. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * How often each canary occurs in every file under dir (UTF-8 and UTF-16): in its raw bytes and in
 * every page decrypted with the test key (free pages and old WAL frames included).
 */
function canaryHits(dir: string, canaries: readonly string[]): Record<string, number> {
  const hits = Object.fromEntries(canaries.map((c) => [c, 0]));
  for (const file of filesUnder(dir)) {
    const raw = readFileSync(file);
    const decrypted = decryptedContent(file);
    const bytes = decrypted.equals(raw) ? raw : Buffer.concat([raw, decrypted]);
    for (const canary of canaries) {
      for (const encoded of [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le')]) {
        for (let at = bytes.indexOf(encoded); at !== -1; at = bytes.indexOf(encoded, at + 1)) hits[canary]!++;
      }
    }
  }
  return hits;
}

const zeroHits = (canaries: readonly string[]) => Object.fromEntries(canaries.map((c) => [c, 0]));

/**
 * The terms the full-text index holds, per SQLite file under dir (the live database and every
 * backup), read through fts5vocab: FTS5 stores terms folded to lower case and prefix-compressed in
 * its shadow tables, so a byte search alone could miss one.
 */
function indexedTerms(dir: string): Map<string, string[]> {
  const terms = new Map<string, string[]>();
  for (const file of filesUnder(dir).filter((f) => /\.sqlite$/.test(f))) {
    const db = openWithTestKey(file, { readonly: true, fileMustExist: true });
    try {
      if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'search_index'").get()) continue;
      db.exec("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, 'search_index', 'row')");
      terms.set(file, db.prepare('SELECT term FROM temp.terms').pluck().all() as string[]);
    } finally {
      db.close();
    }
  }
  return terms;
}

let clock: TestClock;
let app: TestBackend;
let seed: Seed;
beforeEach(() => {
  clock = createClock('2026-03-02T09:00:00Z');
  app = createTestBackend({ now: clock.now });
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

describe('erasure that erases', () => {
  it('runs every connection with secure_delete on', () => {
    expect(app.db.pragma('secure_delete', { simple: true })).toBe(1);
  });

  it('leaves no byte of a purged confidential signal in the database, its WAL or anything beside it', () => {
    const K = (n: number) => `KANARIE${n}x7Q`;
    const first = planMeeting(app, seed, '2026-03-02');
    app.call('meeting:start', { id: first.id });
    const round = agendaItem(app, first.id, 'signalenronde');
    const base = { ...signalRequest(seed, first.id), agendaItemId: round.id, title: 'Zorgen om bewoner', theme: 'zorg' as const, sensitivity: 'vertrouwelijk' as const };
    const signal = app.call('signal:create', { ...base, description: `Mevrouw ${K(1)} (87) op nummer 12 vereenzaamt.`, location: `Molenkamp ${K(2)}` });
    // Edits in the meeting: each one leaves a before-image in the undo log.
    const edit = (description: string, location: string) =>
      app.call('signal:update', { ...base, id: signal.id, meetingId: first.id, date: signal.date, description, location });
    edit(`Mevrouw ${K(3)} (87) vereenzaamt, dochter woont ver weg.`, `Molenkamp ${K(4)}`);
    edit(`Mevrouw ${K(5)} (87) vereenzaamt; huisarts is ingelicht.`, `Molenkamp ${K(4)}`);
    app.call('signal:followUp', { signalId: signal.id, meetingId: first.id, note: `Buurvrouw ${K(6)} houdt een oogje in het zeil.`, status: 'in_behandeling' });
    // The action agreed on it names her as surely.
    const action = app.call('action:create', {
      ...actionRequest(seed, first.id, round.id),
      signalId: signal.id,
      what: `Huisbezoek bij mevrouw ${K(9)}`,
      how: `Samen met dochter ${K(10)}`,
      whyText: `Zij belde ${K(11)} zelf`,
    });
    app.call('action:followUp', { actionId: action.id, meetingId: first.id, note: `Afspraak gemaakt met ${K(12)}.` });
    // A normal signal that must survive: proves the byte search does find text.
    app.call('signal:create', { ...signalRequest(seed, first.id), description: 'Lantaarnpalen KEEPME1x7Q doen het niet.' });
    app.call('meeting:finish', { id: first.id });

    // Undo is over once the meeting is afgerond: earlier versions that only the undo log held are gone.
    expect(canaryHits(app.dir, [K(1), K(3)])).toEqual(zeroHits([K(1), K(3)]));

    clock.set('2026-04-06T09:00:00Z');
    const second = planMeeting(app, seed, '2026-04-06');
    app.call('meeting:start', { id: second.id });
    app.call('signal:followUp', {
      signalId: signal.id,
      meetingId: second.id,
      note: `Gesprek met ${K(7)} gehad.`,
      status: 'afgehandeld',
      outcome: `Aangemeld bij ${K(8)} voor dagbesteding.`,
    });
    app.call('meeting:finish', { id: second.id });

    const canaries = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(K);
    // The index's own spelling of them (unicode61 folds case).
    const tokens = canaries.map((c) => c.toLowerCase());
    // Before the term: the current details are there (so the search below is meaningful), in the
    // full-text index too, of the live file and of the backup made when the meeting was closed.
    for (const k of [5, 6, 7, 8, 9, 10, 11, 12].map(K)) expect(canaryHits(app.dir, [k])[k], k).toBeGreaterThan(0);
    expect(app.call('search:query', { text: K(9) }).results.map((r) => r.id)).toEqual([action.id]);
    expect(app.call('search:query', { text: K(8) }).results.map((r) => r.id)).toEqual([signal.id]);
    const before = indexedTerms(app.dir);
    expect(before.size).toBeGreaterThan(1);
    for (const [file, terms] of before) expect(terms, file).toContain(K(5).toLowerCase());
    // FTS5's secure-delete: a deleted row's terms leave the index at once, not at a later merge.
    expect(app.db.prepare("SELECT v FROM search_index_config WHERE k = 'secure-delete'").pluck().get()).toBe(1);

    clock.set('2026-11-22T09:00:00Z');
    expect(app.call('privacy:purge', {})).toMatchObject({ purged: 1 });

    // While the app still runs (a crash now must not leave text behind): database and WAL are clean,
    // the search index's shadow tables (content, terms) included, in every backup too.
    expect(canaryHits(app.dir, [...canaries, ...tokens])).toEqual(zeroHits([...canaries, ...tokens]));
    expect(canaryHits(app.dir, ['KEEPME1x7Q'])['KEEPME1x7Q']).toBeGreaterThan(0);
    expect(app.call('search:query', { text: K(8) }).total).toBe(0);
    expect(app.call('search:query', { text: K(9) }).total).toBe(0);
    const after = indexedTerms(app.dir);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, terms] of after) {
      expect(terms.filter((t) => tokens.some((k) => t.includes(k.slice(0, 8)))), file).toEqual([]);
      expect(terms, file).toContain('keepme1x7q');
    }

    // And after closing.
    app.close();
    expect(canaryHits(app.dir, [...canaries, ...tokens])).toEqual(zeroHits([...canaries, ...tokens]));
    expect(canaryHits(app.dir, ['KEEPME1x7Q'])['KEEPME1x7Q']).toBeGreaterThan(0);
    app.close = () => undefined; // already closed: cleanup must not close it again
  });

  it('wipes outcome and follow-up notes too, keeps the rest, and records the wipe in the audit trail without content', () => {
    const meeting = planMeeting(app, seed, '2026-03-02');
    app.call('meeting:start', { id: meeting.id });
    const signal = app.call('signal:create', {
      ...signalRequest(seed, meeting.id),
      title: 'Zorgen om bewoner',
      theme: 'zorg',
      sensitivity: 'vertrouwelijk',
      description: 'Meneer op nummer 4 vergeet te eten.',
    });
    const item = agendaItem(app, meeting.id, 'signalenronde');
    const nooit = app.call('action:create', {
      ...actionRequest(seed, meeting.id, item.id),
      signalId: signal.id,
      what: 'Maaltijden bij meneer op nummer 4 laten bezorgen',
      whyText: 'Hij vergeet te eten',
      horizon: 'nooit',
      deadline: null,
      motivation: 'Dochter regelt het zelf voor meneer op nummer 4.',
    });
    app.call('action:followUp', { actionId: nooit.id, meetingId: meeting.id, note: 'Dochter van meneer gebeld.' });
    // An action on another (open) signal keeps its texts.
    const other = app.call('action:create', actionRequest(seed, meeting.id, item.id));
    app.call('signal:followUp', { signalId: signal.id, meetingId: meeting.id, note: 'Dochter gebeld.', status: 'afgehandeld', outcome: 'Maaltijdservice geregeld.' });
    clock.set('2026-11-22T09:00:00Z');
    app.call('privacy:purge', {});

    const purged = app.call('signal:list', {}).find((s) => s.id === signal.id)!;
    expect(purged).toMatchObject({ title: 'Zorgen om bewoner', description: null, location: null, outcome: 'Gewist na de bewaartermijn.', purged: true, status: 'afgehandeld' });
    const notes = app.db.prepare('SELECT note FROM signal_follow_up WHERE signal_id = ?').all(signal.id);
    expect(notes).toEqual([{ note: null }]);
    // Its actions keep wie, wanneer, horizon and status; their own texts go (a required one reads the fixed text).
    expect(app.call('action:get', { id: nooit.id })).toMatchObject({
      what: PURGED_ACTION_WHAT,
      whyText: null,
      how: null,
      motivation: PURGED_OUTCOME,
      horizon: 'nooit',
      ownerOrganisationId: seed.orgs.gemeente.id,
      lastFollowUpNote: null,
    });
    expect(app.call('action:get', { id: other.id }).what).toBe('Lantaarnpalen laten repareren');

    const trail = app.call('audit:list', { entity: 'signal', recordId: signal.id });
    const wipe = trail.entries.filter((e) => e.action === 'gewist');
    expect(wipe.map((e) => e.entity).sort()).toEqual(['signal', 'signal_follow_up']);
    expect(wipe.find((e) => e.entity === 'signal')).toMatchObject({ actor: 'Wijkoverleg (automatisch, bewaartermijn)', at: '2026-11-22T09:00:00.000Z' });
    expect(wipe.find((e) => e.entity === 'signal')!.fields).toEqual(expect.arrayContaining(['description', 'outcome', 'purged_at']));
    expect(JSON.stringify(trail)).not.toMatch(/vergeet te eten|Dochter gebeld|Maaltijdservice/);
    const actionTrail = app.call('audit:list', { entity: 'action', recordId: nooit.id });
    expect(actionTrail.entries.filter((e) => e.action === 'gewist').map((e) => e.entity)).toContain('action');
    expect(JSON.stringify(actionTrail)).not.toMatch(/nummer 4|vergeet te eten|Dochter/);
  });

  it('never gives partners the outcome of a vertrouwelijk signal', () => {
    const meeting = planMeeting(app, seed, '2026-03-02');
    app.call('signal:create', {
      ...signalRequest(seed, meeting.id),
      title: 'Zorgen om bewoner',
      theme: 'zorg',
      sensitivity: 'vertrouwelijk',
      status: 'afgehandeld',
      outcome: 'Opgenomen in verpleeghuis De Linde.',
    });
    const partner = app.call('signal:list', { view: 'partner' });
    expect(partner[0]).toMatchObject({ redacted: true, description: null, location: null, outcome: null });
    expect(JSON.stringify(partner)).not.toContain('De Linde');
  });

  it('drops undo steps older than a day at start-up, with their copies of confidential fields', () => {
    const meeting = planMeeting(app, seed, '2026-03-02');
    app.call('meeting:start', { id: meeting.id });
    const signal = app.call('signal:create', { ...signalRequest(seed, meeting.id), sensitivity: 'vertrouwelijk', description: 'Eerste versie ONDOx1.' });
    app.call('signal:update', { ...signalRequest(seed, meeting.id), id: signal.id, meetingId: meeting.id, date: signal.date, sensitivity: 'vertrouwelijk', description: 'Tweede versie.' });
    expect(app.db.prepare('SELECT count(*) AS n FROM undo_log').get()).toEqual({ n: 2 });
    app.close();

    const sameDay = startBackend({ keys: testKeys(), databasePath: app.file, appVersion: 'test', now: () => new Date('2026-03-02T20:00:00Z') });
    expect(sameDay.db.prepare('SELECT count(*) AS n FROM undo_log').get()).toEqual({ n: 2 });
    sameDay.close();
    const nextDay = startBackend({ keys: testKeys(), databasePath: app.file, appVersion: 'test', now: () => new Date('2026-03-03T10:00:00Z') });
    expect(nextDay.db.prepare('SELECT count(*) AS n FROM undo_log').get()).toEqual({ n: 0 });
    nextDay.close();
    expect(canaryHits(app.dir, ['ONDOx1'])).toEqual({ ONDOx1: 0 });
    app.close = () => undefined; // already closed: cleanup must not close it again
  });

  it('leaves nothing of the Voorbeeldgemeente\'s purged signals in the file', () => {
    app.cleanup();
    clock = createClock('2026-11-22T09:00:00Z');
    app = createTestBackend({ now: clock.now });
    app.call('setup:loadDemo', {});
    const texts = () =>
      app.db
        .prepare(
          `SELECT s.description, s.location, s.outcome, f.note FROM signal s LEFT JOIN signal_follow_up f ON f.signal_id = s.id
           WHERE s.sensitivity = 'vertrouwelijk' AND s.status = 'afgehandeld' AND s.closed_on < '2027-06-01' AND s.purged_at IS NULL`,
        )
        .all() as Record<string, string | null>[];
    const secrets = [...new Set(texts().flatMap((r) => Object.values(r)).filter((t): t is string => t !== null && t.length > 12))];
    expect(secrets.length).toBeGreaterThan(0);
    // Long enough to be unique, short enough not to cross a page boundary.
    const canaries = secrets.map((t) => t.slice(0, 24));
    app.close();
    // A year on, the demo's afgehandelde vertrouwelijke signals are past their term (cutoff 2027-06-01).
    const reopened = startBackend({ keys: testKeys(), databasePath: app.file, appVersion: 'test', now: () => new Date('2027-12-01T09:00:00Z') });
    expect(reopened.db.prepare("SELECT count(*) AS n FROM signal WHERE purged_at IS NOT NULL").get()).toEqual({ n: 2 });
    reopened.close();
    expect(canaryHits(app.dir, canaries)).toEqual(zeroHits(canaries));
    app.close = () => undefined; // already closed: cleanup must not close it again
  });
});
