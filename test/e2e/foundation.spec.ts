import { test, expect } from './support/fixtures';
import { given } from './support/arrange';

test.describe('een nieuwe gemeente inrichten', () => {
  test('de wijkmanager richt Den Helder in, stelt het WCT samen en vindt alles terug na een herstart', async ({ app, page }) => {
    // A dozen screens, each with its layout and axe check, and a restart: more than the default minute under load.
    test.slow();
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
    // The Start screen says what to set up next, in order, and what is done.
    const steps = page.getByRole('region', { name: 'Wijkoverleg inrichten' }).getByRole('listitem');
    await expect(steps).toHaveText([/^Gemeente en wijken Gedaan/, /^Partnerorganisaties Volgende stap/, /^Personen Nog te doen/, /^Wijk-coördinatieteam Nog te doen.*voorzitter en notulist kiest u daarna uit die leden/, /^Eerste overleg plannen Nog te doen/]);
    await app.capture('01b-start-inrichten');

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
    // Renaming a buurt to one that exists: Dutch message at the field, the stored name stays.
    const noorderhaven = page.getByLabel('Buurt in Julianadorp', { exact: true }).first();
    await expect(noorderhaven).toHaveValue('Noorderhaven');
    await noorderhaven.fill('Zuiderhaven');
    await noorderhaven.blur();
    const buurten = page.getByRole('region', { name: 'Wijk Julianadorp' }).getByRole('listitem');
    await expect(buurten.first().getByRole('alert')).toHaveText('Deze buurt bestaat al in deze wijk.');
    expect(app.backend.db.prepare('SELECT name FROM buurt ORDER BY name').all()).toEqual([{ name: 'Noorderhaven' }, { name: 'Zuiderhaven' }]);
    await noorderhaven.fill('Noorderhaven');
    await noorderhaven.blur();
    await expect(buurten.getByRole('alert')).toHaveCount(0);
    // A buurt removed elsewhere meanwhile: renaming it says so (a message without a field).
    const { id: noorderhavenId } = app.backend.db.prepare("SELECT id FROM buurt WHERE name = 'Noorderhaven'").get() as { id: number };
    given(app)('buurt:delete', { id: noorderhavenId });
    await noorderhaven.fill('Noorderhaven-Oost');
    await noorderhaven.blur();
    await expect(buurten.first().getByRole('alert')).toHaveText('Deze buurt bestaat niet (meer).');
    await app.reload();
    await expect(page.getByLabel('Buurt in Julianadorp', { exact: true })).toHaveCount(1);
    await page.getByLabel('Nieuwe buurt in Julianadorp').fill('Noorderhaven');
    await page.getByLabel('Nieuwe buurt in Julianadorp').press('Enter');
    await expect(page.getByLabel('Buurt in Julianadorp', { exact: true })).toHaveCount(2);
    await expect(noorderhaven).toHaveValue('Noorderhaven');
    // A wijk without a name, or with the name of another wijk: Dutch message, nothing added.
    const newWijk = page.getByRole('region', { name: 'Wijk toevoegen' });
    await newWijk.getByRole('button', { name: 'Wijk toevoegen' }).click();
    await expect(newWijk.getByText('Naam van de wijk is verplicht.')).toBeVisible();
    await newWijk.getByLabel('Naam van de nieuwe wijk').fill('julianadorp');
    await newWijk.getByRole('button', { name: 'Wijk toevoegen' }).click();
    await expect(newWijk.getByText('Deze naam is al in gebruik.')).toBeVisible();
    await expect(newWijk.getByLabel('Naam van de nieuwe wijk')).toHaveValue('julianadorp');
    expect(app.backend.db.prepare('SELECT count(*) AS n FROM wijk').get()).toEqual({ n: 3 });
    await newWijk.getByLabel('Naam van de nieuwe wijk').fill('Den Helder-Centrum');
    await newWijk.getByRole('button', { name: 'Wijk toevoegen' }).click();
    await expect(page.getByRole('region', { name: 'Wijk Den Helder-Centrum' })).toBeVisible();
    await expect(newWijk.getByText('Deze naam is al in gebruik.')).toHaveCount(0);
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
    // An e-mail address the browser itself would refuse: our Dutch message, not the browser's bubble.
    await page.getByRole('button', { name: 'Nieuwe persoon' }).click();
    const newPerson = page.getByRole('region', { name: 'Nieuwe persoon' });
    await newPerson.getByLabel('Naam').fill('Sanne Visser');
    await newPerson.getByLabel('Organisatie').selectOption({ label: 'Gemeente Den Helder — Wijkbeheer' });
    await newPerson.getByLabel('Functie').fill('Secretaris');
    await newPerson.getByLabel('E-mailadres').fill('abc');
    await newPerson.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await expect(newPerson.getByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.')).toBeVisible();
    await app.capture('04a-persoon-fout-e-mailadres');
    expect(app.backend.db.prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 0 });
    await newPerson.getByRole('button', { name: 'Annuleren' }).click();
    const people = [
      ['Marieke de Vries', 'Gemeente Den Helder — Wijkbeheer', 'Wijkmanager', null],
      ['Sanne Visser', 'Gemeente Den Helder — Wijkbeheer', 'Secretaris', 's.visser@denhelder.nl'],
      ['Erik Dekker', 'Politie basisteam Den Helder', 'Wijkagent', null],
      ['Linda Brouwer', 'Woonstichting Den Helder', 'Sociaal wijkmeester', null],
    ] as const;
    for (const [name, organisation, role, email] of people) {
      await page.getByRole('button', { name: 'Nieuwe persoon' }).click();
      const f = page.getByRole('region', { name: 'Nieuwe persoon' });
      await f.getByLabel('Naam').fill(name);
      await f.getByLabel('Organisatie').selectOption({ label: organisation });
      await f.getByLabel('Functie').fill(role);
      if (email) await f.getByLabel('E-mailadres').fill(email);
      await f.getByRole('button', { name: 'Persoon toevoegen' }).click();
      await expect(page.getByRole('region', { name })).toBeVisible();
    }
    await expect(page.getByText('4 rijen')).toBeVisible();
    await app.capture('04-personen');
    // The search covers the e-mail column too, though the first row (Erik Dekker) has no address.
    await page.getByLabel('Zoeken in personen').fill('visser@denhelder');
    await expect(page.getByText('1 van 4 rijen')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sanne Visser' })).toBeVisible();
    await page.getByLabel('Zoeken in personen').fill('');

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
    await expect(page.getByRole('banner').getByText('Voorbeeldgemeente', { exact: true })).toBeVisible();
    await app.capture('10-voorbeeld-start');

    await page.getByRole('link', { name: 'Wijk-coördinatieteams' }).click();
    await expect(page.getByRole('heading', { name: 'Wijk-coördinatieteam Binnenstad' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Marieke de Vries.*Voorzitter/ })).toBeVisible();
    await app.capture('11-voorbeeld-wct');
    await page.getByRole('navigation', { name: 'Wijken' }).getByRole('link', { name: 'Molenwijk' }).click();
    await expect(page.getByRole('heading', { name: 'Oud-leden' })).toBeVisible();
    await expect(page.getByText(/Henk Postma.*uit dienst/)).toBeVisible();

    await page.getByRole('link', { name: 'Partnerorganisaties' }).click();
    // The search finds the kind by the label shown, not by its code.
    await page.getByLabel('Zoeken in partnerorganisaties').fill('Welzijnsorganisatie');
    await expect(page.getByText('1 van 11 rijen')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stichting Welzijn Samen' })).toBeVisible();
    await page.getByLabel('Zoeken in partnerorganisaties').fill('');
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Politie' });
    await expect(page.getByText('1 van 11 rijen')).toBeVisible();
    await page.getByRole('button', { name: 'Politie basisteam Kop van Noord' }).click();
    await app.capture('12-voorbeeld-organisaties');

    await page.getByRole('link', { name: 'Personen' }).click();
    await page.getByLabel('Zoeken in personen').fill('wijkagent');
    await expect(page.getByText('3 van 30 rijen')).toBeVisible();
    // "Uit dienst" is what the status badge says; the search finds exactly those people.
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Iedereen' });
    await page.getByLabel('Zoeken in personen').fill('Uit dienst');
    const gone = app.backend.db.prepare('SELECT name FROM person WHERE active = 0 ORDER BY name').all() as { name: string }[];
    expect(gone.length).toBeGreaterThan(0);
    await expect(page.getByText(`${gone.length} van 30 rijen`)).toBeVisible();
    await expect(page.getByRole('rowheader')).toHaveText(gone.map((p) => p.name));
    await page.getByLabel('Zoeken in personen').fill('wijkagent');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Actief' });
    await page.getByRole('button', { name: 'Erik Dekker' }).click();
    await app.capture('13-voorbeeld-personen');

    await page.getByRole('link', { name: 'Gemeente en wijken' }).click();
    await expect(page.getByRole('region', { name: 'Wijk Noorderhaven' })).toBeVisible();
    await app.capture('14-voorbeeld-gemeente');

    await page.getByRole('link', { name: 'Over Wijkoverleg' }).click();
    await expect(page.getByTestId('database-path')).toHaveText(app.databasePath);
    await app.capture('15-over');
  });

  test('wat getypt is, is opgeslagen zonder het veld te verlaten', async ({ app, page }) => {
    // The renderer's clock is ours: "a pause in typing" and "nothing more afterwards" are moments we choose.
    await page.clock.install({ time: new Date('2026-11-22T10:00:00') });
    await app.open();
    await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
    await page.getByRole('link', { name: 'Personen' }).click();
    // A fresh page: nothing saved yet in this session, so "saved" below can only come from the edit.
    await app.reload();
    const indicator = page.getByRole('status').filter({ hasText: /opgeslagen|Opslaan/ });
    await expect(indicator).toHaveText('Wijzigingen worden direct opgeslagen');
    // Count the writes the renderer sends (the fixture's bridge calls this very invoke).
    const updates: unknown[] = [];
    const invoke = app.backend.invoke;
    app.backend.invoke = (channel, request) => {
      if (channel === 'person:update') updates.push(request);
      return invoke(channel, request);
    };
    await page.getByRole('button', { name: 'Linda Brouwer' }).click();
    const panel = page.getByRole('region', { name: 'Linda Brouwer' });
    const phone = panel.getByLabel('Telefoonnummer');
    await phone.fill('06 24681357');
    // No blur, no Enter: the field keeps the focus while a pause in typing saves it.
    expect(updates).toHaveLength(0);
    await page.clock.runFor(1_000);
    await expect(indicator).toHaveText(/^Alles opgeslagen/);
    await expect(phone).toBeFocused();
    expect(app.backend.db.prepare("SELECT phone FROM person WHERE name = 'Linda Brouwer'").get()).toEqual({ phone: '06 24681357' });
    // Leaving the field afterwards writes nothing more: the next change is the second write.
    await phone.blur();
    await panel.getByLabel('Functie').fill('Wijkconsulent');
    await panel.getByLabel('Functie').press('Enter');
    await expect.poll(() => app.backend.db.prepare("SELECT role FROM person WHERE name = 'Linda Brouwer'").get()).toEqual({ role: 'Wijkconsulent' });
    // Well past the pause: no late duplicate of either write.
    await page.clock.runFor(5_000);
    await expect(indicator).toHaveText(/^Alles opgeslagen/);
    expect(updates).toHaveLength(2);
    await app.reload();
    await page.getByRole('button', { name: 'Linda Brouwer' }).click();
    await expect(page.getByRole('region', { name: 'Linda Brouwer' }).getByLabel('Telefoonnummer')).toHaveValue('06 24681357');
    await expect(page.getByRole('region', { name: 'Linda Brouwer' }).getByLabel('Functie')).toHaveValue('Wijkconsulent');
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

test.describe('van de Voorbeeldgemeente naar de eigen gemeente', () => {
  test('na het oefenen wist de wijkmanager de Voorbeeldgemeente en richt Den Helder in', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
    const banner = page.getByRole('note', { name: 'Voorbeeldgemeente' });
    await expect(banner).toContainText('verzonnen gegevens');

    // Cancelling keeps everything.
    await banner.getByRole('button', { name: 'Eigen gemeente inrichten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eigen gemeente inrichten' });
    await expect(dialog).toBeVisible();
    await app.capture('16-voorbeeld-verlaten');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Waterweide' })).toBeVisible();

    await banner.getByRole('button', { name: 'Eigen gemeente inrichten' }).click();
    await dialog.getByRole('button', { name: 'Voorbeeldgemeente wissen' }).click();
    await expect(page.getByRole('heading', { name: 'Welkom bij Wijkoverleg' })).toBeVisible();
    expect(app.backend.db.prepare('SELECT count(*) FROM person').pluck().get()).toBe(0);

    await page.getByLabel('Naam van de gemeente').fill('Den Helder');
    await page.getByLabel('Wijken').fill('Nieuw Den Helder\nJulianadorp');
    await page.getByRole('button', { name: 'Gemeente inrichten' }).click();
    await expect(page.getByRole('heading', { name: 'Julianadorp' })).toBeVisible();
    // A real gemeente has no banner, so it can never be wiped from here.
    await expect(page.getByRole('note', { name: 'Voorbeeldgemeente' })).toHaveCount(0);
    await app.restart();
    await expect(page.getByRole('banner').getByText('Den Helder', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nieuw Den Helder' })).toBeVisible();
  });
});
