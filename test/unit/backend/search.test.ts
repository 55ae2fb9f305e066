import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { actionRequest, agendaItem, planMeeting, seedTeam, signalRequest, type Seed } from '../../support/meetings';
import { toMatchQuery } from '../../../db/queries/search';
import { purgeExpiredConfidential } from '../../../backend/privacy/purge';

let app: TestBackend;
let seed: Seed;
beforeEach(() => {
  app = createTestBackend(); // today = 2026-11-22
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

const search = (text: string, filters: Record<string, unknown> = {}) => app.call('search:query', { text, ...filters });

function arrange() {
  const meeting = planMeeting(app, seed, '2026-11-03');
  const round = agendaItem(app, meeting.id, 'signalenronde');
  const cafe = app.call('signal:create', signalRequest(seed, meeting.id, { agendaItemId: round.id, title: 'Geluidsoverlast bij café De Zwaan', description: 'Tot diep in de nacht muziek op het terras.' }));
  const lonely = app.call(
    'signal:create',
    signalRequest(seed, meeting.id, { agendaItemId: round.id, title: 'Zorgen om een oudere bewoner', description: 'Mevrouw lijkt verward en vereenzaamd; de dochter woont in Spanje.', theme: 'zorg', sensitivity: 'vertrouwelijk' }),
  );
  const action = app.call('action:create', actionRequest(seed, meeting.id, agendaItem(app, meeting.id, 'wijkagenda').id, { what: 'Gesprek met de uitbater over de coördinatie van de sluitingstijd' }));
  app.call('decision:create', { agendaItemId: round.id, text: 'De buurtschouw rond het café wordt in januari herhaald.' });
  return { meeting, cafe, lonely, action };
}

describe('search:query: full-text search over signals, actions and decisions', () => {
  it('folds diacritics and matches word beginnings: "cafe", "coordinatie", "vereenzaam"', () => {
    const { cafe, action, lonely } = arrange();
    const kinds = (text: string) => search(text).results.map((r) => `${r.kind}:${r.id}`);
    expect(kinds('cafe')).toContain(`signal:${cafe.id}`);
    expect(kinds('coordinatie')).toEqual([`action:${action.id}`]);
    expect(kinds('vereenzaam')).toEqual([`signal:${lonely.id}`]);
    expect(search('café').results.map((r) => r.kind).sort()).toEqual(['decision', 'signal']);
  });

  it('ranks a hit in the title above one in the text, and says where the words were found', () => {
    const { meeting, cafe } = arrange();
    const titled = app.call('signal:create', signalRequest(seed, meeting.id, { title: 'Terras van De Zwaan staat op de stoep', description: 'Stoelen en tafels tot op de rijbaan.' }));
    const { results } = search('terras');
    expect(results.map((r) => r.id)).toEqual([titled.id, cafe.id]);
    expect(results[0]).toMatchObject({ kind: 'signal', title: 'Terras van De Zwaan staat op de stoep', wijkName: 'Molenwijk', date: '2026-11-03', confidential: false });
    expect(results[1]!.snippet).toContain('«terras»');
  });

  it('filters by kind, period, wijk and organisation', () => {
    const { cafe } = arrange();
    expect(search('cafe', { kind: 'decision' }).results.map((r) => r.kind)).toEqual(['decision']);
    expect(search('cafe', { from: '2026-12-01' }).total).toBe(0);
    expect(search('cafe', { to: '2026-11-03' }).total).toBe(2);
    expect(search('cafe', { wijkId: seed.otherWijk.id }).total).toBe(0);
    expect(search('cafe', { organisationId: cafe.broughtByOrganisationId! }).results.map((r) => r.id)).toEqual([cafe.id]);
    expect(app.reject('search:query', { text: 'cafe', from: '2026-12-01', to: '2026-11-01' }).fields).toEqual({ to: 'De einddatum ligt vóór de begindatum.' });
  });

  it('keeps up with every change: an edited title is found by its new words only', () => {
    const { cafe, meeting } = arrange();
    app.call('signal:update', { ...signalRequest(seed, meeting.id), id: cafe.id, meetingId: meeting.id, date: cafe.date, title: 'Muziek op het terras van De Zwaan', description: cafe.description });
    expect(search('geluidsoverlast').total).toBe(0);
    expect(search('terras').results.map((r) => r.id)).toContain(cafe.id);
  });

  it('treats what is typed as words, never as search syntax', () => {
    arrange();
    expect(toMatchQuery('café "De Zwaan" OR NEAR(')).toBe('"café"* AND "De"* AND "Zwaan"* AND "OR"* AND "NEAR"*');
    expect(toMatchQuery('  *"() ')).toBeNull();
    expect(search('*"()').total).toBe(0);
    expect(search('cafe zwaan').total).toBe(1);
  });

  it('marks confidential signals, and a purge removes their wiped words from the index itself', () => {
    const { lonely } = arrange();
    expect(search('spanje').results).toEqual([expect.objectContaining({ id: lonely.id, confidential: true })]);
    const meeting = planMeeting(app, seed, '2026-11-10');
    app.call('signal:followUp', { signalId: lonely.id, meetingId: meeting.id, status: 'afgehandeld', outcome: 'Zorg geregeld.' });
    app.db.exec("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, 'search_index', 'row')");
    const hasWord = (w: string) => app.db.prepare('SELECT count(*) AS n FROM temp.words WHERE term = ?').get(w) as { n: number };
    expect(hasWord('spanje').n).toBe(1);
    // Seven months on, past the retention term.
    const purge = purgeExpiredConfidential(app.db, '2027-07-01', new Date('2027-07-01T09:00:00Z'));
    expect(purge.purged).toBe(1);
    expect(search('spanje').total).toBe(0);
    expect(hasWord('spanje').n).toBe(0);
    expect(hasWord('vereenzaamd').n).toBe(0);
    // The title stays findable: it never holds personal details.
    expect(search('oudere bewoner').results.map((r) => r.id)).toEqual([lonely.id]);
  });
});

describe('search:query: verslagen, by the latest version of their text', () => {
  /** A held meeting whose verslag the notulist writes: the summary at the rondvraag. */
  function verslag(date: string, summary: string) {
    const meeting = planMeeting(app, seed, date);
    app.call('meeting:start', { id: meeting.id });
    app.call('meeting:finish', { id: meeting.id });
    app.call('verslag:create', { meetingId: meeting.id });
    const item = agendaItem(app, meeting.id, 'rondvraag');
    app.call('verslag:saveSummary', { meetingId: meeting.id, agendaItemId: item.id, text: summary });
    return { meeting, item };
  }

  it('finds the notulist\'s text, accents folded, named as the verslag document and opening its meeting', () => {
    const { meeting } = verslag('2026-11-03', 'De bibliotheek opent een spreekuur digitale overheid in het café van het wijkcentrum.');
    const { results } = search('spreek digitale');
    expect(results).toEqual([
      {
        kind: 'verslag',
        id: expect.any(Number),
        title: 'Verslag Wijk-coördinatieteam Molenwijk 3 november 2026',
        snippet: expect.stringContaining('«spreekuur» «digitale»'),
        date: '2026-11-03',
        meetingId: meeting.id,
        wijkName: 'Molenwijk',
        confidential: false,
      },
    ]);
    expect(search('cafe wijkcentrum').results.map((r) => r.kind)).toEqual(['verslag']);
  });

  it('filters verslagen by kind, period, wijk and team; an organisation filter leaves them out', () => {
    arrange();
    verslag('2026-11-10', 'Het café aan de Molenkamp krijgt een vergunning voor het terras.');
    expect(search('cafe').results.map((r) => r.kind).sort()).toEqual(['decision', 'signal', 'verslag']);
    expect(search('cafe', { kind: 'verslag' }).results.map((r) => r.kind)).toEqual(['verslag']);
    expect(search('cafe', { kind: 'verslag', from: '2026-11-11' }).total).toBe(0);
    expect(search('cafe', { kind: 'verslag', from: '2026-11-10', to: '2026-11-10' }).total).toBe(1);
    expect(search('cafe', { kind: 'verslag', wijkId: seed.wijk.id }).total).toBe(1);
    expect(search('cafe', { kind: 'verslag', wijkId: seed.otherWijk.id }).total).toBe(0);
    expect(search('cafe', { kind: 'verslag', teamId: seed.team.id }).total).toBe(1);
    expect(search('cafe', { kind: 'verslag', teamId: seed.otherTeam.id }).total).toBe(0);
    expect(search('cafe', { organisationId: seed.orgs.gemeente.id }).results.map((r) => r.kind)).not.toContain('verslag');
  });

  it('follows the notulist, and after a correction only the latest version is found', () => {
    const { meeting, item } = verslag('2026-11-03', 'De buurtschouw vindt in maart plaats.');
    app.call('verslag:saveSummary', { meetingId: meeting.id, agendaItemId: item.id, text: 'De buurtschouw vindt in april plaats.' });
    expect(search('maart').total).toBe(0);
    expect(search('april').results.map((r) => r.kind)).toEqual(['verslag']);
    app.call('verslag:establish', { meetingId: meeting.id, date: '2026-11-10' });
    expect(search('april').total).toBe(1);
    app.call('verslag:correct', { meetingId: meeting.id, reason: 'Maand van de schouw verbeterd', byPersonId: null });
    // The new version starts from the vastgesteld text; its reason is found too.
    expect(search('april').total).toBe(1);
    expect(search('verbeterd').results.map((r) => r.meetingId)).toEqual([meeting.id]);
    app.call('verslag:saveSummary', { meetingId: meeting.id, agendaItemId: item.id, text: 'De buurtschouw vindt in mei plaats.' });
    expect(search('april').total).toBe(0);
    expect(search('buurtschouw mei').total).toBe(1);
    app.call('verslag:saveSummary', { meetingId: meeting.id, agendaItemId: item.id, text: null });
    expect(search('buurtschouw').total).toBe(0);
  });
});
