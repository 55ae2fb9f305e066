import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { test, expect } from './support/fixtures';
import { given } from './support/arrange';
import type { AppFixture } from './support/fixtures';
import type { Page } from '@playwright/test';
import { TEST_KEY, openWithTestKey } from '../support/keys';
import { formatRecoveryKey } from '../../domain/recoveryKey';
import { newDatabaseKey } from '../../db/encryption';

test.use({ viewport: { width: 1366, height: 768 } });

test.beforeEach(async ({ page, today }) => {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
});

/** Den Helder with WCT Molenwijk and its next meeting, where the wijkmeester brought in a signal. */
function arrangeMolenwijk(app: AppFixture) {
  const call = given(app);
  call('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Molenwijk' }] });
  const wijk = call('wijk:list', {})[0]!;
  const corporatie = call('organisation:create', { name: 'Woonstichting Kustwonen', kind: 'woningcorporatie', attendanceRequired: true });
  const wijkmeester = call('person:create', { name: 'Ahmed Bouzid', organisationId: corporatie.id, role: 'Sociaal wijkmeester', email: 'a.bouzid@kustwonen.nl' });
  const team = call('team:get', { wijkId: wijk.id });
  call('team:addMember', { teamId: team.id, personId: wijkmeester.id, since: '2026-01-01' });
  const meeting = call('meeting:create', { teamId: team.id, date: '2026-11-24', startTime: '09:30', endTime: '11:30', place: 'Wijkcentrum De Wieken' });
  const signal = (title: string) =>
    call('signal:create', { meetingId: meeting.id, title, description: 'Gemeld door bewoners van de Molenkamp.', theme: 'openbare_ruimte', broughtByPersonId: wijkmeester.id });
  signal('Kapotte lantaarnpalen Molenkamp');
  return { signal };
}

test('de secretaris maakt een back-up, zet hem terug na een vergissing, en de gegevens van dat moment zijn terug', async ({ app, page }) => {
  const { signal } = arrangeMolenwijk(app);
  await app.open('/back-ups');
  await expect(page.getByRole('heading', { name: 'Back-ups', level: 1 })).toBeVisible();
  // Where the automatic backups live is on the screen.
  await expect(page.getByTestId('backup-folder')).toHaveText(app.storageFolder());

  await page.getByRole('button', { name: 'Back-up maken' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Back-up opgeslagen' });
  await expect(saved).toBeVisible();
  const file = (await saved.locator('.wo-notice__line').textContent()) ?? '';
  expect(basename(file)).toMatch(/^Wijkoverleg back-up 2026-11-22 \d\d\.\d\d\.sqlite$/);
  expect(existsSync(file)).toBe(true);
  const copy = openWithTestKey(file, { readonly: true });
  expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(copy.prepare('SELECT title FROM signal').pluck().all()).toEqual(['Kapotte lantaarnpalen Molenkamp']);
  copy.close();
  await app.capture('back-ups-gemaakt-1366');

  // Later that day: a signal entered by mistake in the wrong gemeente file.
  signal('Verkeerd ingevoerd: wateroverlast Stationsplein');
  await page.getByRole('link', { name: 'Alle signalen' }).click();
  await expect(page.getByText('Verkeerd ingevoerd: wateroverlast Stationsplein')).toBeVisible();

  await page.getByRole('link', { name: 'Back-ups' }).click();
  await page.getByRole('button', { name: 'Ander back-upbestand kiezen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten?' });
  await expect(dialog).toBeVisible();
  await app.capture('back-up-terugzetten-bevestigen-1366');
  app.chooseFile(file);
  await dialog.getByRole('button', { name: 'Bestand kiezen en terugzetten' }).click();

  const restored = page.getByRole('status').filter({ hasText: 'De back-up is teruggezet.' });
  await expect(restored).toContainText('U werkt nu met de gegevens van zondag 22 november 2026 om ');
  await expect(restored).toContainText('De gegevens van vlak vóór het terugzetten zijn bewaard als automatische back-up');
  const keptRow = page.getByRole('row').filter({ hasText: 'Voor het terugzetten van een back-up' });
  await expect(keptRow).toHaveCount(1);
  await app.capture('back-up-teruggezet-1366');

  await page.getByRole('link', { name: 'Alle signalen' }).click();
  await expect(page.getByText('Kapotte lantaarnpalen Molenkamp')).toBeVisible();
  await expect(page.getByText('Verkeerd ingevoerd: wateroverlast Stationsplein')).toHaveCount(0);

  // And back again: the backup made just before the restore holds the later signal.
  await page.getByRole('link', { name: 'Back-ups' }).click();
  await keptRow.getByRole('button', { name: /terugzetten$/ }).click();
  await page.getByRole('dialog', { name: 'Back-up terugzetten?' }).getByRole('button', { name: 'Terugzetten', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De back-up is teruggezet.' })).toBeVisible();
  await page.getByRole('link', { name: 'Alle signalen' }).click();
  await expect(page.getByText('Verkeerd ingevoerd: wateroverlast Stationsplein')).toBeVisible();
});

test('een beschadigd databasebestand: Wijkoverleg biedt de meest recente goede back-up aan en zet die terug', async ({ app, page }) => {
  const { signal } = arrangeMolenwijk(app);
  await app.open();
  // The next start (first of the day with a gemeente) makes the daily backup.
  await app.restart();
  signal('Na de laatste back-up ingevoerd');
  const root = app.backend.db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'signal'").pluck().get() as number;
  await app.restart(() => {
    // A crash of the disk wrote garbage over the signal table's page.
    const fd = openSync(app.databasePath, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, (root - 1) * 4096);
    closeSync(fd);
  });

  await expect(page.getByRole('heading', { name: 'De gegevens van Wijkoverleg moeten worden hersteld' })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('Het databasebestand van Wijkoverleg is beschadigd.');
  await expect(page.getByText(/^zondag 22 november 2026 om \d\d:\d\d$/)).toBeVisible();
  await app.capture('herstel-beschadigde-database-1366');

  await page.getByRole('button', { name: 'Deze back-up terugzetten' }).click();
  await expect(page.getByRole('heading', { name: 'Back-ups', level: 1 })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'De back-up is teruggezet.' });
  await expect(notice).toContainText('Het beschadigde bestand is apart gezet voor onderzoek');
  await page.getByRole('link', { name: 'Alle signalen' }).click();
  await expect(page.getByText('Kapotte lantaarnpalen Molenkamp')).toBeVisible();
  await expect(page.getByText('Na de laatste back-up ingevoerd')).toHaveCount(0);
});

/** Beheer › Back-ups › Back-up maken: the file the app says it saved. */
async function makeBackup(app: AppFixture, page: Page): Promise<string> {
  await app.open('/back-ups');
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Back-up opgeslagen' });
  return (await saved.locator('.wo-notice__line').textContent()) ?? '';
}

test('de secretaris drukt de herstelsleutel af, en zet een back-up terug met de herstelsleutel (een tikfout wordt opgemerkt)', async ({ app, page }) => {
  arrangeMolenwijk(app);
  const file = await makeBackup(app, page);

  const card = page.getByRole('region', { name: 'Herstelsleutel', exact: true });
  await expect(card).toContainText('Zonder herstelsleutel kan niemand de back-ups meer openen');
  await card.getByRole('button', { name: 'Herstelsleutel tonen' }).click();
  const shown = card.getByTestId('herstelsleutel');
  await expect(shown).toHaveText(formatRecoveryKey(TEST_KEY));
  await expect(card.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await shown.scrollIntoViewIfNeeded();
  await app.capture('herstelsleutel-1366');

  const form = page.getByRole('region', { name: 'Terugzetten met herstelsleutel' });
  const field = form.getByLabel('Herstelsleutel');
  const groups = formatRecoveryKey(TEST_KEY).split('-');
  // One wrong character in the fifth group, as happens when copying from paper.
  const typo = [...groups];
  typo[4] = `${typo[4]!.startsWith('7') ? '8' : '7'}${typo[4]!.slice(1)}`;
  await field.fill(typo.join(' '));
  await form.getByRole('button', { name: 'Bestand kiezen en terugzetten' }).click();
  await expect(form.getByRole('alert')).toHaveText('Groep 5 van de herstelsleutel klopt niet: waarschijnlijk een tikfout. Controleer de 5 tekens van groep 5.');
  await app.capture('herstelsleutel-tikfout-1366');

  await field.fill(groups.join(' ').toLowerCase());
  app.chooseFile(file);
  await form.getByRole('button', { name: 'Bestand kiezen en terugzetten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De back-up is teruggezet.' })).toBeVisible();
  await page.getByRole('link', { name: 'Alle signalen' }).click();
  await expect(page.getByText('Kapotte lantaarnpalen Molenkamp')).toBeVisible();
});

test('een nieuwe laptop: de database opent niet met de sleutel van deze laptop, de herstelsleutel en een back-up brengen alles terug', async ({ app, page }) => {
  arrangeMolenwijk(app);
  const file = await makeBackup(app, page);

  // The key store is not the one the data was encrypted with (a new laptop, a reset key store).
  await app.restart(() => app.keys.replaceKey(newDatabaseKey()));
  await expect(page.getByRole('heading', { name: 'De gegevens van Wijkoverleg moeten worden hersteld' })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('versleuteld met een andere sleutel');
  await expect(page.getByRole('heading', { name: 'Meest recente goede back-up' })).toHaveCount(0);
  const form = page.getByRole('region', { name: 'Terugzetten met herstelsleutel' });
  await form.getByLabel('Herstelsleutel').fill(formatRecoveryKey(TEST_KEY));
  await app.capture('herstel-andere-sleutel-1366');

  app.chooseFile(file);
  await form.getByRole('button', { name: 'Bestand kiezen en terugzetten' }).click();
  await expect(page.getByRole('heading', { name: 'Back-ups', level: 1 })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'De back-up is teruggezet.' });
  await expect(notice).toContainText('Het databasebestand dat met een andere sleutel was versleuteld, is apart bewaard:');
  await expect(notice).toContainText('andere-sleutel-');
  // The herstelsleutel's key is this laptop's key now: the printed sheet stays valid.
  expect(app.keys.databaseKey().equals(TEST_KEY)).toBe(true);
  await page.getByRole('link', { name: 'Alle signalen' }).click();
  await expect(page.getByText('Kapotte lantaarnpalen Molenkamp')).toBeVisible();
});
