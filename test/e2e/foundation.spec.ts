import { test, expect } from './support/fixtures';

test.describe('een nieuwe gemeente inrichten', () => {
  test('de wijkmanager richt Den Helder in, stelt het WCT samen en vindt alles terug na een herstart', async ({ app, page }) => {
    await app.open();
    await expect(page.getByRole('heading', { name: 'Welkom bij Wijkoverleg' })).toBeVisible();
    await app.capture('01-welkom');

    // A set-up without wijken is refused in Dutch and nothing is stored.
    await page.getByLabel('Naam van de gemeente').fill('Den Helder');
    await page.getByRole('button', { name: 'Gemeente inrichten' }).click();
    await expect(page.getByText('Voeg minstens één wijk toe.').first()).toBeVisible();
    expect(app.backend.dispatch('app:info', {})).toMatchObject({ ok: true, data: { isSetUp: false } });

    await page.getByLabel('Wijken').fill('Nieuw Den Helder\nJulianadorp\nDe Schooten');
    await page.getByRole('button', { name: 'Gemeente inrichten' }).click();
    await expect(page.getByRole('heading', { name: 'Start' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Julianadorp' })).toBeVisible();

    // Wijken en buurten
    await page.getByRole('link', { name: 'Gemeente en wijken' }).click();
    await page.getByLabel('Nieuwe buurt in Julianadorp').fill('Zuiderhaven');
    await page.getByLabel('Nieuwe buurt in Julianadorp').press('Enter');
    await expect(page.getByLabel('Buurt in Julianadorp', { exact: true })).toHaveValue('Zuiderhaven');
    await page.getByLabel('Nieuwe buurt in Julianadorp').fill('Noorderhaven');
    await page.getByRole('button', { name: 'Buurt toevoegen' }).nth(1).click();
    await expect(page.getByLabel('Buurt in Julianadorp', { exact: true })).toHaveCount(2);
    // A duplicate buurt: Dutch message, nothing added.
    await page.getByLabel('Nieuwe buurt in Julianadorp').fill('zuiderhaven');
    await page.getByLabel('Nieuwe buurt in Julianadorp').press('Enter');
    await expect(page.getByText('Deze buurt bestaat al in deze wijk.')).toBeVisible();
    await expect(page.getByLabel('Buurt in Julianadorp', { exact: true })).toHaveCount(2);
    await page.getByLabel('Naam van de nieuwe wijk').fill('Den Helder-Centrum');
    await page.getByRole('button', { name: 'Wijk toevoegen' }).click();
    await expect(page.getByRole('region', { name: 'Wijk Den Helder-Centrum' })).toBeVisible();
    await app.capture('02-gemeente-en-wijken');

    // Partnerorganisaties
    await page.getByRole('link', { name: 'Partnerorganisaties' }).click();
    await page.getByRole('button', { name: 'Nieuwe organisatie' }).click();
    const form = page.getByRole('region', { name: 'Nieuwe organisatie' });
    await form.getByLabel('Naam').fill('Woonstichting Den Helder');
    await form.getByLabel('Soort organisatie').selectOption({ label: 'Woningcorporatie' });
    await form.getByLabel('Aanwezigheid bij het WCT is verplicht (prestatieafspraken)').check();
    await form.getByLabel('E-mailadres').fill('info@woonstichting');
    await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await expect(form.getByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.')).toBeVisible();
    // The typed name is still there after the refusal: nothing lost.
    await expect(form.getByLabel('Naam')).toHaveValue('Woonstichting Den Helder');
    expect(app.backend.db.prepare('SELECT count(*) AS n FROM organisation').get()).toEqual({ n: 0 });
    await form.getByLabel('E-mailadres').fill('info@woonstichtingdenhelder.nl');
    await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await expect(page.getByRole('region', { name: 'Woonstichting Den Helder' })).toBeVisible();

    for (const [name, kind] of [
      ['Politie basisteam Den Helder', 'Politie'],
      ['Gemeente Den Helder — Wijkbeheer', 'Gemeente (team of afdeling)'],
    ] as const) {
      await page.getByRole('button', { name: 'Nieuwe organisatie' }).click();
      const f = page.getByRole('region', { name: 'Nieuwe organisatie' });
      await f.getByLabel('Naam').fill(name);
      await f.getByLabel('Soort organisatie').selectOption({ label: kind });
      await f.getByRole('button', { name: 'Organisatie toevoegen' }).click();
      await expect(page.getByRole('region', { name })).toBeVisible();
    }
    // Autosave in the detail panel: change a field, leave it, and it is stored.
    await page.getByRole('button', { name: 'Politie basisteam Den Helder' }).click();
    const detail = page.getByRole('region', { name: 'Politie basisteam Den Helder' });
    await detail.getByLabel('Telefoonnummer').fill('0900 8844');
    await detail.getByLabel('Telefoonnummer').blur();
    await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
    await app.capture('03-partnerorganisaties');

    // Personen
    await page.getByRole('link', { name: 'Personen' }).click();
    const people = [
      ['Marieke de Vries', 'Gemeente Den Helder — Wijkbeheer', 'Wijkmanager'],
      ['Sanne Visser', 'Gemeente Den Helder — Wijkbeheer', 'Secretaris'],
      ['Erik Dekker', 'Politie basisteam Den Helder', 'Wijkagent'],
      ['Linda Brouwer', 'Woonstichting Den Helder', 'Sociaal wijkmeester'],
    ] as const;
    for (const [name, organisation, role] of people) {
      await page.getByRole('button', { name: 'Nieuwe persoon' }).click();
      const f = page.getByRole('region', { name: 'Nieuwe persoon' });
      await f.getByLabel('Naam').fill(name);
      await f.getByLabel('Organisatie').selectOption({ label: organisation });
      await f.getByLabel('Functie').fill(role);
      await f.getByRole('button', { name: 'Persoon toevoegen' }).click();
      await expect(page.getByRole('region', { name })).toBeVisible();
    }
    await expect(page.getByText('4 rijen')).toBeVisible();
    await app.capture('04-personen');

    // Het wijk-coördinatieteam van Julianadorp
    await page.getByRole('link', { name: 'Wijk-coördinatieteams' }).click();
    await page.getByRole('navigation', { name: 'Wijken' }).getByRole('link', { name: 'Julianadorp' }).click();
    await expect(page.getByRole('heading', { name: 'Wijk-coördinatieteam Julianadorp' })).toBeVisible();
    for (const [name, organisation, role] of people) {
      await page.getByLabel('Lid toevoegen', { exact: true }).selectOption({ label: `${name} — ${role}, ${organisation}` });
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await expect(page.getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
    }
    await page.getByLabel('Voorzitter (wijkmanager)').selectOption({ label: 'Marieke de Vries (Gemeente Den Helder — Wijkbeheer)' });
    await page.getByLabel('Secretaris / notulist').selectOption({ label: 'Sanne Visser (Gemeente Den Helder — Wijkbeheer)' });
    await expect(page.getByRole('rowheader', { name: /Marieke de Vries.*Voorzitter/ })).toBeVisible();
    await app.capture('05-wct');

    // A real restart: the back end reopens the file; everything is still there.
    await app.restart();
    await page.getByRole('link', { name: 'Wijk-coördinatieteams' }).click();
    await page.getByRole('navigation', { name: 'Wijken' }).getByRole('link', { name: 'Julianadorp' }).click();
    await expect(page.getByRole('heading', { name: 'Leden (4)' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Marieke de Vries.*Voorzitter/ })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Sanne Visser.*Secretaris/ })).toBeVisible();
    await page.getByRole('link', { name: 'Partnerorganisaties' }).click();
    await page.getByRole('button', { name: 'Politie basisteam Den Helder' }).click();
    await expect(page.getByRole('region', { name: 'Politie basisteam Den Helder' }).getByLabel('Telefoonnummer')).toHaveValue('0900 8844');
    await page.getByRole('link', { name: 'Gemeente en wijken' }).click();
    await expect(page.getByLabel('Buurt in Julianadorp', { exact: true })).toHaveCount(2);
  });
});

test.describe('de Voorbeeldgemeente', () => {
  test('opent met wijken, partners, mensen en teams, en elk beheerscherm is toegankelijk', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
    await expect(page.getByRole('heading', { name: 'Start' })).toBeVisible();
    await expect(page.getByText('Voorbeeldgemeente', { exact: true })).toBeVisible();
    await app.capture('10-voorbeeld-start');

    await page.getByRole('link', { name: 'Wijk-coördinatieteams' }).click();
    await expect(page.getByRole('heading', { name: 'Wijk-coördinatieteam Binnenstad' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Marieke de Vries.*Voorzitter/ })).toBeVisible();
    await app.capture('11-voorbeeld-wct');
    await page.getByRole('navigation', { name: 'Wijken' }).getByRole('link', { name: 'Molenwijk' }).click();
    await expect(page.getByRole('heading', { name: 'Oud-leden' })).toBeVisible();
    await expect(page.getByText(/Henk Postma.*uit dienst/)).toBeVisible();

    await page.getByRole('link', { name: 'Partnerorganisaties' }).click();
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Politie' });
    await expect(page.getByText('1 van 11 rijen')).toBeVisible();
    await page.getByRole('button', { name: 'Politie basisteam Kop van Noord' }).click();
    await app.capture('12-voorbeeld-organisaties');

    await page.getByRole('link', { name: 'Personen' }).click();
    await page.getByLabel('Zoeken in personen').fill('wijkagent');
    await expect(page.getByText('3 van 30 rijen')).toBeVisible();
    await page.getByRole('button', { name: 'Erik Dekker' }).click();
    await app.capture('13-voorbeeld-personen');

    await page.getByRole('link', { name: 'Gemeente en wijken' }).click();
    await expect(page.getByRole('region', { name: 'Wijk Noorderhaven' })).toBeVisible();
    await app.capture('14-voorbeeld-gemeente');

    await page.getByRole('link', { name: 'Over Wijkoverleg' }).click();
    await expect(page.getByTestId('database-path')).toHaveText(app.databasePath);
    await app.capture('15-over');
  });

  test('een persoon die vertrekt blijft bewaard; foute invoer verandert niets', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
    await page.getByRole('link', { name: 'Personen' }).click();
    await page.getByRole('button', { name: 'Linda Brouwer' }).click();
    const panel = page.getByRole('region', { name: 'Linda Brouwer' });

    // Bad e-mail: Dutch message next to the field, the stored value is unchanged.
    await panel.getByLabel('E-mailadres').fill('linda@kustwonen');
    await panel.getByLabel('E-mailadres').blur();
    await expect(panel.getByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.')).toBeVisible();
    await expect(panel.getByLabel('E-mailadres')).toHaveValue('linda@kustwonen');
    expect(app.backend.db.prepare("SELECT email FROM person WHERE name = 'Linda Brouwer'").get()).toEqual({ email: 'l.brouwer@kustwonen.nl' });
    // An empty name is refused too.
    await panel.getByLabel('Naam').fill('');
    await panel.getByLabel('Naam').blur();
    await expect(panel.getByText('Naam is verplicht.')).toBeVisible();
    await app.capture('20-foute-invoer');
    await panel.getByLabel('Naam').fill('Linda Brouwer');
    await panel.getByLabel('E-mailadres').fill('l.brouwer@kustwonen.nl');
    await panel.getByLabel('E-mailadres').blur();
    await expect(panel.getByText('Vul een geldig e-mailadres in', { exact: false })).toHaveCount(0);

    await panel.getByLabel('Uit dienst per').fill('2026-11-01');
    await panel.getByRole('button', { name: 'Uit dienst melden' }).click();
    await expect(page.getByText('Uit dienst sinds 1 november 2026.', { exact: false })).toBeVisible();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Uit dienst' });
    await expect(page.getByRole('button', { name: 'Linda Brouwer' })).toBeVisible();

    await page.getByRole('link', { name: 'Wijk-coördinatieteams' }).click();
    await expect(page.getByText(/Linda Brouwer, Sociaal wijkmeester .* tot 1 november 2026 \(uit dienst\)/).first()).toBeVisible();
  });
});
