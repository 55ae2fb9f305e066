import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { actionRequest, agendaItem, holdAndEstablish, planMeeting, seedTeam, type Seed } from '../../support/meetings';
import { fileBytes } from '../../support/canary';
import { convertWithLibreOffice, pdfFonts, pdfInfo, pdfText, xmlText, zipXml } from '../../support/documentCheck';
import { wijkagendaDocument } from '../../../domain/documents/wijkagenda';
import { modelText } from '../../../domain/documents/model';

let app: TestBackend;
let seed: Seed;
beforeEach(() => {
  app = createTestBackend(); // today = 2026-11-22
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

/** A Molenwijk agenda 2026: an overdue action, an Ooit action, a hand-entered agreement, two actualisaties. */
function agenda() {
  const meeting = planMeeting(app, seed, '2026-10-06');
  const item = agendaItem(app, meeting.id, 'wijkagenda');
  const nu = app.call('action:create', actionRequest(seed, meeting.id, item.id, { what: 'Lantaarnpalen Molenkamp repareren', deadline: '2026-11-01' }));
  const ooit = app.call('action:create', actionRequest(seed, meeting.id, item.id, { what: 'Speeltuin De Wieken vernieuwen', horizon: 'ooit', deadline: null, preconditions: 'Budget 2027', decisionDue: '2027-03-01', ownerOrganisationId: seed.orgs.corporatie.id }));
  holdAndEstablish(app, meeting.id, '2026-11-03');
  const theme = app.call('wijkagenda:createTheme', { wijkId: seed.wijk.id, title: 'Schoon, heel en veilig', goal: 'Bewoners voelen zich veilig in een schone en hele wijk.', firstYear: 2025, lastYear: 2028 });
  app.call('wijkagenda:addFromMeeting', { meetingId: meeting.id, items: [{ kind: 'action', actionId: nu.id, themeId: theme.id }, { kind: 'action', actionId: ooit.id, themeId: theme.id }] });
  app.call('wijkagenda:addByHand', {
    wijkId: seed.wijk.id, year: 2026, themeId: theme.id, what: 'Extra afvalbakken Zeeheldenbuurt', ownerOrganisationId: seed.orgs.gemeente.id, horizon: 'nu', deadline: '2026-12-15',
    groundDecision: 'Uitvoeringsplan zwerfafval 2026', groundBody: 'College van B&W', groundDate: '2026-02-10',
  });
  const ids = app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2026 }).agreements.map((a) => a.id);
  app.call('wijkagenda:review', { wijkId: seed.wijk.id, year: 2026, date: '2026-06-30', items: ids.map((agreementId) => ({ agreementId, outcome: 'loopt_nog' as const })) });
  app.call('wijkagenda:review', {
    wijkId: seed.wijk.id, year: 2026, date: '2026-11-20',
    items: ids.map((agreementId, i) => (i === 0 ? { agreementId, outcome: 'nagekomen' as const } : i === 1 ? { agreementId, outcome: 'niet_nagekomen' as const, note: 'Geen budget gevonden.' } : { agreementId, outcome: 'loopt_nog' as const })),
  });
  return app.call('wijkagenda:get', { wijkId: seed.wijk.id, year: 2026 });
}

describe('the wijkagenda document', () => {
  it('holds the themes with their agreements, the outcome of the latest actualisatie per theme and organisation, and what changed', () => {
    const view = agenda();
    const model = wijkagendaDocument(view, { municipalityName: 'Den Helder', today: '2026-11-22', createdAt: '2026-11-22T09:00:00Z' });
    expect(model.meta).toMatchObject({ title: 'Wijkagenda Molenwijk 2026', author: 'Gemeente Den Helder', language: 'nl-NL' });
    const text = modelText(model);
    expect(text).toContain('Uitkomst van de actualisatie van 20 november 2026');
    expect(text).toContain('1 van 3 nagekomen, 1 niet, 1 lopen nog.');
    expect(text).toContain('Veranderd sinds de actualisatie van 30 juni 2026');
    expect(text).toContain('Nagekomen per organisatie');
    expect(text).toContain('Besluit: Uitvoeringsplan zwerfafval 2026 (College van B&W, 10-02-2026)');
    expect(text).toContain('Actie WCT-overleg 06-10-2026');
    const table = model.blocks.flatMap((b) => (b.kind === 'section' ? b.blocks : [])).flatMap((b) => (b.kind === 'section' ? b.blocks : [])).find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.filter((r) => r.highlight).length).toBe(1);
  });

  it('is exported as PDF/A, DOCX, ODT and XLSX that real consumers read', async () => {
    agenda();
    const files: Record<string, Uint8Array> = {};
    for (const format of ['pdf', 'docx', 'odt', 'xlsx'] as const) {
      const file = await app.callAsync('wijkagenda:export', { wijkId: seed.wijk.id, year: 2026, format });
      expect(file.fileName).toBe(`Wijkagenda Molenwijk 2026.${format}`);
      files[file.fileName] = fileBytes(file);
    }
    const pdf = files['Wijkagenda Molenwijk 2026.pdf']!;
    expect(pdfText(pdf)).toContain('1 van 3 nagekomen');
    expect(pdfInfo(pdf)).toMatchObject({ Title: 'Wijkagenda Molenwijk 2026', Author: 'Gemeente Den Helder' });
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
    for (const name of ['Wijkagenda Molenwijk 2026.docx', 'Wijkagenda Molenwijk 2026.odt']) {
      expect(Object.values(await zipXml(files[name]!)).map(xmlText).join('\n')).toContain('Lantaarnpalen Molenkamp repareren');
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(files['Wijkagenda Molenwijk 2026.xlsx']!) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Afspraken', 'Per thema', 'Per organisatie', 'Actualisaties', 'Over deze export']);
    const sheet = book.getWorksheet('Afspraken')!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(5).value).toBeInstanceOf(Date);
    // LibreOffice opens the editable formats without complaint.
    const converted = convertWithLibreOffice({ 'wa-word.docx': files['Wijkagenda Molenwijk 2026.docx']!, 'wa-odf.odt': files['Wijkagenda Molenwijk 2026.odt']!, 'wa-excel.xlsx': files['Wijkagenda Molenwijk 2026.xlsx']! });
    expect(pdfText(converted['wa-word.docx']!)).toContain('Wijkagenda Molenwijk 2026');
    expect(pdfText(converted['wa-odf.odt']!)).toContain('Wijkagenda Molenwijk 2026');
    expect(pdfText(converted['wa-excel.xlsx']!)).toContain('Lantaarnpalen Molenkamp');
  }, 240_000);

  it('refuses an empty agenda with a Dutch message', async () => {
    const result = await app.invoke('wijkagenda:export', { wijkId: seed.wijk.id, year: 2026, format: 'pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/nog geen afspraken/) } });
  });
});
