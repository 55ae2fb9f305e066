import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, EXPORT_DIR } from './support/fixtures';
import { convertWithLibreOffice, pdfFonts, pdfInfo, pdfText, pdfXmp, xmlText, zipXml } from '../support/documentCheck';
import { given } from './support/arrange';

// Tuesday 24 November 2026: the November WCT Molenwijk; October's meeting was held and closed.
test.use({ today: '2026-11-24', viewport: { width: 1366, height: 768 } });

/** The October meeting of a small WCT Molenwijk: two actions and a decision, closed afterwards. */
function arrange(call: ReturnType<typeof given>) {
  call('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Molenwijk' }, { name: 'Binnenstad' }] });
  const wijk = call('wijk:list', {}).find((w) => w.name === 'Molenwijk')!;
  const org = (name: string, kind: 'gemeente' | 'woningcorporatie' | 'welzijn' | 'politie') => call('organisation:create', { name, kind, attendanceRequired: kind !== 'politie' });
  const gemeente = org('Gemeente Den Helder', 'gemeente');
  const corporatie = org('Woonstichting Kustwonen', 'woningcorporatie');
  org('Welzijn Samen', 'welzijn');
  const chair = call('person:create', { name: 'Rachid El Amrani', organisationId: gemeente.id, role: 'Wijkmanager' });
  const secretary = call('person:create', { name: 'Tom Hendriks', organisationId: gemeente.id, role: 'Secretaris' });
  const wijkmeester = call('person:create', { name: 'Ahmed Bouzid', organisationId: corporatie.id, role: 'Sociaal wijkmeester' });
  const team = call('team:get', { wijkId: wijk.id });
  for (const p of [chair, secretary, wijkmeester]) call('team:addMember', { teamId: team.id, personId: p.id, since: '2026-01-01' });
  call('team:updateRoles', { teamId: team.id, chairId: chair.id, secretaryId: secretary.id });

  const october = call('meeting:create', { teamId: team.id, date: '2026-10-13', startTime: '09:30', endTime: '11:30', place: 'Wijkcentrum De Wieken' });
  call('meeting:start', { id: october.id });
  const item = call('meeting:get', { id: october.id }).agenda.find((i) => i.kind === 'wijkagenda')!;
  call('action:create', { meetingId: october.id, agendaItemId: item.id, what: 'Lantaarnpalen Molenkamp repareren', ownerOrganisationId: gemeente.id, horizon: 'nu', deadline: '2026-11-01' });
  call('action:create', {
    meetingId: october.id,
    agendaItemId: item.id,
    what: 'Speeltuin De Wieken vernieuwen',
    ownerOrganisationId: corporatie.id,
    ownerPersonId: wijkmeester.id,
    horizon: 'ooit',
    preconditions: 'Budget in de begroting 2027',
    decisionDue: '2027-03-01',
  });
  call('decision:create', { agendaItemId: item.id, text: 'Het WCT start in 2027 een buurtpreventieteam in De Wieken.' });
  call('meeting:finish', { id: october.id });
  call('wijkagenda:createTheme', { wijkId: wijk.id, title: 'Samen in de wijk', goal: 'Meer bewoners doen mee en kennen elkaar.', firstYear: 2025, lastYear: 2028 });
  const november = call('meeting:create', { teamId: team.id, date: '2026-11-24', startTime: '09:30', endTime: '11:30', place: 'Wijkcentrum De Wieken' });
  return { wijk, october, november };
}

test('de wijkmanager houdt de wijkagenda bij: van besluit in het overleg tot "wat hebben we nagekomen"', async ({ app, page }) => {
  // A whole year's story, four exports and a LibreOffice conversion: more than the default minute.
  test.setTimeout(240_000);
  const call = given(app);
  const { wijk, october, november } = arrange(call);

  // The wijk's plan gets its second theme.
  await app.open(`/wijkagenda/${wijk.id}/2026`);
  await expect(page.getByRole('heading', { name: 'Wijkagenda Molenwijk 2026', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Thema toevoegen' }).click();
  const themeForm = page.getByRole('form', { name: 'Nieuw thema' });
  await themeForm.getByLabel('Thema').fill('Schoon, heel en veilig');
  await themeForm.getByLabel('Doel (één zin)').fill('Bewoners voelen zich veilig. En de straten zijn schoon.');
  await themeForm.getByRole('button', { name: 'Thema toevoegen' }).click();
  await expect(themeForm.getByText('Vat het doel samen in één zin.')).toBeVisible();
  await themeForm.getByLabel('Doel (één zin)').fill('Bewoners voelen zich veilig in een schone en hele wijk.');
  await themeForm.getByRole('button', { name: 'Thema toevoegen' }).click();
  await expect(page.getByRole('heading', { name: 'Schoon, heel en veilig', level: 2 })).toBeVisible();

  // "Naar wijkagenda" from the closed October meeting: only once its verslag is vastgesteld.
  await app.open(`/overleg/${october.id}`);
  await page.getByRole('link', { name: 'Naar wijkagenda' }).click();
  await expect(page.getByRole('heading', { name: 'Naar wijkagenda: overleg 13 oktober 2026', level: 1 })).toBeVisible();
  await expect(page.getByText(/Er is nog geen verslag van dit overleg/)).toBeVisible();
  await page.getByRole('link', { name: 'Naar het verslag' }).click();
  await page.getByRole('button', { name: 'Verslag opstellen' }).click();
  // Agreed by e-mail with the team: the notulist records the date.
  await page.getByLabel('Vastgesteld op').fill('2026-10-20');
  await page.getByRole('button', { name: 'Vaststellen met deze datum' }).click();
  await expect(page.getByText(/vastgesteld op 20 oktober 2026/i).first()).toBeVisible();
  await app.open(`/wijkagenda/overleg/${october.id}`);
  await expect(page.getByRole('heading', { name: 'Naar wijkagenda: overleg 13 oktober 2026', level: 1 })).toBeVisible();
  await expect(page.getByText(/Er is nog geen verslag/)).toHaveCount(0);
  const card = (text: string) => page.getByRole('listitem').filter({ hasText: text });
  await card('Lantaarnpalen Molenkamp repareren').getByLabel('Op de wijkagenda zetten: Lantaarnpalen Molenkamp repareren').check();
  await card('Lantaarnpalen Molenkamp repareren').getByLabel('Onder thema').selectOption({ label: 'Schoon, heel en veilig' });
  await card('Speeltuin De Wieken vernieuwen').getByLabel('Op de wijkagenda zetten: Speeltuin De Wieken vernieuwen').check();
  await card('Speeltuin De Wieken vernieuwen').getByLabel('Onder thema').selectOption({ label: 'Samen in de wijk' });
  const decision = card('Het WCT start in 2027 een buurtpreventieteam');
  await decision.getByLabel(/Op de wijkagenda zetten: Het WCT start/).check();
  await decision.getByLabel('Onder thema').selectOption({ label: 'Schoon, heel en veilig' });
  await decision.getByLabel('Wat').fill('Buurtpreventieteam De Wieken opzetten');
  await decision.getByLabel('Wie (organisatie)').selectOption({ label: 'Welzijn Samen' });
  await decision.getByText('Nu', { exact: true }).click();
  await app.capture('60-naar-wijkagenda');
  await page.getByRole('button', { name: '3 afspraken op de wijkagenda zetten' }).click();
  // The decision needs a date: "afspraak is afspraak".
  await expect(decision.getByText('Vul een datum in: wanneer is het klaar?')).toBeVisible();
  await decision.getByLabel('Wanneer klaar').fill('2027-04-01');
  await page.getByRole('button', { name: '3 afspraken op de wijkagenda zetten' }).click();
  await expect(page.getByText('3 afspraken op de wijkagenda 2026 gezet.')).toBeVisible();

  // Running it again adds nothing twice and says what is already there.
  await app.reload();
  await expect(card('Lantaarnpalen Molenkamp repareren').getByText('Staat al op de wijkagenda 2026, onder “Schoon, heel en veilig”.')).toBeVisible();
  await expect(page.getByText(/Staat al op de wijkagenda 2026/)).toHaveCount(3);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  const themeId = call('wijkagenda:get', { wijkId: wijk.id, year: 2026 }).themes[0]!.id;
  const actions = call('naarWijkagenda:list', { meetingId: october.id }).candidates.filter((c) => c.kind === 'action');
  const again = call('wijkagenda:addFromMeeting', { meetingId: october.id, items: actions.map((c) => ({ kind: 'action' as const, actionId: c.id, themeId })) });
  expect(again.added).toEqual([]);
  expect(again.message).toMatch(/^Niets toegevoegd: alles stond al op de wijkagenda/);
  expect(call('wijkagenda:get', { wijkId: wijk.id, year: 2026 }).agreements).toHaveLength(3);
  await app.capture('61-naar-wijkagenda-nogmaals');

  // The wijkagenda: agreements under their themes, each with one click back to its meeting.
  await page.getByRole('link', { name: 'Wijkagenda Molenwijk 2026' }).click();
  await expect(page.getByRole('heading', { name: 'Wijkagenda Molenwijk 2026', level: 1 })).toBeVisible();
  const lantern = page.getByRole('row').filter({ hasText: 'Lantaarnpalen Molenkamp repareren' });
  await expect(lantern.getByText('Verlopen')).toBeVisible();
  await expect(page.getByText('3 afspraken onder 2 thema\'s')).toBeVisible();
  await app.capture('62-wijkagenda');

  // November: the chair walks through the wijkagenda, overdue first, and records progress.
  await app.open(`/overleg/${november.id}`);
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  await expect(page.getByText('Bezig', { exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Wijkagenda/ }).click();
  const panel = page.getByRole('region', { name: /Wijkagenda Molenwijk 2026: voortgang/ });
  await expect(panel.getByRole('listitem').first()).toContainText('Lantaarnpalen Molenkamp repareren');
  await expect(panel.getByText('0 van 3 besproken · 1 verlopen')).toBeVisible();
  const lanternCard = panel.getByRole('listitem').filter({ hasText: 'Lantaarnpalen Molenkamp repareren' });
  await lanternCard.getByLabel('Voortgang', { exact: true }).fill('Twee van de drie palen vervangen; de laatste volgt in december.');
  await lanternCard.getByLabel('Nieuwe status').selectOption({ label: 'In uitvoering' });
  await lanternCard.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(lanternCard.getByText('Besproken', { exact: true })).toBeVisible();
  const preventie = panel.getByRole('listitem').filter({ hasText: 'Buurtpreventieteam De Wieken opzetten' });
  await preventie.getByLabel('Voortgang', { exact: true }).fill('Eerste bewonersavond op 9 december.');
  await preventie.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(preventie.getByText('Besproken', { exact: true })).toBeVisible();
  await expect(panel.getByText('2 van 3 besproken · 1 verlopen')).toBeVisible();
  await app.capture('63-overleg-wijkagenda');
  // One mechanism: the action's progress is the same follow-up that the action list shows.
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Verslag en actielijst/ }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Lantaarnpalen Molenkamp repareren' }).getByText('Twee van de drie palen vervangen', { exact: false })).toBeVisible();

  // Actualisatie 1 (yesterday): a mix of outcomes.
  await app.open(`/wijkagenda/${wijk.id}/2026`);
  await expect(page.getByRole('row').filter({ hasText: 'Lantaarnpalen' }).getByText('Twee van de drie palen vervangen', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Actualisatie starten' }).first().click();
  let review = page.getByRole('form', { name: 'Actualisatie wijkagenda Molenwijk 2026' });
  const item = (text: string) => review.getByRole('listitem').filter({ hasText: text });
  await review.getByLabel('Datum van de actualisatie').fill('2026-11-23');
  await item('Lantaarnpalen').getByLabel('Uitkomst').selectOption({ label: 'Deels nagekomen' });
  await review.getByRole('button', { name: 'Actualisatie vastleggen' }).click();
  await expect(item('Lantaarnpalen').getByText('Licht toe waarom de afspraak maar deels is nagekomen.')).toBeVisible();
  await item('Lantaarnpalen').getByLabel('Toelichting').fill('Eén paal staat nog uit.');
  await expect(item('Speeltuin').getByLabel('Uitkomst')).toHaveValue('loopt_nog');
  await item('Buurtpreventieteam').getByLabel('Uitkomst').selectOption({ label: 'Niet nagekomen' });
  await item('Buurtpreventieteam').getByLabel('Toelichting').fill('Nog geen vrijwilligers gevonden.');
  await app.capture('64-actualisatie-invullen');
  await review.getByRole('button', { name: 'Actualisatie vastleggen' }).click();
  await expect(page.getByText('Actualisatie van 23 november 2026 vastgelegd: 0 van 3 afspraken nagekomen.')).toBeVisible();
  const firstView = page.getByRole('region', { name: 'Actualisatie van 23 november 2026' });
  await expect(firstView.getByText('0 van 3 nagekomen, 1 deels, 1 niet, 1 lopen nog.')).toBeVisible();

  // Actualisatie 2 (today): the playground got its budget, the prevention team found volunteers.
  await page.getByRole('button', { name: 'Actualisatie starten' }).first().click();
  review = page.getByRole('form', { name: 'Actualisatie wijkagenda Molenwijk 2026' });
  await expect(item('Lantaarnpalen').getByText('Vorige keer:')).toBeVisible();
  await item('Lantaarnpalen').getByLabel('Uitkomst').selectOption({ label: 'Deels nagekomen' });
  await item('Lantaarnpalen').getByLabel('Toelichting').fill('Laatste paal in december.');
  await item('Speeltuin').getByLabel('Uitkomst').selectOption({ label: 'Nagekomen' });
  await item('Buurtpreventieteam').getByLabel('Uitkomst').selectOption({ label: 'Loopt nog' });
  await review.getByRole('button', { name: 'Actualisatie vastleggen' }).click();
  const secondView = page.getByRole('region', { name: 'Actualisatie van 24 november 2026' });
  await expect(secondView.getByText('1 van 3 nagekomen, 1 deels, 1 lopen nog.')).toBeVisible();
  await expect(secondView.getByRole('heading', { name: 'Wat veranderde sinds de actualisatie van 23 november 2026' })).toBeVisible();
  await expect(secondView.getByText('Speeltuin De Wieken vernieuwen: van loopt nog naar nagekomen')).toBeVisible();
  await expect(secondView.getByText('Buurtpreventieteam De Wieken opzetten: van niet nagekomen naar loopt nog')).toBeVisible();
  await expect(secondView.getByText('Lantaarnpalen Molenkamp repareren:')).toHaveCount(0);
  await app.capture('65-actualisatie-veranderingen');

  // The wijkagenda for all partners, in four formats, read back by real consumers.
  await secondView.getByRole('button', { name: 'Sluiten' }).click();
  mkdirSync(EXPORT_DIR, { recursive: true });
  const files: Record<string, Uint8Array> = {};
  for (const [button, ext] of [['PDF', 'pdf'], ['Word', 'docx'], ['ODT', 'odt'], ['Excel', 'xlsx']] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(`Wijkagenda Molenwijk 2026.${ext}`);
    const target = join(EXPORT_DIR, download.suggestedFilename());
    await download.saveAs(target);
    files[ext] = new Uint8Array(readFileSync(target));
  }
  await app.capture('67-wijkagenda-exports');
  const pdf = files.pdf!;
  // Table cells wrap: compare the text with its line breaks as spaces.
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  for (const expected of ['Wijkagenda Molenwijk 2026', 'Uitkomst van de actualisatie van 24 november 2026', '1 van 3 nagekomen, 1 deels, 1 lopen nog.', 'Nagekomen per thema', 'Nagekomen per organisatie', 'Veranderd sinds de actualisatie van 23 november 2026', 'Speeltuin De Wieken vernieuwen: van loopt nog naar nagekomen', 'Actie WCT-overleg 13-10-2026']) {
    expect(text).toContain(expected);
  }
  expect(pdfInfo(pdf)).toMatchObject({ Title: 'Wijkagenda Molenwijk 2026', Author: 'Gemeente Den Helder' });
  expect(pdfXmp(pdf)).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
  expect(pdfFonts(pdf).length).toBeGreaterThan(0);
  expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
  // Looked at as pictures: artifacts/exports/Wijkagenda Molenwijk 2026-1.png, -2.png …
  execFileSync('pdftoppm', ['-png', '-r', '60', join(EXPORT_DIR, 'Wijkagenda Molenwijk 2026.pdf'), join(EXPORT_DIR, 'Wijkagenda Molenwijk 2026')]);
  // The progress notes (long, wrapped in the PDF's cells) read whole in the editable formats.
  for (const ext of ['docx', 'odt'] as const) {
    const xml = Object.values(await zipXml(files[ext]!)).map(xmlText).join('\n');
    expect(xml).toContain('Buurtpreventieteam De Wieken opzetten');
    expect(xml).toContain('24-11-2026: Eerste bewonersavond op 9 december.');
  }
  const converted = convertWithLibreOffice({ 'wijkagenda-word.docx': files.docx!, 'wijkagenda-odf.odt': files.odt!, 'wijkagenda-excel.xlsx': files.xlsx! });
  expect(pdfText(converted['wijkagenda-word.docx']!)).toContain('Schoon, heel en veilig');
  expect(pdfText(converted['wijkagenda-odf.odt']!)).toContain('Schoon, heel en veilig');
  expect(pdfText(converted['wijkagenda-excel.xlsx']!)).toContain('Lantaarnpalen Molenkamp');

  // The overview across wijken.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Wijkagenda's" }).click();
  const row = page.getByRole('row').filter({ hasText: 'Wijkagenda Molenwijk 2026' });
  await expect(row.getByRole('cell').nth(0)).toHaveText('3');
  await expect(row.getByText('1 verlopen')).toBeVisible();
  await expect(row.getByText('1 van 3')).toBeVisible();
  await expect(row.getByText('24 november 2026')).toBeVisible();
  await app.capture('66-wijkagendas-overzicht');
});
