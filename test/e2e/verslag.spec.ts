import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, type Page } from './support/fixtures';
import { given } from './support/arrange';
import { convertWithLibreOffice, pdfFonts, pdfInfo, pdfText, pdfXmp, xmlText, zipXml } from '../support/documentCheck';

/** Every file this story exports lands here, named as the notulist would find it. */
const EXPORT_DIR = resolve('artifacts/exports');
/** Text as read, with line wrapping undone. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

// Tuesday 24 November 2026, the evening of the November meeting of WCT Waterweide.
test.use({ today: '2026-11-24' });
test.beforeEach(async ({ page, today }) => {
  await page.clock.install({ time: new Date(`${today}T${new Date().toISOString().slice(11)}`) });
});

/** The October meeting, chaired and closed: a normal and a vertrouwelijk signal, actions, a decision, notes. */
function arrangeOctober(call: ReturnType<typeof given>) {
  const people = call('person:list', {});
  const organisations = call('organisation:list', {});
  const person = (name: string) => people.find((p) => p.name === name)!.id;
  const organisation = (name: string) => organisations.find((o) => o.name === name)!.id;
  const wijk = call('wijk:list', {}).find((w) => w.name === 'Waterweide')!;
  const team = call('team:get', { wijkId: wijk.id });
  const october = call('meeting:create', { teamId: team.id, date: '2026-10-27', startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum De Lisdodde' });
  call('meeting:start', { id: october.id });
  const agenda = call('meeting:get', { id: october.id }).agenda;
  const round = agenda.find((i) => i.kind === 'signalenronde')!;
  for (const row of call('meeting:get', { id: october.id }).attendance) {
    call('attendance:set', { meetingId: october.id, personId: row.personId, status: row.role === 'Wijkagent' ? 'afgemeld' : 'aanwezig' });
  }
  call('agenda:updateItem', { id: round.id, notes: 'Glasbak Kolkweg steeds vol. Zorgen over een oudere bewoner.' });
  const glasbak = call('signal:create', {
    meetingId: october.id,
    agendaItemId: round.id,
    title: 'Zwerfafval rond de glasbak aan de Kolkweg',
    description: 'Bewoners melden dat de glasbak vol zit en er zakken naast worden gezet.',
    broughtByPersonId: person('Wendy Kramer'),
    buurtId: wijk.buurten.find((b) => b.name === 'Kolkbuurt')!.id,
    theme: 'openbare_ruimte',
    problemOwnerId: organisation('Stadsbedrijf Buitenruimte'),
  });
  call('signal:create', {
    meetingId: october.id,
    agendaItemId: round.id,
    title: 'Zorgen om bewoonster Kolkweg 14',
    description: 'Mevrouw De Wit (Kolkweg 14, 84 jaar) vergeet haar medicijnen en eet slecht.',
    location: 'Kolkweg 14',
    broughtByPersonId: person('Wendy Kramer'),
    buurtId: wijk.buurten.find((b) => b.name === 'Kolkbuurt')!.id,
    theme: 'zorg',
    sensitivity: 'vertrouwelijk',
    problemOwnerId: organisations[0]!.id,
  });
  call('action:create', {
    meetingId: october.id,
    signalId: glasbak.id,
    what: 'Glasbak Kolkweg twee keer per week legen',
    ownerOrganisationId: organisation('Stadsbedrijf Buitenruimte'),
    horizon: 'nu',
    deadline: '2026-11-15',
  });
  call('decision:create', { agendaItemId: round.id, text: 'Het Stadsbedrijf leegt de glasbak aan de Kolkweg vaker.' });
  call('meeting:finish', { id: october.id });
  const november = call('meeting:create', { teamId: team.id, date: '2026-11-24', startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum De Lisdodde' });
  return { october, november };
}

/** Clicks an export button, catches the download and keeps it under artifacts/exports. */
async function exportFile(page: Page, panel: ReturnType<Page['getByRole']>, button: 'PDF' | 'Word' | 'ODT'): Promise<{ name: string; bytes: Uint8Array }> {
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  mkdirSync(EXPORT_DIR, { recursive: true });
  const path = join(EXPORT_DIR, file.suggestedFilename());
  await file.saveAs(path);
  await expect(panel.getByText(`${file.suggestedFilename()} is gemaakt`)).toBeVisible();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

async function exportAll(page: Page) {
  const panel = page.getByRole('group', { name: /^Verslag versie \d opslaan$/ });
  return [await exportFile(page, panel, 'PDF'), await exportFile(page, panel, 'Word'), await exportFile(page, panel, 'ODT')];
}

test('de notulist maakt het verslag, de voorzitter stelt het vast, een correctie wordt versie 2, en alles gaat de deur uit als PDF/A, Word en ODT', async ({ app, page }) => {
  test.slow();
  await app.open();
  await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
  await expect(page.getByRole('heading', { name: 'Start' })).toBeVisible();
  const call = given(app);
  const { october, november } = arrangeOctober(call);

  // After the October meeting the notulist opens its verslag from the meeting screen.
  await app.open(`/overleg/${october.id}`);
  await page.getByRole('link', { name: 'Verslag', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Verslag Wijk-coördinatieteam Waterweide 27 oktober 2026', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Verslag opstellen' }).click();
  await expect(page.getByText('Het verslag is aangemaakt als concept.')).toBeVisible();

  // The text per item starts from the meeting's notes; what the notulist types is saved at once.
  const round = page.getByLabel(/^Verslag bij 3\. Signalenronde/);
  await expect(round).toHaveValue('Glasbak Kolkweg steeds vol. Zorgen over een oudere bewoner.');
  await round.fill('Wendy Kramer meldt zwerfafval rond de glasbak aan de Kolkweg. Het Stadsbedrijf gaat vaker legen.\n\nEr is een vertrouwelijk zorgsignaal besproken.');
  await page.clock.runFor(1_000);
  await expect(page.getByRole('status').filter({ hasText: /^Alles opgeslagen/ })).toBeVisible();
  await page.getByLabel(/^Verslag bij 1\. Opening/).fill('De voorzitter opent het overleg en heet iedereen welkom.');
  await page.getByLabel(/^Verslag bij 1\. Opening/).blur();
  await expect(page.getByRole('status').filter({ hasText: /^Alles opgeslagen/ })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.capture('40-verslag-tekst');

  // The preview shows it as it will be sent: Concept, attendance, the vertrouwelijk signal without its details.
  await page.getByRole('tab', { name: 'Voorbeeld' }).click();
  const preview = page.getByRole('article', { name: /^Voorbeeld: Verslag/ });
  await expect(preview.getByText('CONCEPT — nog niet vastgesteld')).toBeVisible();
  await expect(preview.getByText('Wendy Kramer meldt zwerfafval rond de glasbak aan de Kolkweg.', { exact: false })).toBeVisible();
  await expect(preview.getByText('Vertrouwelijk signaal', { exact: true })).toBeVisible();
  await expect(preview).not.toContainText('De Wit');
  await expect(preview).not.toContainText('Kolkweg 14');
  await app.capture('41-verslag-voorbeeld');
  await page.setViewportSize({ width: 1440, height: 900 });

  // Ctrl+P prints only the verslag, with the running header and page numbers in the margins.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const printedText = flat(pdfText(new Uint8Array(printed)));
  expect(printedText).toContain('Verslag Wijk-coördinatieteam Waterweide 27 oktober 2026');
  expect(printedText).toMatch(/pagina 1 van \d/);
  expect(printedText).not.toContain('Tekst per agendapunt');

  const conceptFiles = await exportAll(page);
  expect(conceptFiles.map((f) => f.name)).toEqual([
    'Verslag Wijk-coördinatieteam Waterweide 2026-10-27 (concept).pdf',
    'Verslag Wijk-coördinatieteam Waterweide 2026-10-27 (concept).docx',
    'Verslag Wijk-coördinatieteam Waterweide 2026-10-27 (concept).odt',
  ]);
  const conceptPdf = conceptFiles[0]!.bytes;
  const pages = Number(pdfInfo(conceptPdf).Pages);
  expect(pdfText(conceptPdf).split('CONCEPT').length - 1).toBeGreaterThanOrEqual(pages);

  // November: the chair establishes the October verslag under "Verslag en actielijst vorig overleg".
  await app.open(`/overleg/${november.id}`);
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  await expect(page.getByText('Bezig', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^2\s*Verslag/ }).click();
  const previous = page.getByRole('region', { name: /^Verslag vorig overleg/ });
  await expect(previous.getByText('Versie 1 ligt als concept klaar.', { exact: false })).toBeVisible();
  await previous.getByRole('button', { name: 'Verslag vaststellen' }).click();
  await expect(previous.getByText('Vastgesteld op 24 november 2026 in het overleg van 24 november 2026', { exact: false })).toBeVisible();
  await app.capture('42-overleg-verslag-vastgesteld');

  // Back in the verslag: it no longer changes; an edit that still reaches the back end is refused in Dutch.
  await previous.getByRole('link', { name: 'Verslag lezen' }).click();
  await expect(page.getByText('Deze versie is vastgesteld en verandert niet meer.', { exact: false })).toBeVisible();
  await expect(page.getByLabel(/^Verslag bij 3\. Signalenronde/)).toHaveCount(0);
  const refused = await page.evaluate(
    async ([meetingId]) => window.api!.invoke('verslag:saveSummary', { meetingId, agendaItemId: 1, text: 'Toch iets anders' }),
    [october.id],
  );
  expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Dit verslag is vastgesteld en kan niet meer worden gewijzigd|agendapunt van dit overleg/) } });
  const roundItem = call('meeting:get', { id: october.id }).agenda.find((i) => i.kind === 'signalenronde')!;
  const refusedHere = await page.evaluate(
    async ([meetingId, agendaItemId]) => window.api!.invoke('verslag:saveSummary', { meetingId, agendaItemId, text: 'Toch iets anders' }),
    [october.id, roundItem.id],
  );
  expect(refusedHere).toEqual({ ok: false, error: { code: 'conflict', message: 'Dit verslag is vastgesteld en kan niet meer worden gewijzigd. Maak een correctie: die wordt een nieuwe versie.' } });

  const v1Files = await exportAll(page);
  expect(v1Files.map((f) => f.name)).toEqual([
    'Verslag Wijk-coördinatieteam Waterweide 2026-10-27.pdf',
    'Verslag Wijk-coördinatieteam Waterweide 2026-10-27.docx',
    'Verslag Wijk-coördinatieteam Waterweide 2026-10-27.odt',
  ]);

  // A correction: version 2, with its reason; version 1 stays readable.
  await page.getByLabel('Wat wordt er gecorrigeerd, en waarom?').fill('Naam van de melder ontbrak bij de signalenronde');
  await page.getByRole('button', { name: 'Correctie maken (nieuwe versie)' }).click();
  await expect(page.getByText('Er is een nieuwe versie gemaakt.', { exact: false })).toBeVisible();
  const round2 = page.getByLabel(/^Verslag bij 3\. Signalenronde/);
  await round2.fill('Wendy Kramer (Woonstichting) meldt zwerfafval rond de glasbak aan de Kolkweg. Het Stadsbedrijf gaat vaker legen.\n\nEr is een vertrouwelijk zorgsignaal besproken.');
  await round2.blur();
  await expect(page.getByRole('status').filter({ hasText: /^Alles opgeslagen/ })).toBeVisible();
  await page.getByLabel('Vastgesteld op').fill('2026-11-24');
  await page.getByRole('button', { name: 'Vaststellen met deze datum' }).click();
  await expect(page.getByText('Het verslag is vastgesteld op 24 november 2026.')).toBeVisible();
  const versions = page.getByRole('complementary', { name: /versies/ });
  await expect(versions.getByText(/^Correctie gemaakt op 24 november 2026/)).toContainText('Naam van de melder ontbrak bij de signalenronde');
  await expect(versions.getByText('Gewijzigd: Verslag bij Signalenronde')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.capture('43-verslag-versies');
  await page.setViewportSize({ width: 1440, height: 900 });

  const v2Files = await exportAll(page);
  expect(v2Files.map((f) => f.name)).toEqual([
    'Verslag Wijk-coördinatieteam Waterweide 2026-10-27 versie 2.pdf',
    'Verslag Wijk-coördinatieteam Waterweide 2026-10-27 versie 2.docx',
    'Verslag Wijk-coördinatieteam Waterweide 2026-10-27 versie 2.odt',
  ]);
  await versions.getByRole('button', { name: 'Versie 1 bekijken' }).click();
  await expect(page.getByText('Vastgesteld op 24 november 2026 in het overleg van 24 november 2026', { exact: false }).first()).toBeVisible();

  // Real consumers read every file.
  for (const { name, bytes } of [...conceptFiles, ...v1Files, ...v2Files]) {
    const text = flat(name.endsWith('.pdf') ? pdfText(bytes) : xmlText(Object.values(await zipXml(bytes)).join('\n')));
    expect(text, name).toContain('leegt de glasbak aan de Kolkweg vaker');
    expect(text, name).not.toMatch(/De Wit|Kolkweg 14|medicijnen/);
    if (name.endsWith('.pdf')) {
      expect(pdfInfo(bytes), name).toMatchObject({ Title: 'Verslag Wijk-coördinatieteam Waterweide 27 oktober 2026', Tagged: 'yes' });
      expect(pdfXmp(bytes), name).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(pdfFonts(bytes).every((f) => f.embedded), name).toBe(true);
      // Look at it: page 1 as PNG next to the file.
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', join(EXPORT_DIR, name), join(EXPORT_DIR, name.replace(/\.pdf$/, ''))]);
    }
  }
  expect(flat(pdfText(v2Files[0]!.bytes))).toContain('Wendy Kramer (Woonstichting) meldt');
  expect(flat(pdfText(v1Files[0]!.bytes))).not.toContain('Wendy Kramer (Woonstichting) meldt');
  const converted = convertWithLibreOffice(Object.fromEntries([...v1Files, ...v2Files].filter((f) => !f.name.endsWith('.pdf')).map((f) => [f.name.replace(/\.(docx|odt)$/, ' $1.$1'), f.bytes])));
  for (const [name, pdf] of Object.entries(converted)) expect(flat(pdfText(pdf)), name).toContain('Verslag Wijk-coördinatieteam Waterweide 27 oktober 2026');
});
