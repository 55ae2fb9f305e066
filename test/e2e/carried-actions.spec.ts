import { test, expect } from './support/fixtures';
import { given } from './support/arrange';

test.use({ today: '2026-11-24' });

const STREETS = ['Kolkweg', 'Rietlandenpad', 'Lisdoddelaan', 'Molenkamp', 'Waterweidesingel', 'Biezenstraat', 'Kalmoesplein', 'Pijlkruidhof'];
const WORK = ['Losliggende stoeptegels herstellen aan de', 'Extra controle op fout parkeren aan de', 'Bewonersbrief over afval sturen voor de', 'Hangplek bekijken met jongerenwerk bij de', 'Groenstrook snoeien langs de', 'Keukentafelgesprekken plannen rond de'];

/**
 * A team whose action list has grown long (a year of meetings without tidying up): the chair takes
 * the partners one at a time, overdue first; the screen renders only the group that is open.
 */
test.beforeEach(async ({ page, today }) => {
  await page.clock.install({ time: new Date(`${today}T${new Date().toISOString().slice(11)}`) });
});

test('een lange actielijst staat per organisatie, verlopen eerst, en alleen de geopende groep staat op het scherm', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
  const call = given(app);
  const wijk = call('wijk:list', {}).find((w) => w.name === 'Waterweide')!;
  const team = call('team:get', { wijkId: wijk.id });
  const partners = call('organisation:list', {}).slice(0, 5);
  const october = call('meeting:create', { teamId: team.id, date: '2026-10-27', startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum De Lisdodde' });
  call('meeting:start', { id: october.id });
  const item = call('meeting:get', { id: october.id }).agenda.find((i) => i.kind === 'signalenronde')!;
  const total = 60;
  for (let i = 0; i < total; i++) {
    const owner = partners[i % partners.length]!;
    // Half of the first partner's agreements were due before tonight.
    const deadline = i % 10 === 0 ? '2026-11-10' : '2027-01-31';
    call('action:create', { meetingId: october.id, agendaItemId: item.id, what: `${WORK[i % WORK.length]} ${STREETS[i % STREETS.length]} (${i + 1})`, ownerOrganisationId: owner.id, horizon: 'nu', deadline });
  }
  call('meeting:finish', { id: october.id });
  const november = call('meeting:create', { teamId: team.id, date: '2026-11-24', startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum De Lisdodde' });
  call('meeting:start', { id: november.id });

  await app.open(`/overleg/${november.id}`);
  await page.keyboard.press('2');
  const list = page.getByRole('region', { name: 'Actielijst: openstaande acties uit eerdere overleggen' });
  await expect(list.getByText(`0 van ${total} besproken · 6 verlopen`)).toBeVisible();
  // Collapsed: one header per organisation, not one card of the 60.
  const groups = list.getByRole('group');
  await expect(groups).toHaveCount(partners.length);
  await expect(list.getByRole('button', { expanded: false })).toHaveCount(partners.length);
  await expect(list.getByRole('listitem')).toHaveCount(0);
  await app.capture('30-actielijst-per-organisatie');

  // The first group has the overdue ones; Enter on its header opens it, overdue first.
  const first = groups.first();
  const owner = partners[0]!.name;
  const toggle = list.getByRole('button', { name: owner, exact: true });
  await expect(first).toHaveAccessibleName(owner);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('listitem')).toHaveCount(total / partners.length);
  await expect(first.getByRole('listitem').first().getByText('Verlopen')).toBeVisible();
  const card = first.getByRole('listitem').first();
  await card.getByLabel('Voortgang', { exact: true }).fill('Aannemer is besteld; klaar voor de kerst.');
  await card.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(card.getByText('Besproken', { exact: true })).toBeVisible();
  await expect(first.getByText('1 van 12 besproken')).toBeVisible();
  await app.capture('31-actielijst-groep-open');

  // Closed again, its cards leave the screen; the progress stays.
  await toggle.click();
  await expect(list.getByRole('listitem')).toHaveCount(0);
  await expect(list.getByText(`1 van ${total} besproken · 6 verlopen`)).toBeVisible();
});
