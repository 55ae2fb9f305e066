import { test, expect } from './support/fixtures';
import { given } from './support/arrange';

// The evening of the WCT Waterweide, after a year of agreements that are still open.
test.use({ today: '2026-11-24' });
test.beforeEach(async ({ page, today }) => {
  await page.clock.install({ time: new Date(`${today}T${new Date().toISOString().slice(11)}`) });
});

/**
 * A busy team (36 open actions come back): changing agenda item shows the item at once and does not
 * read the meeting again — the command's answer (the agenda with its timers) is applied in place.
 */
test('een ander agendapunt kiezen leest het overleg niet opnieuw', async ({ app, page }) => {  await app.open();
  await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
  await expect(page.getByRole('heading', { name: 'Start' })).toBeVisible();
  const call = given(app);
  const organisations = call('organisation:list', {});
  const wijk = call('wijk:list', {}).find((w) => w.name === 'Waterweide');
  const team = call('team:get', { wijkId: wijk?.id ?? 0 });
  const october = call('meeting:create', { teamId: team.id, date: '2026-10-27', startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum De Lisdodde' });
  call('meeting:start', { id: october.id });
  const round = call('meeting:get', { id: october.id }).agenda.find((i) => i.kind === 'signalenronde');
  const owners = organisations.slice(0, 5);
  for (let n = 0; n < 36; n++) {
    const org = owners[n % owners.length];
    // The politie's and the first organisation's deadlines have passed: overdue tonight.
    const overdue = n % owners.length === 1 && n < 20;
    call('action:create', {
      meetingId: october.id,
      agendaItemId: round?.id ?? 0,
      what: `Afspraak ${n + 1}: ${['veegronde Kolkbuurt', 'gesprek met bewoners', 'extra controle', 'bewonersavond', 'schouw speelplek'][n % 5]}`,
      ownerOrganisationId: org?.id ?? 0,
      horizon: 'nu',
      deadline: overdue ? '2026-11-10' : '2026-12-15',
    });
  }
  call('meeting:finish', { id: october.id });
  const november = call('meeting:create', { teamId: team.id, date: '2026-11-24', startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum De Lisdodde' });
  call('meeting:start', { id: november.id });
  const roundTitle = call('meeting:get', { id: november.id }).agenda.find((i) => i.kind === 'signalenronde')?.title ?? '';

  await app.open(`/overleg/${november.id}`);
  await page.keyboard.press('2');
  const list = page.getByRole('region', { name: 'Actielijst: openstaande acties uit eerdere overleggen' });
  await expect(list.getByText('0 van 36 besproken · 4 verlopen')).toBeVisible();

  // To the signalenronde and back: the item changes at once, the meeting is not read again.
  const reads: string[] = [];
  const invoke = app.backend.invoke;
  app.backend.invoke = (channel, request) => {
    reads.push(channel);
    return invoke(channel, request);
  };
  await page.keyboard.press('3');
  await expect(page.getByRole('region', { name: `Agendapunt: ${roundTitle}` })).toBeVisible();
  await page.keyboard.press('2');
  await expect(list).toBeVisible();
  await expect.poll(() => reads.filter((c) => c === 'agenda:setCurrent').length).toBe(2);
  expect(reads).not.toContain('meeting:get');
});
