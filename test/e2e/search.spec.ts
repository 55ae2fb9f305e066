import { test, expect, type Page } from './support/fixtures';
import { given } from './support/arrange';
import type { AppFixture } from './support/fixtures';

test.beforeEach(async ({ page, today }) => {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
});

async function openVoorbeeldgemeente(app: AppFixture, page: Page) {
  await app.open();
  await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
  await expect(page.getByRole('heading', { name: 'Start' })).toBeVisible();
}

test('zoeken: de secretaris vindt een oud signaal terug zonder accenten of hele woorden, en opent het', async ({ app, page }) => {
  await openVoorbeeldgemeente(app, page);
  // A vertrouwelijk signal with a word no other record has: found, but its text stays covered.
  const call = given(app);
  const meeting = call('meeting:list', {}).find((m) => m.status !== 'afgerond');
  expect(meeting).toBeDefined();
  const organisation = call('organisation:list', {})[0];
  call('signal:create', {
    meetingId: meeting?.id ?? 0,
    title: 'Zorgen om een bewoner van de Scheepmakerij',
    description: 'Mevrouw op nummer 8 is sinds de operatie niet meer buiten geweest.',
    broughtByOrganisationId: organisation?.id ?? 0,
    theme: 'zorg',
    sensitivity: 'vertrouwelijk',
  });

  await page.getByRole('link', { name: 'Zoeken' }).click();
  await expect(page.getByRole('heading', { name: 'Zoeken', level: 1 })).toBeVisible();
  await app.capture('45-zoeken-leeg');

  // Word beginnings, no capitals: "hangjong" finds "Hangjongeren".
  const field = page.getByLabel('Zoek naar');
  await field.fill('hangjong wieken');
  const results = page.getByRole('list', { name: 'Zoekresultaten' });
  await expect(results.getByRole('link', { name: 'Hangjongeren bij winkelcentrum De Wieken' })).toBeVisible();
  await expect(results.locator('mark').first()).toBeVisible();
  await app.capture('46-zoeken-resultaten');

  // Only actions: the signal itself drops out.
  await page.getByLabel('Soort').selectOption({ label: 'Actie' });
  await expect(results.getByRole('link', { name: 'Hangjongeren bij winkelcentrum De Wieken' })).toHaveCount(0);
  await page.getByLabel('Soort').selectOption({ label: 'Alles' });

  // The confidential one is found by a word of its description, which is not shown.
  await field.fill('scheepmaker');
  const hit = results.getByRole('listitem').filter({ hasText: 'Zorgen om een bewoner van de Scheepmakerij' });
  await expect(hit).toBeVisible();
  await expect(hit.getByText('Vertrouwelijk')).toBeVisible();
  await expect(hit).toContainText('Details afgeschermd');
  await expect(hit).not.toContainText('operatie');

  // An impossible period is refused in Dutch.
  await page.getByLabel('Vanaf').fill('2026-12-01');
  await page.getByLabel('Tot en met').fill('2026-01-01');
  await expect(page.getByText('De einddatum ligt vóór de begindatum.')).toBeVisible();
  await page.getByLabel('Vanaf').fill('');
  await page.getByLabel('Tot en met').fill('');

  // A result opens the record: the signal in Alle signalen.
  await field.fill('hangjongeren');
  await results.getByRole('link', { name: 'Hangjongeren bij winkelcentrum De Wieken' }).first().click();
  await expect(page.getByRole('heading', { name: 'Alle signalen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hangjongeren bij winkelcentrum De Wieken' })).toBeVisible();

  // What the notulist wrote in a verslag is found too, named as the verslag, and opens it.
  const [verslag, ...others] = call('search:query', { text: 'spreekuur digitale', kind: 'verslag' }).results;
  expect(others).toEqual([]);
  await page.getByRole('link', { name: 'Zoeken' }).click();
  await page.getByLabel('Soort').selectOption({ label: 'Verslag' });
  await field.fill('spreekuur digitale');
  const verslagHit = results.getByRole('listitem').filter({ hasText: 'Verslag' });
  await expect(verslagHit).toHaveCount(1);
  await expect(verslagHit.locator('mark').first()).toHaveText(/spreekuur/i);
  await app.capture('47-zoeken-verslag');
  await verslagHit.getByRole('link', { name: verslag?.title ?? '' }).click();
  await expect(page).toHaveURL(new RegExp(`#/verslag/${verslag?.meetingId}$`));
  await expect(page.getByRole('heading', { name: verslag?.title ?? '', level: 1 })).toBeVisible();
});
