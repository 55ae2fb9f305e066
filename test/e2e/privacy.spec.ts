import { test, expect } from './support/fixtures';
import { given } from './support/arrange';

test.beforeEach(async ({ page, today }) => {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
});

test('privacy en logboek: de wijkmanager zet haar naam, ziet de bewaartermijnen, schoont op en leest per signaal wie wat wijzigde', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
  await expect(page.getByRole('heading', { name: 'Start' })).toBeVisible();

  // In March a confidential signal was closed in WCT Waterweide: by now past its retention term.
  const call = given(app);
  const wijk = call('wijk:list', {}).find((w) => w.name === 'Waterweide')!;
  const team = call('team:get', { wijkId: wijk.id });
  const march = call('meeting:create', { teamId: team.id, date: '2026-03-10', startTime: '09:30', endTime: '11:30', place: 'Dorpshuis Waterweide' });
  call('meeting:start', { id: march.id });
  const signal = call('signal:create', {
    meetingId: march.id,
    title: 'Zorgen over een bewoner in de Kolkbuurt',
    description: 'Bewoner (ca. 70) verwaarloost zichzelf; buren maken zich zorgen.',
    broughtByOrganisationId: call('organisation:list', {}).find((o) => o.name === 'Woonstichting Kustwonen')!.id,
    theme: 'zorg',
    sensitivity: 'vertrouwelijk',
    status: 'afgehandeld',
    outcome: 'Opgenomen in zorgcentrum De Linde.',
  });
  call('meeting:finish', { id: march.id });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('link', { name: 'Privacy en logboek' }).click();
  await expect(page.getByRole('heading', { name: 'Privacy en logboek', level: 1 })).toBeVisible();
  await expect(page.getByTestId('audit-actor')).toContainText('(computeraccount)');
  await expect(page.getByText('6 maanden na afhandeling gewist', { exact: false })).toBeVisible();
  await expect(page.getByText('24 maanden', { exact: true })).toBeVisible();

  // The name the logboek records from now on.
  await page.getByLabel('Uw naam').fill('Fatima Yilmaz');
  await page.getByLabel('Uw rol').selectOption({ label: 'Wijkmanager' });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('audit-actor')).toHaveText('Fatima Yilmaz (Wijkmanager)');

  await page.getByRole('button', { name: 'Nu opschonen' }).click();
  await expect(page.getByText(/1 vertrouwelijk signaal \(afgehandeld vóór .*\) gewist/)).toBeVisible();
  const log = page.getByRole('table', { name: 'Logboek van alle wijzigingen' });
  const wiped = log.getByRole('row').filter({ hasText: 'Gewist na bewaartermijn' }).filter({ hasText: 'Zorgen over een bewoner in de Kolkbuurt' });
  await expect(wiped.first()).toContainText('Wijkoverleg (automatisch, bewaartermijn)');
  await expect(wiped.first()).toContainText('Omschrijving');
  // The logboek names fields, never their content.
  await expect(page.getByText(/verwaarloost|De Linde/)).toHaveCount(0);
  await app.capture('60-privacy-en-logboek-1366');
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.capture('60-privacy-en-logboek');

  // The signal's own history: created, then wiped by the app itself.
  await page.getByRole('link', { name: 'Alle signalen' }).click();
  await page.getByRole('region', { name: 'Signalen' }).getByRole('button', { name: 'Zorgen over een bewoner in de Kolkbuurt' }).click();
  const panel = page.getByRole('region', { name: 'Zorgen over een bewoner in de Kolkbuurt' });
  await panel.getByText('Wijzigingen (logboek)').click();
  const history = panel.getByRole('list', { name: 'Wijzigingen van Zorgen over een bewoner in de Kolkbuurt' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Gewist na bewaartermijn — Omschrijving');
  await expect(history.getByRole('listitem').last()).toContainText('Aangemaakt');
  await expect(panel.getByText('Gewist na de bewaartermijn.')).toBeVisible();
  await app.capture('61-signaal-logboek');
  expect(call('audit:list', { entity: 'signal', recordId: signal.id }).total).toBe(2);
});
