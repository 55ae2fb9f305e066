import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './support/fixtures';
import { given } from './support/arrange';

// The renderer's own "today" (upcoming vs. past, default periods) follows the same pinned date.
test.beforeEach(async ({ page, today }) => {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
});

async function openVoorbeeldgemeente(page: Page, open: () => Promise<void>) {
  await open();
  await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
  await expect(page.getByRole('heading', { name: 'Start' })).toBeVisible();
}

test('de wijkmanager plant het volgende overleg, stuurt de uitnodiging en past de planning aan', async ({ app, page }) => {
  await openVoorbeeldgemeente(page, () => app.open());
  const call = given(app);
  const people = call('person:list', {});
  const personId = (name: string) => people.find((p) => p.name === name)!.id;
  const meetings = () => call('meeting:list', {});
  // Before tonight: in the planned December meeting of Binnenstad a decision was already noted,
  // so that meeting can no longer simply be deleted.
  const december = meetings().find((m) => m.wijkName === 'Binnenstad' && m.date === '2026-12-10')!;
  const opening = call('meeting:get', { id: december.id }).agenda[0]!;
  call('decision:create', { agendaItemId: opening.id, text: 'Het overleg van december begint een half uur later.' });

  await page.getByRole('link', { name: 'Overleggen' }).click();
  await expect(page.getByRole('heading', { name: 'Overleggen', level: 1 })).toBeVisible();
  const table = page.getByRole('region', { name: 'Overleggen' });
  // Upcoming first, soonest on top; then the past, most recent on top.
  await expect(table.getByRole('row').nth(1)).toContainText('do 3 dec 2026');
  await expect(table.getByRole('row').nth(1)).toContainText('De Schooten');
  await expect(table.getByRole('row').nth(6)).toContainText('di 17 nov 2026');
  await expect(table.getByRole('row').nth(6)).toContainText('Afgerond');
  await app.capture('30-overleggen');

  // Plan the January meeting of Molenwijk; the end time is mistyped first.
  await page.getByRole('button', { name: 'Overleg plannen' }).click();
  const form = page.getByRole('region', { name: 'Overleg plannen' });
  await form.getByLabel('Wijk-coördinatieteam').selectOption({ label: 'WCT Molenwijk' });
  // Chair and secretary come from the team; place and times from its last meeting.
  await expect(form.getByLabel('Voorzitter')).toHaveValue(String(personId('Rachid El Amrani')));
  await expect(form.getByLabel('Secretaris / notulist')).toHaveValue(String(personId('Tom Hendriks')));
  // Where they are picked, it says they come from the team (and how to add someone who is missing).
  await expect(form.getByText('Voorzitter en notulist kiest u uit de leden van het wijk-coördinatieteam.', { exact: false })).toBeVisible();
  // Job titles as entered, not lowercased (issue 12, defect 5).
  await expect(form.getByLabel('Voorzitter').locator('option:checked')).toHaveText(/^Rachid El Amrani, [A-Z]/);
  await expect(form.getByLabel('Locatie')).toHaveValue('Wijkcentrum De Wieken, zaal 1');
  await expect(form.getByText('Vorig overleg: di 15 dec 2026, 09:30–11:30')).toBeVisible();
  await form.getByLabel('Datum').fill('2027-01-19');
  await form.getByLabel('Begintijd').fill('19:30');
  await form.getByLabel('Eindtijd').fill('19:00');
  await form.getByLabel('Locatie').fill('Buurthuis De Molen');
  const before = meetings().length;
  await form.getByRole('button', { name: 'Overleg plannen' }).click();
  await expect(form.getByText('De eindtijd moet na de begintijd liggen.')).toBeVisible();
  await expect(form.getByLabel('Eindtijd')).toHaveAttribute('aria-invalid', 'true');
  // Nothing stored, nothing lost.
  expect(meetings()).toHaveLength(before);
  await expect(form.getByLabel('Locatie')).toHaveValue('Buurthuis De Molen');
  await app.capture('31-overleg-plannen-fout');

  await form.getByLabel('Eindtijd').fill('21:30');
  await form.getByRole('button', { name: 'Overleg plannen' }).click();
  // Straight on to the meeting itself.
  await expect(page).toHaveURL(/#\/overleg\/\d+$/);
  const newId = Number(/overleg\/(\d+)$/.exec(page.url())![1]);
  expect(meetings().find((m) => m.id === newId)).toMatchObject({
    wijkName: 'Molenwijk',
    date: '2027-01-19',
    startTime: '19:30',
    endTime: '21:30',
    place: 'Buurthuis De Molen',
    chairName: 'Rachid El Amrani',
    secretaryName: 'Tom Hendriks',
    status: 'gepland',
  });

  // Back in the list: the invitation is right on the meeting's row…
  await page.getByRole('link', { name: 'Overleggen' }).click();
  const [fromRow] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Uitnodiging (.ics) voor het overleg Molenwijk van di 19 jan 2027' }).click()]);
  expect(fromRow.suggestedFilename()).toBe('wct-overleg-molenwijk-2027-01-19.ics');
  expect(readFileSync(await fromRow.path(), 'utf8')).toContain('DTSTART:20270119T183000Z');
  await expect(page).toHaveURL(/#\/overleggen$/);
  // …and in the planning panel.
  await page.getByRole('button', { name: 'Overleg Molenwijk van di 19 jan 2027 wijzigen' }).click();
  const panel = page.getByRole('region', { name: 'WCT Molenwijk, dinsdag 19 januari 2027' });
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Uitnodiging (.ics)' }).click()]);
  expect(download.suggestedFilename()).toBe('wct-overleg-molenwijk-2027-01-19.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('LOCATION:Buurthuis De Molen');
  await expect(panel.getByText('De uitnodiging is aangemaakt')).toBeVisible();

  // Another room: changed in place, saved on leaving the field.
  await panel.getByLabel('Locatie').fill('Wijkcentrum De Wieken, zaal 2');
  await panel.getByLabel('Locatie').blur();
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
  await expect(table.getByRole('row', { name: /19 jan 2027/ })).toContainText('Wijkcentrum De Wieken, zaal 2');
  expect(meetings().find((m) => m.id === newId)).toMatchObject({ place: 'Wijkcentrum De Wieken, zaal 2', revision: 1 });
  await app.capture('32-overleg-wijzigen');

  // The December meeting of Binnenstad already holds a decision: deleting it is refused in Dutch.
  await page.getByRole('button', { name: 'Overleg Binnenstad van do 10 dec 2026 wijzigen' }).click();
  const binnenstad = page.getByRole('region', { name: 'WCT Binnenstad, donderdag 10 december 2026' });
  await binnenstad.getByRole('button', { name: 'Overleg verwijderen…' }).click();
  await binnenstad.getByRole('button', { name: 'Ja, overleg verwijderen' }).click();
  await expect(binnenstad.getByText('Alleen een gepland overleg waarin nog niets is vastgelegd kan worden verwijderd.')).toBeVisible();
  expect(meetings().some((m) => m.id === december.id)).toBe(true);

  // The empty January meeting can go.
  await page.getByRole('button', { name: 'Overleg Molenwijk van di 19 jan 2027 wijzigen' }).click();
  const january = page.getByRole('region', { name: 'WCT Molenwijk, dinsdag 19 januari 2027' });
  await january.getByRole('button', { name: 'Overleg verwijderen…' }).click();
  await january.getByRole('button', { name: 'Ja, overleg verwijderen' }).click();
  await expect(page.getByText('Het overleg WCT Molenwijk, dinsdag 19 januari 2027 is verwijderd.')).toBeVisible();
  await expect(table.getByRole('row', { name: /19 jan 2027/ })).toHaveCount(0);
  expect(meetings().some((m) => m.id === newId)).toBe(false);
});

test('het agendasjabloon van een team aanpassen: toevoegen, verplaatsen, verwijderen, en het blijft staan', async ({ app, page }) => {
  await openVoorbeeldgemeente(page, () => app.open());
  const call = given(app);
  const molenwijk = call('wijk:list', {}).find((w) => w.name === 'Molenwijk')!;
  const team = call('team:get', { wijkId: molenwijk.id });

  await page.getByRole('link', { name: 'Agendasjablonen' }).click();
  await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'WCT Molenwijk' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda van Wijk-coördinatieteam Molenwijk' })).toBeVisible();
  await expect(page.getByText('Standaardagenda', { exact: true })).toBeVisible();
  const titles = page.getByRole('textbox', { name: /^Titel van agendapunt/ });
  await expect(titles).toHaveCount(7);
  await expect(page.getByRole('row', { name: /Totaal gepland/ })).toContainText('95 minuten (1 uur en 35 min)');

  // A new item without a title is refused; nothing is added and nothing typed is lost.
  const add = page.getByRole('form', { name: 'Agendapunt toevoegen' });
  await add.getByLabel('Soort').selectOption({ label: 'Thema / casus' });
  await add.getByLabel('Minuten').fill('20');
  await add.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
  await expect(add.getByText('Titel van het agendapunt is verplicht.')).toBeVisible();
  await expect(titles).toHaveCount(7);
  await expect(add.getByLabel('Minuten')).toHaveValue('20');

  await add.getByLabel('Nieuw agendapunt').fill('Jongeren en veiligheid');
  await add.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
  await expect(titles).toHaveCount(8);
  await expect(page.getByLabel('Titel van agendapunt 8')).toHaveValue('Jongeren en veiligheid');
  await expect(page.getByLabel('Soort van agendapunt 8')).toHaveValue('thema');
  await expect(page.getByRole('row', { name: /Totaal gepland/ })).toContainText('115 minuten (1 uur en 55 min)');
  await expect(page.getByText('Eigen sjabloon', { exact: true })).toBeVisible();

  // Up three places, from the keyboard after the first click: focus stays on the button.
  const up = page.getByRole('button', { name: 'Jongeren en veiligheid omhoog' });
  await up.click();
  await expect(up).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Titel van agendapunt 6')).toHaveValue('Jongeren en veiligheid');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Titel van agendapunt 5')).toHaveValue('Jongeren en veiligheid');
  await expect(page.getByLabel('Titel van agendapunt 6')).toHaveValue('Wijkagenda');

  // Rondvraag goes.
  await page.getByRole('button', { name: 'Rondvraag verwijderen' }).click();
  await expect(titles).toHaveCount(7);
  await expect(page.getByRole('row', { name: /Totaal gepland/ })).toContainText('110 minuten (1 uur en 50 min)');

  // A wrong number of minutes: the Dutch message beside the field, the text stays.
  await page.getByLabel('Geplande minuten van agendapunt 3').fill('een half uur');
  await page.getByLabel('Geplande minuten van agendapunt 3').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Geplande tijd moet een aantal minuten zijn.' })).toBeVisible();
  await expect(page.getByLabel('Geplande minuten van agendapunt 3')).toHaveValue('een half uur');
  await page.getByLabel('Geplande minuten van agendapunt 3').fill('40');
  await page.getByLabel('Geplande minuten van agendapunt 3').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Geplande tijd moet een aantal minuten zijn.' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
  await app.capture('33-agendasjabloon');

  // After a restart everything is still there, in this order.
  await app.restart();
  await expect(page.getByRole('heading', { name: 'Agenda van Wijk-coördinatieteam Molenwijk' })).toBeVisible();
  await expect(titles).toHaveCount(7);
  await expect(page.getByLabel('Titel van agendapunt 5')).toHaveValue('Jongeren en veiligheid');
  await expect(page.getByLabel('Geplande minuten van agendapunt 3')).toHaveValue('40');
  expect(call('template:get', { teamId: team.id }).items.map((i) => i.title)).toEqual([
    'Opening en mededelingen',
    'Verslag en actielijst vorig overleg',
    'Signalenronde',
    'Thema / casus',
    'Jongeren en veiligheid',
    'Wijkagenda',
    'Sluiting',
  ]);
  // The next meeting of the team starts with this agenda.
  const next = call('meeting:create', { teamId: team.id, date: '2027-02-16', startTime: '19:30', place: 'Buurthuis De Wieken' });
  expect(call('meeting:get', { id: next.id }).agenda.map((i) => i.title)).toContain('Jongeren en veiligheid');
});
