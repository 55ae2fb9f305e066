import { test, expect, type Page } from './support/fixtures';
import { given } from './support/arrange';

// The chair's laptop says it is Tuesday 24 November 2026, the evening of the WCT Waterweide.
test.use({ today: '2026-11-24' });
// The page's clock runs from the same moment as the back end's, so timers show minutes, not days.
test.beforeEach(async ({ page, today }) => {
  await page.clock.install({ time: new Date(`${today}T${new Date().toISOString().slice(11)}`) });
});

/** Looks people and organisations up by name in the Voorbeeldgemeente. */
function lookups(call: ReturnType<typeof given>) {
  const people = call('person:list', {});
  const organisations = call('organisation:list', {});
  return {
    person: (name: string) => people.find((p) => p.name === name)!.id,
    organisation: (name: string) => organisations.find((o) => o.name === name)!.id,
  };
}

/** The October meeting of WCT Waterweide left an overdue action, a pending Ooit and an open signal. */
function arrangeOctoberMeeting(call: ReturnType<typeof given>) {
  const { person, organisation } = lookups(call);
  const wijk = call('wijk:list', {}).find((w) => w.name === 'Waterweide')!;
  const team = call('team:get', { wijkId: wijk.id });
  const october = call('meeting:create', { teamId: team.id, date: '2026-10-27', startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum De Lisdodde' });
  call('meeting:start', { id: october.id });
  const signalenronde = call('meeting:get', { id: october.id }).agenda.find((i) => i.kind === 'signalenronde')!;
  const glasbak = call('signal:create', {
    meetingId: october.id,
    agendaItemId: signalenronde.id,
    title: 'Zwerfafval rond de glasbak aan de Kolkweg',
    description: 'Bewoners melden dat de glasbak vol zit en er zakken naast worden gezet.',
    broughtByPersonId: person('Wendy Kramer'),
    buurtId: wijk.buurten.find((b) => b.name === 'Kolkbuurt')!.id,
    theme: 'openbare_ruimte',
    problemOwnerId: organisation('Stadsbedrijf Buitenruimte'),
  });
  call('action:create', {
    meetingId: october.id,
    signalId: glasbak.id,
    what: 'Glasbak Kolkweg twee keer per week legen',
    ownerOrganisationId: organisation('Stadsbedrijf Buitenruimte'),
    horizon: 'nu',
    deadline: '2026-11-15',
  });
  call('action:create', {
    meetingId: october.id,
    agendaItemId: signalenronde.id,
    what: 'Speelplek voor tieners in Rietlanden',
    ownerOrganisationId: organisation('Gemeente Voorbeeldgemeente — team Wijkbeheer'),
    horizon: 'ooit',
    preconditions: 'Ruimte in het budget spelen 2027 en een geschikte plek',
    decisionDue: '2027-03-01',
  });
  call('meeting:finish', { id: october.id });
  const november = call('meeting:create', { teamId: team.id, date: '2026-11-24', startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum De Lisdodde' });
  return { november, team };
}

async function registerAttendance(page: Page) {
  const row = (name: string) => page.getByRole('listitem', { name: new RegExp(`^${name},`) });
  // Keyboard: focus the first member, then one key per member; ↓ goes to the next.
  await row('Annelies Vermeulen').focus();
  await page.keyboard.press('m'); // afgemeld
  await expect(row('Annelies Vermeulen')).toHaveAccessibleName(/Afgemeld/);
  for (const name of ['Hanneke Dijkstra', 'Jeroen Peters', 'Joke Bakker', 'Kees Mulder', 'Sanne Visser', 'Wendy Kramer']) {
    await row(name).focus();
    await page.keyboard.press('p'); // present
    await expect(row(name)).toHaveAccessibleName(/Aanwezig/);
  }
  // Martin de Boer sends his colleague: pick Erik Dekker from the suggestions.
  await row('Martin de Boer').focus();
  await page.keyboard.press('i'); // invaller
  await page.getByLabel('Vervanger van Martin de Boer').fill('Erik Dekker (Politie basisteam Kop van Noord)');
  await page.getByLabel('Vervanger van Martin de Boer').press('Enter');
  await expect(row('Martin de Boer')).toHaveAccessibleName(/Vervangen/);
  await expect(page.getByText('Vervangen door Erik Dekker (Politie basisteam Kop van Noord)')).toBeVisible();
  await page.getByLabel('Naam van de gast').fill('Femke Jacobs');
  await page.getByLabel('Organisatie van de gast').fill('Sportbedrijf — buurtsportcoach');
  await page.getByRole('button', { name: 'Gast toevoegen' }).click();
  await expect(page.getByText('Femke Jacobs, Sportbedrijf — buurtsportcoach')).toBeVisible();
  await expect(page.getByText('7 aanwezig · 8 van 8 geregistreerd')).toBeVisible();
}

test('de wijkmanager zit het WCT Waterweide voor, van opening tot sluiting', async ({ app, page }) => {
  // A whole evening in one story (a dozen screens, each with its axe and layout check): more than the default minute.
  test.slow();
  await app.open();
  await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
  await expect(page.getByRole('heading', { name: 'Start' })).toBeVisible();
  const call = given(app);
  const { november } = arrangeOctoberMeeting(call);

  await app.open(`/overleg/${november.id}`);
  await expect(page.getByRole('heading', { name: 'Wijk-coördinatieteam Waterweide' })).toBeVisible();
  await expect(page.getByText('dinsdag 24 november 2026, 19:30–21:00 · Wijkcentrum De Lisdodde')).toBeVisible();
  await app.capture('20-overleg-gepland');

  // Before starting, the chair fits the agenda to tonight: no theme, a word from the guest instead.
  await page.getByRole('button', { name: 'Agenda aanpassen' }).click();
  const editor = page.getByRole('region', { name: 'Agenda aanpassen' });
  await editor.getByLabel('Nieuw agendapunt').fill('Kennismaking buurtsportcoach');
  await editor.getByLabel('Minuten').last().fill('10');
  await editor.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(editor.getByRole('button', { name: 'Kennismaking buurtsportcoach omhoog' })).toBeVisible();
  await editor.getByRole('button', { name: 'Thema / casus verwijderen' }).click();
  await expect(editor.getByRole('button', { name: 'Thema / casus verwijderen' })).toHaveCount(0);
  for (const position of [5, 4]) {
    await editor.getByRole('button', { name: 'Kennismaking buurtsportcoach omhoog' }).click();
    await expect(editor.getByLabel('Titel').nth(position)).toHaveValue('Kennismaking buurtsportcoach');
  }
  await app.capture('20b-agenda-aanpassen');
  await page.getByRole('button', { name: 'Klaar met aanpassen' }).click();
  const agendaItems = page.getByRole('navigation', { name: 'Agenda' }).getByRole('listitem');
  await expect(agendaItems).toHaveText([/Opening/, /Verslag/, /Signalenronde/, /Wijkagenda/, /Kennismaking buurtsportcoach/, /Rondvraag/, /Sluiting/]);

  await page.getByRole('button', { name: 'Overleg starten' }).click();
  await expect(page.getByText('Bezig', { exact: true })).toBeVisible();

  // 1. Opening: attendance.
  await expect(page.getByRole('heading', { name: 'Opening en mededelingen', level: 2 })).toBeVisible();
  await registerAttendance(page);
  await app.capture('21-overleg-aanwezigheid');

  // 2. Verslag en actielijst: the open actions of October come back; the overdue one stands out.
  await page.keyboard.press('v');
  await expect(page.getByRole('heading', { name: 'Verslag en actielijst vorig overleg', level: 2 })).toBeVisible();
  const glasbak = page.getByRole('listitem').filter({ hasText: 'Glasbak Kolkweg twee keer per week legen' });
  await expect(glasbak.getByText('Verlopen')).toBeVisible();
  await expect(glasbak.getByText('Nog niet besproken')).toBeVisible();
  await glasbak.getByLabel('Voortgang', { exact: true }).fill('Wordt sinds 18 november twee keer per week geleegd.');
  await glasbak.getByLabel('Nieuwe status').selectOption({ label: 'Gereed' });
  await glasbak.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(glasbak.getByText('Besproken')).toBeVisible();
  const speelplek = page.getByRole('listitem').filter({ hasText: 'Speelplek voor tieners in Rietlanden' });
  await speelplek.getByLabel('Voortgang', { exact: true }).fill('Budgetaanvraag ingediend; besluit in februari.');
  await speelplek.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(speelplek.getByText('Besproken')).toBeVisible();
  await app.capture('22-overleg-actielijst');
  // An item counts as discussed once time was spent on it: wait until the agenda shows two
  // seconds on this one (a fast machine records two follow-ups within one).
  await expect(page.getByRole('navigation', { name: 'Agenda' }).getByText(/^(0:0[2-9]|0:[1-5]\d|\d+:\d\d:\d\d|[1-9]\d*:\d\d) \/ 15:00$/)).toBeVisible();

  // 3. Signalenronde: round the partners present; a vertrouwelijk signal is marked as such.
  await page.keyboard.press('v');
  await expect(page.getByRole('heading', { name: 'Signalenronde', level: 2 })).toBeVisible();
  const round = page.getByRole('list', { name: 'Partners in de ronde' });
  await round.getByRole('button', { name: /Stichting Welzijn Samen/ }).click();
  await page.keyboard.press('s');
  let form = page.getByRole('form', { name: 'Nieuw signaal' });
  await form.getByLabel('Titel').fill('Groep jongeren ’s avonds bij de speeltuin Lisdodde');
  await form.getByLabel('Thema').selectOption({ label: 'Overlast' });
  await form.getByLabel('Buurt').selectOption({ label: 'Lisdodde' });
  await form.getByLabel('Urgentie').selectOption({ label: 'Hoog' });
  await form.getByLabel('Omschrijving').fill('Na 22 uur geluidsoverlast en vernielingen aan de bankjes; bewoners durven er niet meer langs.');
  await expect(form.getByLabel('Doorgezet naar')).toHaveValue('veiligheid');
  await form.getByLabel('Omschrijving').press('Control+Enter');
  await expect(form.getByText('Signaal “Groep jongeren ’s avonds bij de speeltuin Lisdodde” vastgelegd.', { exact: false })).toBeVisible();
  // Esc leaves the field, a second Esc closes the form.
  await page.keyboard.press('Escape');
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await round.getByRole('button', { name: /Sociaal Wijkteam/ }).click();
  await page.getByRole('button', { name: 'Signaal vastleggen S' }).click();
  form = page.getByRole('form', { name: 'Nieuw signaal' });
  await form.getByLabel('Titel').fill('Zorgen om alleenstaande oudere in de Kolkbuurt');
  await form.getByLabel('Thema').selectOption({ label: 'Zorg' });
  await form.getByLabel('Buurt').selectOption({ label: 'Kolkbuurt' });
  await form.getByLabel('Omschrijving').fill('Mevrouw V. (84) laat de post liggen en de buren ruiken een vieze lucht uit de woning.');
  await form.getByLabel('Vertrouwelijk: bevat persoonsgegevens (naam, adres, gezondheid)').check();
  await form.getByLabel('Probleemeigenaar').selectOption({ label: 'Sociaal Wijkteam Voorbeeldgemeente' });
  await form.getByRole('button', { name: /Signaal vastleggen/ }).click();
  await expect(form.getByText('Signaal “Zorgen om alleenstaande oudere in de Kolkbuurt” vastgelegd.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Sluiten Esc' }).click();
  // On the projected screen the resident's details stay covered until the chair asks for them.
  const confidential = page.getByRole('list', { name: 'Signalen van dit overleg' }).getByRole('listitem').filter({ hasText: 'Zorgen om alleenstaande oudere' });
  await expect(confidential.getByText('Vertrouwelijk', { exact: true })).toBeVisible();
  await expect(confidential.getByText('Vertrouwelijke omschrijving en locatie zijn verborgen.')).toBeVisible();
  await expect(page.getByText('Mevrouw V. (84)', { exact: false })).toHaveCount(0);
  await confidential.getByRole('button', { name: 'Vertrouwelijke details tonen' }).click();
  await expect(confidential.getByText('Mevrouw V. (84) laat de post liggen', { exact: false })).toBeVisible();
  await confidential.getByRole('button', { name: 'Weer verbergen' }).click();
  await expect(page.getByText('Mevrouw V. (84)', { exact: false })).toHaveCount(0);
  // Correcting it (here: routing) keeps the details covered as well.
  await confidential.getByRole('button', { name: 'Signaal wijzigen: Zorgen om alleenstaande oudere in de Kolkbuurt' }).click();
  const confidentialEdit = page.getByRole('form', { name: 'Signaal wijzigen: Zorgen om alleenstaande oudere in de Kolkbuurt' });
  await expect(confidentialEdit.getByText('Vertrouwelijke omschrijving en locatie zijn verborgen.')).toBeVisible();
  await expect(confidentialEdit.getByLabel('Omschrijving')).toHaveCount(0);
  await confidentialEdit.getByLabel('Status').selectOption({ label: 'Doorgezet' });
  await confidentialEdit.getByRole('button', { name: /Wijziging opslaan/ }).click();
  await expect(confidentialEdit).toBeHidden();
  await expect(confidential.getByText('Doorgezet', { exact: true })).toBeVisible();
  await expect(page.getByText('Mevrouw V. (84)', { exact: false })).toHaveCount(0);
  expect(app.backend.db.prepare("SELECT description FROM signal WHERE title = 'Zorgen om alleenstaande oudere in de Kolkbuurt'").pluck().get()).toBe(
    'Mevrouw V. (84) laat de post liggen en de buren ruiken een vieze lucht uit de woning.',
  );

  // The jongeren signal is corrected in place: the welfare organisation owns it, it is being handled.
  const jongerenCard = page.getByRole('list', { name: 'Signalen van dit overleg' }).getByRole('listitem').filter({ hasText: 'Groep jongeren' });
  await jongerenCard.getByRole('button', { name: 'Signaal wijzigen: Groep jongeren ’s avonds bij de speeltuin Lisdodde' }).click();
  const edit = page.getByRole('form', { name: 'Signaal wijzigen: Groep jongeren ’s avonds bij de speeltuin Lisdodde' });
  await edit.getByLabel('Probleemeigenaar').selectOption({ label: 'Stichting Welzijn Samen' });
  await edit.getByLabel('Status').selectOption({ label: 'In behandeling' });
  await edit.getByLabel('Status').press('Control+Enter');
  await expect(edit).toBeHidden();
  await expect(jongerenCard.getByText('Probleemeigenaar: Stichting Welzijn Samen', { exact: false })).toBeVisible();
  await expect(jongerenCard.getByText('In behandeling', { exact: true })).toBeVisible();

  // The October signal is followed up and closed with its outcome.
  const zwerfafval = page.getByRole('listitem').filter({ hasText: 'Zwerfafval rond de glasbak aan de Kolkweg' });
  await zwerfafval.getByLabel('Nieuwe status').selectOption({ label: 'Afgehandeld' });
  await zwerfafval.getByLabel('Uitkomst').fill('Glasbak wordt vaker geleegd; geen nieuwe meldingen.');
  await zwerfafval.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(zwerfafval.getByText('Besproken')).toBeVisible();
  await app.capture('23-overleg-signalenronde');

  // Actions of all three horizons, each with what its horizon requires.
  const jongeren = page.getByRole('list', { name: 'Signalen van dit overleg' }).getByRole('listitem').filter({ hasText: 'Groep jongeren' });
  await jongeren.getByRole('button', { name: 'Actie bij dit signaal' }).click();
  const action = page.getByRole('form', { name: 'Nieuwe actie' });
  await expect(action.getByLabel(/^Waarom/)).toHaveValue(/signal:/);
  await action.getByLabel(/^Wat/).fill('Jongerenwerk gaat met de groep in gesprek over de speeltuin');
  await action.getByLabel('Wie (organisatie)').selectOption({ label: 'Stichting Welzijn Samen' });
  await action.getByLabel('Wie (persoon, optioneel)').selectOption({ label: 'Jeroen Peters (Jongerenwerker)' });
  await action.getByRole('radio', { name: 'Nu', exact: true }).check();
  await action.getByLabel('Wanneer klaar').fill('2026-12-15');
  await action.getByLabel(/^Wat/).press('Control+Enter');
  await expect(action.getByText('Actie “Jongerenwerk gaat met de groep in gesprek over de speeltuin” vastgelegd.')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(action).toBeHidden();

  // A new agreement under this agenda item, opened with A.
  await page.keyboard.press('a');
  await expect(action.getByLabel(/^Waarom/)).toHaveValue(/item:/);

  // Ooit without afhandeltermijn is refused, in Dutch, and nothing is stored.
  const before = app.backend.db.prepare('SELECT count(*) AS n FROM action').get();
  await action.getByLabel(/^Wat/).fill('Extra verlichting bij de speeltuin Lisdodde');
  await action.getByLabel('Wie (organisatie)').selectOption({ label: 'Gemeente Voorbeeldgemeente — team Wijkbeheer' });
  await action.getByRole('radio', { name: 'Ooit', exact: true }).check();
  await action.getByLabel('Randvoorwaarden').fill('Past alleen in het budget openbare verlichting 2027.');
  await action.getByRole('button', { name: /Actie vastleggen/ }).click();
  await expect(action.getByText('Vul een afhandeltermijn in: wanneer komt er een definitief antwoord?')).toBeVisible();
  expect(app.backend.db.prepare('SELECT count(*) AS n FROM action').get()).toEqual(before);
  await app.capture('24-overleg-ooit-geweigerd');
  await action.getByLabel('Afhandeltermijn').fill('2027-02-01');
  await action.getByRole('button', { name: /Actie vastleggen/ }).click();
  await expect(action.getByText('Actie “Extra verlichting bij de speeltuin Lisdodde” vastgelegd.')).toBeVisible();

  await action.getByLabel(/^Wat/).fill('Hek om het grasveld naast de speeltuin');
  await action.getByLabel('Wie (organisatie)').selectOption({ label: 'Gemeente Voorbeeldgemeente — team Wijkbeheer' });
  await action.getByRole('radio', { name: 'Nooit' }).check();
  await action.getByLabel('Motivering').fill('Geen draagvlak in de wijk: het grasveld is de enige trapveldje van Lisdodde.');
  await action.getByRole('button', { name: /Actie vastleggen/ }).click();
  await expect(action.getByText('Actie “Hek om het grasveld naast de speeltuin” vastgelegd.')).toBeVisible();
  await page.getByRole('button', { name: 'Sluiten Esc' }).click();

  // A decision, with B and Enter; then one by mistake, undone with Ctrl+Z.
  await page.keyboard.press('b');
  await page.getByLabel('Besluit', { exact: true }).last().fill('De wijkagent surveilleert de komende zes weken ’s avonds bij de speeltuin.');
  await page.getByLabel('Besluit', { exact: true }).last().press('Enter');
  const decisions = page.getByRole('region', { name: 'Agendapunt: Signalenronde' }).locator('.wo-decisions');
  await expect(decisions.getByRole('textbox')).toHaveValue('De wijkagent surveilleert de komende zes weken ’s avonds bij de speeltuin.');
  await page.getByLabel('Besluit', { exact: true }).last().fill('Dit besluit was een vergissing');
  await page.getByLabel('Besluit', { exact: true }).last().press('Enter');
  await expect(decisions.getByRole('textbox')).toHaveCount(2);
  await page.getByRole('form', { name: 'Nieuw besluit' }).getByRole('button', { name: /^Sluiten/ }).click();
  await page.getByRole('heading', { name: 'Signalenronde', level: 2 }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/^Ongedaan gemaakt:/)).toBeVisible();
  await expect(decisions.getByRole('textbox')).toHaveCount(1);
  await app.capture('25-overleg-acties-en-besluiten');

  // Notes under the Rondvraag, reached with its number key.
  await page.keyboard.press('6');
  await expect(page.getByRole('heading', { name: 'Rondvraag', level: 2 })).toBeVisible();
  await page.getByLabel('Notities bij dit punt').fill('Femke Jacobs stelt zich voor als nieuwe buurtsportcoach voor Waterweide.');
  await page.getByLabel('Notities bij dit punt').blur();
  await expect(page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
  // A late signal in the Rondvraag: S works on every agenda item.
  await page.keyboard.press('s');
  const late = page.getByRole('form', { name: 'Nieuw signaal' });
  await late.getByLabel('Titel').fill('Losliggende stoeptegels Rietlandenpad');
  await late.getByLabel('Ingebracht door').selectOption({ label: 'Wendy Kramer (Woonstichting Kustwonen)' });
  await late.getByLabel('Thema').selectOption({ label: 'Openbare ruimte' });
  await late.getByLabel('Omschrijving').fill('Bij de ingang van het seniorencomplex liggen tegels los; struikelgevaar.');
  await late.getByLabel('Omschrijving').press('Control+Enter');
  await expect(late.getByText('Signaal “Losliggende stoeptegels Rietlandenpad” vastgelegd.', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Signalen bij dit punt' }).getByText('Losliggende stoeptegels Rietlandenpad')).toBeVisible();

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Sneltoetsen' })).toBeVisible();
  await app.capture('26-overleg-sneltoetsen');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Sneltoetsen' })).toBeHidden();

  await page.getByRole('button', { name: 'Overleg afronden…' }).click();
  const closing = page.getByRole('dialog', { name: 'Overleg afronden?' });
  // The agenda was not walked to the end: the dialog says so before anything closes.
  await expect(closing.getByText('Niet besproken: Wijkagenda, Kennismaking buurtsportcoach en Sluiting.')).toBeVisible();
  await closing.getByRole('button', { name: 'Overleg afronden' }).click();
  await expect(page.getByText('Afgerond', { exact: true })).toBeVisible();

  // After a restart everything is still there.
  await app.restart();
  await expect(page.getByRole('heading', { name: 'Wijk-coördinatieteam Waterweide' })).toBeVisible();
  await page.getByRole('button', { name: /^1\s*Opening/ }).click();
  await expect(page.getByText('7 aanwezig · 8 van 8 geregistreerd')).toBeVisible();
  await expect(page.getByText('Vervangen door Erik Dekker (Politie basisteam Kop van Noord)')).toBeVisible();
  await expect(page.getByText('Femke Jacobs, Sportbedrijf — buurtsportcoach')).toBeVisible();
  await page.getByRole('button', { name: /^2\s*Verslag/ }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Glasbak Kolkweg' }).getByText('Wordt sinds 18 november twee keer per week geleegd.', { exact: false })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Speelplek voor tieners' }).getByText('Budgetaanvraag ingediend; besluit in februari.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: /^3\s*Signalenronde/ }).click();
  const signals = page.getByRole('list', { name: 'Signalen van dit overleg' });
  await expect(signals.getByRole('listitem').filter({ hasText: 'Groep jongeren ’s avonds bij de speeltuin Lisdodde' }).getByText('In behandeling', { exact: true })).toBeVisible();
  const stillConfidential = signals.getByRole('listitem').filter({ hasText: 'Zorgen om alleenstaande oudere' });
  await expect(stillConfidential.getByText('Vertrouwelijk', { exact: true })).toBeVisible();
  await stillConfidential.getByRole('button', { name: 'Vertrouwelijke details tonen' }).click();
  await expect(stillConfidential.getByText('Mevrouw V. (84)', { exact: false })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Zwerfafval rond de glasbak' }).getByText('Afgehandeld', { exact: true })).toBeVisible();
  const actionsHere = page.getByRole('region', { name: 'Acties bij dit punt' });
  for (const what of ['Jongerenwerk gaat met de groep in gesprek over de speeltuin', 'Extra verlichting bij de speeltuin Lisdodde', 'Hek om het grasveld naast de speeltuin']) {
    await expect(actionsHere.getByText(what)).toBeVisible();
  }
  await expect(decisions.getByText('De wijkagent surveilleert de komende zes weken ’s avonds bij de speeltuin.')).toBeVisible();
  await app.capture('27-overleg-afgerond');
  await page.getByRole('button', { name: /^6\s*Rondvraag/ }).click();
  await expect(page.getByText('Femke Jacobs stelt zich voor als nieuwe buurtsportcoach voor Waterweide.')).toBeVisible();
  await expect(page.getByText('Losliggende stoeptegels Rietlandenpad')).toBeVisible();

  // The next meeting: the open agreements come back, the finished one does not.
  const { teamId } = call('meeting:get', { id: november.id }).meeting;
  const december = call('meeting:create', { teamId, date: '2026-12-15', startTime: '19:30', place: 'Wijkcentrum De Lisdodde' });
  await app.open(`/overleg/${december.id}`);
  await page.getByRole('button', { name: /^2\s*Verslag/ }).click();
  const carried = page.getByRole('region', { name: 'Agendapunt: Verslag en actielijst vorig overleg' });
  await expect(carried.getByText('Jongerenwerk gaat met de groep in gesprek over de speeltuin')).toBeVisible();
  await expect(carried.getByText('Extra verlichting bij de speeltuin Lisdodde')).toBeVisible();
  await expect(carried.getByText('Speelplek voor tieners in Rietlanden')).toBeVisible();
  await expect(carried.getByText('Glasbak Kolkweg twee keer per week legen')).toHaveCount(0);
  await expect(carried.getByText('Hek om het grasveld naast de speeltuin')).toHaveCount(0);
  await app.capture('28-volgend-overleg-actielijst');
  // …and so do the open signals; the one closed in November does not.
  await page.getByRole('button', { name: /^3\s*Signalenronde/ }).click();
  const running = page.getByRole('region', { name: 'Lopende signalen uit eerdere overleggen' });
  await expect(running.getByText('Groep jongeren ’s avonds bij de speeltuin Lisdodde')).toBeVisible();
  await expect(running.getByText('Zorgen om alleenstaande oudere in de Kolkbuurt')).toBeVisible();
  await expect(running.getByText('Losliggende stoeptegels Rietlandenpad')).toBeVisible();
  await expect(running.getByText('Zwerfafval rond de glasbak aan de Kolkweg')).toHaveCount(0);
  await expect(running.getByText('0 van 3 besproken')).toBeVisible();
});
