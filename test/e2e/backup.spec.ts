import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from './support/fixtures';
import { given } from './support/arrange';
import type { AppFixture } from './support/fixtures';

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
  const copy = new Database(file, { readonly: true });
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
