import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { actionRequest, agendaItem, planMeeting, seedTeam, signalRequest, type Seed } from '../../support/meetings';
import { CONFIDENTIAL_ACTION_WHAT } from '../../../domain/privacy';

let app: TestBackend;
let seed: Seed;
beforeEach(() => {
  app = createTestBackend();
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

async function workbookOf(file: { base64: string }) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return book;
}
const columnOf = (sheet: ExcelJS.Worksheet, header: string): number => {
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  const n = headers.indexOf(header);
  if (n < 0) throw new Error(`Kolom ${header} ontbreekt: ${headers.join(', ')}`);
  return n;
};
const columnValues = (sheet: ExcelJS.Worksheet, header: string): unknown[] => {
  const n = columnOf(sheet, header);
  const values: unknown[] = [];
  sheet.eachRow((row, r) => {
    if (r > 1) values.push(row.getCell(n).value);
  });
  return values;
};
const allText = (book: ExcelJS.Workbook): string => {
  const parts: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => parts.push(JSON.stringify(row.values))));
  return parts.join('\n');
};

/** An October meeting: three actions for the corporatie and the gemeente, one on a vertrouwelijk signal. */
function october() {
  const meeting = planMeeting(app, seed, '2026-10-06');
  app.call('meeting:start', { id: meeting.id });
  const round = agendaItem(app, meeting.id, 'signalenronde');
  const care = app.call('signal:create', signalRequest(seed, meeting.id, { title: 'Zorgen om bewoner', description: 'Mevrouw Jansen, Dorpsstraat 12, vereenzaamt.', location: 'Dorpsstraat 12', theme: 'zorg', sensitivity: 'vertrouwelijk' }));
  const litter = app.call('signal:create', signalRequest(seed, meeting.id, { title: 'Zwerfvuil bij de flats', theme: 'openbare_ruimte' }));
  const make = (extra: Record<string, unknown>) => app.call('action:create', actionRequest(seed, meeting.id, round.id, extra));
  make({ what: 'Portiek Molenkamp schoonmaken', ownerOrganisationId: seed.orgs.corporatie.id, deadline: '2026-10-20', signalId: litter.id });
  make({ what: 'Huisbezoek bij mevrouw Jansen', whyText: 'Zij woont alleen aan de Dorpsstraat', ownerOrganisationId: seed.orgs.corporatie.id, deadline: '2026-12-10', signalId: care.id });
  make({ what: 'Afvalbakken bijplaatsen', ownerOrganisationId: seed.orgs.gemeente.id, deadline: '2026-11-30' });
  app.call('meeting:finish', { id: meeting.id });
  return { meeting, care, litter };
}

describe('Alle acties as XLSX', () => {
  it('holds exactly the rows of the filter in the order of the sort, dates as dates, the filter described', async () => {
    october();
    const query = { filter: { organisationId: seed.orgs.corporatie.id }, sort: { key: 'due' as const, dir: 'desc' as const } };
    const shown = app.call('action:page', { ...query, offset: 0, limit: 100 });
    const file = await app.callAsync('action:export', query);
    expect(file.fileName).toBe('Alle acties 2026-11-22.xlsx');
    const book = await workbookOf(file);
    const sheet = book.getWorksheet('Acties')!;
    // The same rows, in the same order; the one on the vertrouwelijk signal covered.
    expect(columnValues(sheet, 'Wat')).toEqual(shown.rows.map((a) => (a.what.startsWith('Huisbezoek') ? CONFIDENTIAL_ACTION_WHAT : a.what)));
    expect(shown.rows).toHaveLength(2);
    const due = columnValues(sheet, 'Wanneer (deadline of afhandeltermijn)');
    expect(due.every((d) => d instanceof Date)).toBe(true);
    expect((due[0] as Date).toISOString().slice(0, 10)).toBe('2026-12-10');
    const about = allText(book);
    expect(about).toContain('Woonstichting Kustwonen');
    expect(about).toContain('Wanneer, aflopend');
    expect(about).not.toMatch(/Jansen|Dorpsstraat/);
  });

  it('never repeats the search text: next to a covered row it would say what the case is about', async () => {
    october();
    const file = await app.callAsync('action:export', { filter: { text: 'Jansen' }, sort: { key: 'urgency', dir: 'asc' } });
    const book = await workbookOf(file);
    expect(columnValues(book.getWorksheet('Acties')!, 'Wat')).toEqual([CONFIDENTIAL_ACTION_WHAT]);
    expect(allText(book)).not.toMatch(/Jansen|Dorpsstraat/);
    expect(allText(book)).toContain('de zoektekst staat niet in dit bestand');
  });
});

describe('Alle signalen as XLSX', () => {
  it('shows a vertrouwelijk signal only by theme, buurt, status and probleemeigenaar, and a search never finds it by its details', async () => {
    october();
    const all = await workbookOf(await app.callAsync('signal:export', { filter: {}, sort: { key: 'title', dir: 'asc' } }));
    const sheet = all.getWorksheet('Signalen')!;
    expect(columnValues(sheet, 'Signaal')).toEqual(['Vertrouwelijk signaal (details bij de wijkmanager)', 'Zwerfvuil bij de flats']);
    expect(columnValues(sheet, 'Datum').every((d) => d instanceof Date)).toBe(true);
    expect(allText(all)).not.toMatch(/Jansen|Dorpsstraat|vereenzaamt/);
    // In the app the search finds her by the description; a file that leaves the app does not.
    expect(app.call('signal:page', { filter: { text: 'Dorpsstraat' }, offset: 0, limit: 10 }).total).toBe(1);
    const searched = await workbookOf(await app.callAsync('signal:export', { filter: { text: 'Dorpsstraat' } }));
    expect(columnValues(searched.getWorksheet('Signalen')!, 'Signaal')).toEqual([]);
    expect(allText(searched)).not.toContain('Dorpsstraat');
  });

  it('refuses a malformed query in Dutch and makes no file', async () => {
    const result = await app.invoke('signal:export', { filter: { theme: 'brand' }, sort: { key: 'date', dir: 'asc' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
