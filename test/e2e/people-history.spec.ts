import { expect, test } from './support/fixtures';

// "Today" is 2026-11-22 (the fixture's default).
test.describe('een overstap naar een andere organisatie', () => {
  test('beëindigt de lidmaatschappen namens de oude organisatie; het WCT toont die onder Oud-leden', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
    await expect(page.getByRole('heading', { name: 'Start' })).toBeVisible();

    await page.getByRole('link', { name: 'Personen' }).click();
    await page.getByLabel('Zoeken in personen').fill('Jeroen');
    await page.getByRole('button', { name: 'Jeroen Peters' }).click();
    const panel = page.getByRole('region', { name: 'Jeroen Peters' });
    const organisation = panel.getByLabel('Organisatie');
    // Said before it happens, and confirmed: a slip in the list changes nothing.
    await expect(organisation).toHaveAccessibleDescription(/eindigen \(na bevestiging\) de teamlidmaatschappen namens de huidige per vandaag/);
    await organisation.selectOption({ label: 'Woonstichting Kustwonen' });
    const confirm = panel.getByRole('group', { name: 'Overstap bevestigen' });
    await expect(confirm).toContainText('Werkt Jeroen Peters nu bij Woonstichting Kustwonen?');
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    await expect(confirm).toBeHidden();
    await expect(organisation).toHaveValue(String(app.backend.db.prepare("SELECT id FROM organisation WHERE name = 'Stichting Welzijn Samen'").pluck().get()));
    expect(app.backend.db.prepare("SELECT count(*) FROM team_member m JOIN person p ON p.id = m.person_id WHERE p.name = 'Jeroen Peters' AND m.until IS NULL").pluck().get()).toBe(2);

    await organisation.selectOption({ label: 'Woonstichting Kustwonen' });
    await confirm.getByRole('button', { name: 'Ja, overstap vastleggen' }).click();

    const notice = panel.getByRole('status').filter({ hasText: 'Jeroen Peters werkt nu bij Woonstichting Kustwonen.' });
    await expect(notice).toContainText(
      'De lidmaatschappen van Wijk-coördinatieteam Molenwijk en Wijk-coördinatieteam Waterweide (namens Stichting Welzijn Samen) zijn beëindigd per 22 november 2026.',
    );
    await expect(notice).toContainText('Blijft Jeroen deelnemen namens Woonstichting Kustwonen? Voeg Jeroen dan opnieuw toe aan de teams.');
    await expect(page.getByRole('row', { name: /Jeroen Peters/ })).toContainText('Woonstichting Kustwonen');
    await app.capture('17-persoon-overstap');

    await notice.getByRole('link', { name: 'Wijk-coördinatieteam Molenwijk' }).click();
    await expect(page.getByRole('heading', { name: 'Wijk-coördinatieteam Molenwijk' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Leden (9)' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Jeroen Peters/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Oud-leden' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Jeroen Peters' })).toHaveText(
      'Jeroen Peters, namens Stichting Welzijn Samen — lid van 1 januari 2025 tot 22 november 2026 (nu Jongerenwerker bij Woonstichting Kustwonen)',
    );
    // Joining again is for the new organisation; the old seat stays in the history.
    await expect(page.getByLabel('Lid toevoegen', { exact: true })).toContainText('Jeroen Peters — Jongerenwerker, Woonstichting Kustwonen');
    await app.capture('18-wct-oud-lid-na-overstap');
  });
});
