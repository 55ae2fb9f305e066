import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect, EXPORT_DIR, type Page } from './support/fixtures';
import { convertWithLibreOffice } from '../support/documentCheck';
import { CONFIDENTIAL_ACTION_WHAT } from '../../domain/privacy';
import { given } from './support/arrange';
import type { AppFixture } from './support/fixtures';

// The renderer's own "today" (default period, what counts as this year) follows the pinned date.
test.beforeEach(async ({ page, today }) => {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
});

async function openVoorbeeldgemeente(app: AppFixture, page: Page) {
  await app.open();
  await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
  await expect(page.getByRole('heading', { name: 'Start' })).toBeVisible();
}

/**
 * Earlier this year WCT Waterweide met twice (not in the demo history): the wijkagent did not come
 * either time, and a confidential signal was closed long enough ago to have been wiped.
 */
function arrangeWaterweide(app: AppFixture) {
  const call = given(app);
  const organisations = call('organisation:list', {});
  const organisation = (name: string) => organisations.find((o) => o.name === name)!.id;
  const wijk = call('wijk:list', {}).find((w) => w.name === 'Waterweide')!;
  const team = call('team:get', { wijkId: wijk.id });
  const held = (date: string, wijkagent: 'afwezig' | 'afgemeld') => {
    const meeting = call('meeting:create', { teamId: team.id, date, startTime: '09:30', endTime: '11:30', place: 'Dorpshuis Waterweide' });
    call('meeting:start', { id: meeting.id });
    for (const row of call('meeting:get', { id: meeting.id }).attendance) {
      call('attendance:set', { meetingId: meeting.id, personId: row.personId, status: row.name === 'Martin de Boer' ? wijkagent : 'aanwezig' });
    }
    return meeting;
  };
  const march = held('2026-03-10', 'afwezig');
  call('signal:create', {
    meetingId: march.id,
    title: 'Zorgen over een bewoner in de Kolkbuurt',
    description: 'Bewoner (ca. 70) verwaarloost zichzelf; buren maken zich zorgen.',
    broughtByOrganisationId: organisation('Woonstichting Kustwonen'),
    buurtId: wijk.buurten.find((b) => b.name === 'Kolkbuurt')!.id,
    theme: 'zorg',
    sensitivity: 'vertrouwelijk',
    status: 'afgehandeld',
    outcome: 'Zorg geregeld via het sociaal wijkteam.',
  });
  call('meeting:finish', { id: march.id });
  const june = held('2026-06-09', 'afgemeld');
  call('meeting:finish', { id: june.id });
  // Six months after closing, the confidential description is wiped.
  expect(call('privacy:purge', {}).purged).toBeGreaterThanOrEqual(1);
  return { wijk };
}

test('alle acties: verlopen afspraken vallen op, per organisatie te filteren, met details en de weg terug naar het overleg', async ({ app, page }) => {
  await openVoorbeeldgemeente(app, page);
  const call = given(app);
  const actions = call('action:list', {});
  const wijkbeheer = call('organisation:list', {}).find((o) => o.name === 'Gemeente Voorbeeldgemeente — team Wijkbeheer')!;
  const overdue = actions.filter((a) => a.overdue);
  const overdueOfWijkbeheer = overdue.filter((a) => a.ownerOrganisationId === wijkbeheer.id);
  expect(overdueOfWijkbeheer.length).toBeGreaterThan(0);
  const rows = (n: number) => `${n} ${n === 1 ? 'rij' : 'rijen'}`;

  await page.getByRole('link', { name: 'Alle acties' }).click();
  await expect(page.getByRole('heading', { name: 'Alle acties', level: 1 })).toBeVisible();
  const table = page.getByRole('region', { name: 'Acties' });
  await expect(page.getByText(rows(actions.length), { exact: true })).toBeVisible();
  await expect(page.getByText(`${overdue.length} verlopen`)).toBeVisible();
  // Overdue ones on top, marked in words.
  await expect(table.getByRole('row').nth(1)).toContainText('Verlopen');
  await app.capture('40-alle-acties');

  await page.getByLabel('Alleen verlopen').check();
  await expect(page.getByText(rows(overdue.length), { exact: true })).toBeVisible();
  // Every row left says "Verlopen" (only the header row does not).
  await expect(table.getByRole('row').filter({ hasNotText: 'Verlopen' })).toHaveCount(1);

  await page.getByLabel('Organisatie').selectOption({ label: 'Gemeente Voorbeeldgemeente — team Wijkbeheer' });
  await expect(page.getByText(rows(overdueOfWijkbeheer.length), { exact: true })).toBeVisible();
  for (const a of overdueOfWijkbeheer) await expect(table.getByRole('row', { name: new RegExp(a.what) })).toBeVisible();
  await expect(table.getByRole('row', { name: /Samen surveilleren/ })).toHaveCount(0);
  await app.capture('41-acties-verlopen-wijkbeheer');

  // Details in the side panel: the follow-up of the last meeting and the way back to where it was agreed.
  await table.getByRole('button', { name: 'Handhaving en voorlichting bij de containers' }).click();
  const panel = page.getByRole('region', { name: 'Handhaving en voorlichting bij de containers' });
  await expect(panel.getByText('Verlopen')).toBeVisible();
  await expect(panel.getByText('Voorlichtingsbrief is nog niet verstuurd.')).toBeVisible();
  await expect(panel.getByText('Boa controleert, bewoners krijgen een brief')).toBeVisible();
  await app.capture('42-actie-details');

  // An Ooit agreement shows what it depends on and when the answer comes.
  await page.getByLabel('Alleen verlopen').uncheck();
  await page.getByLabel('Organisatie').selectOption({ label: 'Stichting Welzijn Samen' });
  await page.getByLabel('Horizon').selectOption({ label: 'Ooit' });
  await table.getByRole('button', { name: 'Jongerenontmoetingsplek onderzoeken' }).click();
  const ooit = page.getByRole('region', { name: 'Jongerenontmoetingsplek onderzoeken' });
  await expect(ooit.getByText('Geschikte locatie, budget 2027 en instemming van omwonenden')).toBeVisible();
  await expect(ooit.getByText('15 november 2026')).toBeVisible();
  const agreedIn = actions.find((a) => a.what === 'Jongerenontmoetingsplek onderzoeken')!;
  await ooit.getByRole('link', { name: 'Naar het overleg van 15 september 2026' }).click();
  await expect(page).toHaveURL(new RegExp(`#/overleg/${agreedIn.meetingId}$`));

  // Per wijk and status: the secretary's view before the Molenwijk meeting.
  await page.getByRole('link', { name: 'Overleggen' }).first().click();
  await expect(page.getByRole('heading', { name: 'Overleggen', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Alle acties' }).click();
  // Wait for the screen itself: the Overleggen list also has buttons that mention a wijk.
  await expect(page.getByRole('heading', { name: 'Alle acties', level: 1 })).toBeVisible();
  const inMolenwijk = actions.filter((a) => a.wijkName === 'Molenwijk');
  const inProgress = inMolenwijk.filter((a) => a.status === 'in_uitvoering');
  expect(inProgress.length).toBeGreaterThan(0);
  expect(inProgress.length).toBeLessThan(inMolenwijk.length);
  await page.getByLabel('Wijk').selectOption({ label: 'Molenwijk' });
  await expect(page.getByText(rows(inMolenwijk.length), { exact: true })).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'In uitvoering' });
  await expect(page.getByText(rows(inProgress.length), { exact: true })).toBeVisible();
  for (const a of inProgress) await expect(table.getByRole('row', { name: new RegExp(a.what) })).toBeVisible();
  await app.capture('43-acties-molenwijk-in-uitvoering');

  // What is shown goes to Excel for the partners' meeting: these rows, in this order, dates as dates.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Opslaan als Excel (XLSX)' }).click()]);
  expect(download.suggestedFilename()).toBe('Alle acties 2026-11-22.xlsx');
  mkdirSync(EXPORT_DIR, { recursive: true });
  const xlsxFile = join(EXPORT_DIR, download.suggestedFilename());
  await download.saveAs(xlsxFile);
  const bytes = new Uint8Array(readFileSync(xlsxFile));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Acties')!;
  const shownWhat = await table.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => r.textContent ?? ''));
  const sheetWhat: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) sheetWhat.push(row.getCell(1).text);
  });
  expect(sheetWhat).toHaveLength(inProgress.length);
  // Same order as on screen (an action on a vertrouwelijk signal is covered in the file).
  for (const [i, what] of sheetWhat.entries()) if (what !== CONFIDENTIAL_ACTION_WHAT) expect(shownWhat[i]).toContain(what.slice(0, 20));
  const due: unknown[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1 && row.getCell(6).value !== null) due.push(row.getCell(6).value);
  });
  expect(due.length).toBeGreaterThan(0);
  for (const d of due) expect(d).toBeInstanceOf(Date);
  // A real consumer opens it.
  expect(Object.keys(convertWithLibreOffice({ 'Alle acties.xlsx': bytes }))).toEqual(['Alle acties.xlsx']);

  await page.getByLabel('Horizon').selectOption({ label: 'Nooit' });
  const nooit = inProgress.filter((a) => a.horizon === 'nooit');
  await expect(page.getByText(rows(nooit.length), { exact: true })).toBeVisible();
});

test('alle signalen: vertrouwelijke signalen zijn gemarkeerd, hun inhoud blijft bedekt tot erom gevraagd wordt, en gewist na de bewaartermijn', async ({ app, page }) => {
  await openVoorbeeldgemeente(app, page);
  arrangeWaterweide(app);
  const signals = given(app)('signal:list', { view: 'intern' });
  const confidential = signals.filter((s) => s.sensitivity === 'vertrouwelijk');
  expect(confidential.length).toBeGreaterThan(1);
  const rows = (n: number) => `${n} ${n === 1 ? 'rij' : 'rijen'}`;

  await page.getByRole('link', { name: 'Alle signalen' }).click();
  await expect(page.getByRole('heading', { name: 'Alle signalen', level: 1 })).toBeVisible();
  const table = page.getByRole('region', { name: 'Signalen' });
  await expect(page.getByText(rows(signals.length), { exact: true })).toBeVisible();
  await app.capture('43-alle-signalen');

  await page.getByLabel('Vertrouwelijkheid').selectOption({ label: 'Vertrouwelijk (persoonsgegevens)' });
  await expect(page.getByText(rows(confidential.length), { exact: true })).toBeVisible();
  // Every row left carries the badge (only the header row does not).
  await expect(table.getByRole('row').filter({ hasNotText: 'Vertrouwelijk' })).toHaveCount(1);

  // By theme and status: the care signals still being handled.
  await page.getByLabel('Vertrouwelijkheid').selectOption({ label: 'Alle signalen' });
  await expect(page.getByText(rows(signals.length), { exact: true })).toBeVisible();
  const care = signals.filter((s) => s.theme === 'zorg');
  const careOpen = care.filter((s) => s.status === 'in_behandeling');
  expect(careOpen.length).toBeGreaterThan(0);
  expect(careOpen.length).toBeLessThan(care.length);
  await page.getByLabel('Thema').selectOption({ label: 'Zorg' });
  await expect(page.getByText(rows(care.length), { exact: true })).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'In behandeling' });
  await expect(page.getByText(rows(careOpen.length), { exact: true })).toBeVisible();
  for (const s of careOpen) await expect(table.getByRole('row', { name: new RegExp(s.title) })).toBeVisible();
  await page.getByLabel('Thema').selectOption({ label: 'Alle thema’s' });
  await page.getByLabel('Status').selectOption({ label: 'Alle statussen' });
  await page.getByLabel('Vertrouwelijkheid').selectOption({ label: 'Vertrouwelijk (persoonsgegevens)' });
  await expect(page.getByText(rows(confidential.length), { exact: true })).toBeVisible();

  // Narrowed to one buurt.
  await page.getByLabel('Buurt').selectOption({ label: 'Zeeheldenbuurt (Molenwijk)' });
  await expect(page.getByText(rows(1), { exact: true })).toBeVisible();
  await table.getByRole('button', { name: 'Zorgen om oudere bewoner' }).click();
  const panel = page.getByRole('region', { name: 'Zorgen om oudere bewoner' });
  await expect(panel.getByText('Vertrouwelijk', { exact: true })).toBeVisible();
  // Covered until asked for: the screen may be projected.
  await expect(panel.getByText(/Oudere alleenstaande vrouw/)).toHaveCount(0);
  await panel.getByRole('button', { name: 'Vertrouwelijke details tonen' }).click();
  await expect(panel.getByText(/Oudere alleenstaande vrouw/)).toBeVisible();
  await expect(panel.getByText('Zorg en begeleiding geregeld via het sociaal wijkteam.')).toBeVisible();
  await app.capture('44-signaal-vertrouwelijk');

  // A confidential signal closed in March: its description was wiped after the retention term.
  await page.getByLabel('Buurt').selectOption({ label: 'Kolkbuurt (Waterweide)' });
  await table.getByRole('button', { name: 'Zorgen over een bewoner in de Kolkbuurt' }).click();
  const purged = page.getByRole('region', { name: 'Zorgen over een bewoner in de Kolkbuurt' });
  await expect(purged.getByText('(gewist na bewaartermijn)')).toBeVisible();
  await expect(purged.getByText(/verwaarloost/)).toHaveCount(0);
  await expect(purged.getByText('Gewist na de bewaartermijn.')).toBeVisible();
  await expect(purged.getByText('Zorg geregeld via het sociaal wijkteam.')).toHaveCount(0);
  await app.capture('45-signaal-gewist');
});

test('aanwezigheid: een organisatie met aanwezigheidsplicht die te vaak ontbreekt wordt gemarkeerd; een onmogelijke periode wordt in het Nederlands geweigerd', async ({ app, page }) => {
  await openVoorbeeldgemeente(app, page);
  arrangeWaterweide(app);
  const report = given(app)('report:attendance', { from: '2026-01-01', to: '2026-11-22' });

  await page.getByRole('link', { name: 'Aanwezigheid' }).click();
  await expect(page.getByRole('heading', { name: 'Aanwezigheid', level: 1 })).toBeVisible();
  // Default: this calendar year up to today.
  await expect(page.getByLabel('Vanaf')).toHaveValue('2026-01-01');
  await expect(page.getByLabel('Tot en met')).toHaveValue('2026-11-22');
  await expect(page.getByText(`${report.meetingCount} gehouden overleggen`)).toBeVisible();
  const politie = page.getByRole('row', { name: /^Politie basisteam Kop van Noord/ });
  await expect(politie).toContainText('Onder de norm');
  await expect(page.getByRole('status').filter({ hasText: 'onder de norm' })).toContainText(report.thresholdLabel);

  // Only Waterweide: the wijkagent was at neither meeting.
  await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Waterweide' });
  await expect(page.getByText('2 gehouden overleggen')).toBeVisible();
  await expect(politie).toContainText('0%');
  await expect(politie).toContainText('Onder de norm');
  await expect(politie.getByRole('cell').nth(0)).toHaveText('2'); // verwacht
  await expect(politie.getByRole('cell').nth(2)).toHaveText('1'); // afgemeld
  await expect(politie.getByRole('cell').nth(3)).toHaveText('1'); // afwezig
  const corporatie = page.getByRole('row', { name: /^Woonstichting Kustwonen/ });
  await expect(corporatie).toContainText('100%');
  await expect(corporatie).toContainText('Voldoet');
  await expect(page.getByRole('row').filter({ hasText: 'Onder de norm' })).toHaveCount(1);
  await app.capture('46-aanwezigheid');

  // A period that ends before it starts: the contract's message beside the field, no report.
  await page.getByLabel('Vanaf').fill('2026-12-01');
  await expect(page.getByText('De einddatum ligt vóór de begindatum.')).toBeVisible();
  await expect(page.getByLabel('Tot en met')).toHaveAttribute('aria-invalid', 'true');
  await expect(politie).toHaveCount(0);
  await app.capture('47-aanwezigheid-ongeldige-periode');

  await page.getByRole('button', { name: 'Dit jaar' }).click();
  await expect(page.getByText('De einddatum ligt vóór de begindatum.')).toHaveCount(0);
  await expect(politie).toContainText('Onder de norm');
});
