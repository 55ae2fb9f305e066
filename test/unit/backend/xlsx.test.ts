import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { renderXlsx } from '../../../backend/documents/xlsx';
import { actionsSheet, attendanceSheet, overviewWorkbook, signalsSheet, type ActionSheetInput, type SignalSheetInput } from '../../../domain/documents/overviewSheets';

/** A cell as text: rich text and formulas are objects, which a plain join would print as [object Object]. */
const cellText = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v == null ? '' : JSON.stringify(v));

async function readBack(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

const action = (extra: Partial<ActionSheetInput> = {}): ActionSheetInput => ({
  what: 'Portiek Molenkamp 12 laten schoonmaken',
  how: null,
  ownerOrganisationName: 'Woonstichting Kustwonen',
  ownerPersonName: 'Ahmed Bouzid',
  horizon: 'nu',
  status: 'open',
  dueDate: '2026-11-01',
  overdue: true,
  preconditions: null,
  motivation: null,
  cancelReason: null,
  wijkName: 'Molenwijk',
  teamName: 'Wijk-coördinatieteam Molenwijk',
  meetingDate: '2026-10-06',
  signalTitle: 'Zwerfvuil bij de flats',
  agendaItemTitle: null,
  whyText: null,
  lastFollowUpNote: 'Offerte opgevraagd',
  lastFollowUpDate: '2026-11-03',
  closedOn: null,
  signalConfidential: false,
  ...extra,
});

const signal = (extra: Partial<SignalSheetInput> = {}): SignalSheetInput => ({
  date: '2026-10-06',
  title: 'Zwerfvuil bij de flats',
  wijkName: 'Molenwijk',
  buurtName: 'De Wieken',
  location: 'Achter de Wiekenflat',
  theme: 'openbare_ruimte',
  urgency: 'normaal',
  sensitivity: 'normaal',
  status: 'in_behandeling',
  problemOwnerName: 'Gemeente Den Helder',
  routedTo: 'wijkbeheer',
  broughtByOrganisationName: 'Woonstichting Kustwonen',
  broughtByPersonName: 'Ahmed Bouzid',
  meetingDate: '2026-10-06',
  closedOn: null,
  outcome: null,
  ...extra,
});

const book = (sheet: ReturnType<typeof actionsSheet>) =>
  overviewWorkbook({ title: 'Alle acties', author: 'Gemeente Den Helder', createdAt: '2026-11-22T09:00:00Z', sheet, about: [{ label: 'Filters', value: 'Wijk: Molenwijk' }] });

describe('XLSX export of the overviews', () => {
  it('keeps dates as dates, in the order given, with the header frozen and the filters described', async () => {
    const rows = [action(), action({ what: 'Tweede', dueDate: null, overdue: false, horizon: 'ooit', preconditions: 'Budget 2027' })];
    const read = await readBack(await renderXlsx(book(actionsSheet(rows))));
    const ws = read.getWorksheet('Acties')!;
    expect(ws.getRow(1).getCell(1).value).toBe('Wat');
    expect(ws.getCell('A2').value).toBe('Portiek Molenkamp 12 laten schoonmaken');
    expect(ws.getCell('A3').value).toBe('Tweede');
    const due = ws.getCell('F2');
    expect(due.value).toEqual(new Date(Date.UTC(2026, 10, 1)));
    expect(due.numFmt).toBe('dd-mm-yyyy');
    expect(ws.getCell('F3').value).toBeNull();
    expect(ws.getCell('G2').value).toBe('Verlopen');
    expect(ws.getCell('H3').value).toBe('Budget 2027');
    expect(ws.getCell('L2').value).toEqual(new Date(Date.UTC(2026, 9, 6)));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const about = read.getWorksheet('Over deze export')!;
    const aboutText = about.getSheetValues().flat().map(cellText).join(' ');
    expect(aboutText).toContain('Wijk: Molenwijk');
    expect(aboutText).toContain('Rijen 2');
    expect(read.title).toBe('Alle acties');
  });

  it('leaves out every confidential detail of a signal, and the title of a signal an action came from', async () => {
    const canary = 'CANARY-7f3a';
    const signals = [
      signal({ sensitivity: 'vertrouwelijk', title: canary, location: canary, outcome: canary, status: 'afgehandeld', closedOn: '2026-11-17', theme: 'zorg' }),
      signal(),
    ];
    const actions = [action({ signalConfidential: true, signalTitle: canary })];
    for (const sheet of [signalsSheet(signals), actionsSheet(actions)]) {
      const bytes = await renderXlsx(book(sheet));
      const read = await readBack(bytes);
      const text = read.worksheets.flatMap((ws) => ws.getSheetValues().flat()).map(cellText).join(' ');
      expect(text).not.toContain(canary);
      expect(text).toContain('Vertrouwelijk signaal (details bij de wijkmanager)');
    }
    const read = await readBack(await renderXlsx(book(signalsSheet(signals))));
    const ws = read.getWorksheet('Signalen')!;
    // Theme, buurt, status and probleemeigenaar stay; location and outcome are empty.
    expect([ws.getCell('F2').value, ws.getCell('D2').value, ws.getCell('I2').value, ws.getCell('J2').value]).toEqual(['Zorg', 'De Wieken', 'Afgehandeld', 'Gemeente Den Helder']);
    expect([ws.getCell('E2').value, ws.getCell('O2').value]).toEqual([null, null]);
    expect(ws.getCell('B3').value).toBe('Zwerfvuil bij de flats');
  });

  it('writes the attendance report with numbers and a percentage', async () => {
    const sheet = attendanceSheet([
      { organisationName: 'Politie Kop van Noord', attendanceRequired: true, expected: 5, attended: 3, afgemeld: 1, afwezig: 1, unrecorded: 0, rate: 0.6, fallsShort: true },
      { organisationName: 'Welzijn Samen', attendanceRequired: false, expected: 0, attended: 0, afgemeld: 0, afwezig: 0, unrecorded: 0, rate: null, fallsShort: false },
    ]);
    const ws = (await readBack(await renderXlsx(book(sheet)))).getWorksheet('Aanwezigheid')!;
    expect(ws.getRow(2).values).toEqual([undefined, 'Politie Kop van Noord', 'Ja', 5, 3, 1, 1, 0, 0.6, 'Onder de norm']);
    expect(ws.getCell('H2').numFmt).toBe('0%');
    expect(ws.getCell('H3').value).toBeNull();
  });
});
