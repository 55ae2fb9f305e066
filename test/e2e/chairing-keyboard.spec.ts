import { test, expect, type AppFixture, type Page } from './support/fixtures';
import { given } from './support/arrange';
import { tabTo } from './support/keyboard';

// Tuesday 24 November 2026: the WCT Waterweide meets tonight. The page's clock runs from the same moment as the back end's.
test.use({ today: '2026-11-24' });
test.beforeEach(async ({ page, today }) => {
  await page.clock.install({ time: new Date(`${today}T${new Date().toISOString().slice(11)}`) });
});

async function meetingTonight(app: AppFixture, page: Page, date = '2026-11-24') {
  const call = given(app);
  call('setup:loadDemo', {});
  const wijk = call('wijk:list', {}).find((w) => w.name === 'Waterweide')!;
  const team = call('team:get', { wijkId: wijk.id });
  const meeting = call('meeting:create', { teamId: team.id, date, startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum De Lisdodde' });
  await app.open(`/overleg/${meeting.id}`);
  await expect(page.getByRole('heading', { name: 'Wijk-coördinatieteam Waterweide', level: 1 })).toBeVisible();
  return { call, meeting };
}

const region = (page: Page, title: string) => page.getByRole('region', { name: `Agendapunt: ${title}` });
const inViewport = async (page: Page, text: string) => {
  const box = (await page.getByText(text).first().boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y, `"${text}" staat in beeld`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `"${text}" staat in beeld`).toBeLessThanOrEqual(viewport.height);
};

test('de voorzitter leidt het overleg alleen met het toetsenbord, van starten tot afronden', async ({ app, page }) => {
  // The whole meeting in one story, focus checked after every step.
  test.slow();
  const { call, meeting } = await meetingTonight(app, page);
  const row = (name: string) => page.getByRole('listitem', { name: new RegExp(`^${name},`) });

  // Start: from the top of the page with Tab, then Enter. Focus goes to the item, not to the page.
  await tabTo(page, page.getByRole('button', { name: 'Overleg starten' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Bezig', { exact: true })).toBeVisible();
  await expect(region(page, 'Opening en mededelingen')).toBeFocused();
  // The confirmation floats in view and goes away by itself; it never takes the item's room.
  await inViewport(page, 'Het overleg is gestart.');
  await expect(page.getByText('Het overleg is gestart.')).toBeHidden({ timeout: 15_000 });
  // The meeting as a whole runs against its planned end.
  await expect(page.getByRole('timer', { name: /^Overleg loopt \d+ minuten; (nog \d+ minuten tot|\d+ minuten over de eindtijd) 21:00$/ })).toBeVisible();

  // Attendance: P, M, W and I, with ↓ to the next member; focus stays on the member.
  await page.keyboard.press('Tab');
  await expect(row('Joke Bakker')).toBeFocused();
  for (const [name, key, status] of [
    ['Joke Bakker', 'p', /Aanwezig/],
    ['Kees Mulder', 'p', /Aanwezig/],
    ['Sanne Visser', 'p', /Aanwezig/],
    ['Annelies Vermeulen', 'm', /Afgemeld/],
  ] as const) {
    await expect(row(name)).toBeFocused();
    await page.keyboard.press(key);
    await expect(row(name)).toHaveAccessibleName(status);
    await expect(row(name)).toBeFocused();
    await page.keyboard.press('ArrowDown');
  }
  // I opens the substitute editor; one Esc closes it again, back on the member (defect 3).
  await expect(row('Martin de Boer')).toBeFocused();
  await page.keyboard.press('i');
  const substitute = page.getByRole('combobox', { name: 'Vervanger van Martin de Boer' });
  await expect(substitute).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(substitute).toBeHidden();
  await expect(row('Martin de Boer')).toBeFocused();
  // Now for real: saving the substitute puts the focus back on the member (defect 7).
  await page.keyboard.press('i');
  await page.keyboard.type('Erik Dekker');
  await page.keyboard.press('Enter');
  await expect(row('Martin de Boer')).toHaveAccessibleName(/Vervangen/);
  await expect(row('Martin de Boer')).toBeFocused();
  for (const name of ['Hanneke Dijkstra', 'Jeroen Peters', 'Wendy Kramer']) {
    await page.keyboard.press('ArrowDown');
    await expect(row(name)).toBeFocused();
    await page.keyboard.press(name === 'Jeroen Peters' ? 'w' : 'p');
  }
  await expect(page.getByText('6 aanwezig · 8 van 8 geregistreerd')).toBeVisible();
  // A is no longer "aanwezig" in the list: on a member it opens a new action, as everywhere else.
  await page.keyboard.press('a');
  await expect(page.getByRole('form', { name: 'Nieuwe actie' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Nieuwe actie' }).getByLabel(/^Wat/)).toBeFocused();
  await expect(row('Wendy Kramer')).toHaveAccessibleName(/Aanwezig/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Nieuwe actie' })).toBeHidden();
  await expect(row('Wendy Kramer')).toBeFocused();

  // Page Down scrolls the long item; it does not move the meeting on (defect 13).
  const opening = region(page, 'Opening en mededelingen');
  await opening.focus();
  await page.keyboard.press('PageDown');
  // Wait until the (smooth) scroll has come to rest.
  let last = -1;
  await expect
    .poll(async () => {
      const now = await opening.evaluate((el) => el.scrollTop);
      const settled = now > 0 && now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  await expect(page.getByRole('heading', { name: 'Opening en mededelingen', level: 2 })).toBeVisible();

  // V: the next item, from its top (defect 4), with the focus on it.
  await page.keyboard.press('v');
  const verslag = region(page, 'Verslag en actielijst vorig overleg');
  await expect(verslag).toBeFocused();
  expect(await verslag.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(page.getByRole('heading', { name: 'Verslag en actielijst vorig overleg', level: 2 })).toBeInViewport();

  // 3: the signalenronde. Politie first (the substitute speaks), then Woonstichting.
  await page.keyboard.press('3');
  const ronde = region(page, 'Signalenronde');
  await expect(ronde).toBeFocused();
  const round = page.getByRole('list', { name: 'Partners in de ronde' });
  await tabTo(page, round.getByRole('button', { name: /^Politie/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Aan het woord: Politie basisteam Kop van Noord (Erik Dekker)')).toBeVisible();
  await page.keyboard.press('s');
  const form = page.getByRole('form', { name: 'Nieuw signaal' });
  await expect(form.getByLabel('Titel')).toBeFocused();
  await page.keyboard.type('Scooters racen over het fietspad langs de Kolkweg');
  await form.getByLabel('Thema').selectOption({ label: 'Veiligheid' });
  await tabTo(page, form.getByLabel('Omschrijving'));
  await page.keyboard.type('Elke avond rond 22 uur; bewoners maken zich zorgen om kinderen.');
  await page.keyboard.press('Control+Enter');
  await expect(form.getByText('Signaal “Scooters racen over het fietspad langs de Kolkweg” vastgelegd.', { exact: false })).toBeVisible();
  // Back on the title for the next signal, not in the emptied description (defect 7).
  await expect(form.getByLabel('Titel')).toBeFocused();
  // Routed by its theme, so Doorgezet, not "Nieuw … doorgezet naar" (defect 11).
  const scooters = page.getByRole('list', { name: 'Signalen van dit overleg' }).getByRole('listitem').filter({ hasText: 'Scooters racen' });
  await expect(scooters.getByText('Doorgezet', { exact: true })).toBeVisible();
  await expect(scooters.getByText('doorgezet naar Team Veiligheid', { exact: false })).toBeVisible();

  // The next partner gets the word: the open form follows (defect 1).
  await tabTo(page, round.getByRole('button', { name: /^Woonstichting Kustwonen/ }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Aan het woord: Woonstichting Kustwonen (Wendy Kramer)')).toBeVisible();
  await expect(form.getByLabel('Organisatie')).toHaveValue(String(call('organisation:list', {}).find((o) => o.name === 'Woonstichting Kustwonen')!.id));
  await expect(form.getByLabel('Ingebracht door')).toHaveValue(String(call('person:list', {}).find((p) => p.name === 'Wendy Kramer')!.id));
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // Jeroen Peters is absent but mailed a signal: the chair enters it on behalf of Stichting Welzijn Samen.
  const absent = page.getByRole('list', { name: /Afwezig, maar signalen ingestuurd/ });
  await tabTo(page, absent.getByRole('button', { name: /^Stichting Welzijn Samen/ }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Namens Stichting Welzijn Samen (afwezig; ingestuurd door Jeroen Peters)')).toBeVisible();
  await page.keyboard.press('s');
  await expect(form.getByLabel('Titel')).toBeFocused();
  await page.keyboard.type('Jongeren zoeken een plek na sluiting van het jongerencentrum');
  await form.getByLabel('Thema').selectOption({ label: 'Jeugd' });
  await tabTo(page, form.getByLabel('Omschrijving'));
  await page.keyboard.type('Per mail ingestuurd: sinds de sluiting hangen ze bij de sporthal.');
  await page.keyboard.press('Control+Enter');
  await expect(form.getByLabel('Titel')).toBeFocused();
  const mailed = page.getByRole('list', { name: 'Signalen van dit overleg' }).getByRole('listitem').filter({ hasText: 'Jongeren zoeken een plek' });
  await expect(mailed.getByText('Ingebracht door Jeroen Peters, Stichting Welzijn Samen', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // An action half typed and closed with Esc twice is kept, and the screen says so (defect 8, 9).
  await page.keyboard.press('a');
  const action = page.getByRole('form', { name: 'Nieuwe actie' });
  await expect(action.getByLabel(/^Wat/)).toBeFocused();
  await page.keyboard.type('Handhaving op het fietspad Kolkweg');
  await page.keyboard.press('Escape');
  await expect(action).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(action).toBeHidden();
  await inViewport(page, 'De half ingevulde actie is bewaard. Druk op A om verder te gaan.');
  await page.keyboard.press('a');
  await expect(action.getByLabel(/^Wat/)).toHaveValue('Handhaving op het fietspad Kolkweg');
  await expect(action.getByText('Niet-vastgelegd concept teruggezet', { exact: false })).toBeVisible();
  await action.getByLabel('Wie (organisatie)').selectOption({ label: 'Politie basisteam Kop van Noord' });
  await tabTo(page, action.getByRole('radio', { name: 'Nu', exact: true }));
  await page.keyboard.press('Space');
  await action.getByLabel('Wanneer klaar').fill('2026-12-15');
  await page.keyboard.press('Control+Enter');
  await expect(action.getByText('Actie “Handhaving op het fietspad Kolkweg” vastgelegd.')).toBeVisible();
  await expect(action.getByLabel(/^Wat/)).toBeFocused();
  await expect(action.getByLabel(/^Wat/)).toHaveValue('');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(action).toBeHidden();

  // B and Ctrl+Enter save a decision (defect 2); the field is ready for the next one.
  await page.keyboard.press('b');
  const decisionField = page.getByRole('form', { name: 'Nieuw besluit' }).getByLabel('Besluit');
  await expect(decisionField).toBeFocused();
  await page.keyboard.type('De wijkagent rijdt de komende weken ’s avonds mee langs de Kolkweg.');
  await page.keyboard.press('Control+Enter');
  const decisions = ronde.locator('.wo-decisions');
  await expect(decisions.getByRole('textbox')).toHaveValue('De wijkagent rijdt de komende weken ’s avonds mee langs de Kolkweg.');
  await expect(decisionField).toBeFocused();
  await expect(decisionField).toHaveValue('');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // Ctrl+Z undoes the decision; the message is in view wherever the item is scrolled (defect 9).
  await ronde.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await page.keyboard.press('Control+z');
  await inViewport(page, 'Ongedaan gemaakt:');
  await expect(decisions.getByRole('textbox')).toHaveCount(0);

  // On to the last item with V.
  for (const title of ['Thema / casus', 'Wijkagenda', 'Rondvraag', 'Sluiting']) {
    await page.keyboard.press('v');
    await expect(region(page, title)).toBeFocused();
  }

  // Closing asks first, with the safe choice focused: Enter goes back to the meeting (defect 6).
  await tabTo(page, page.getByRole('button', { name: 'Overleg afronden…' }), { back: true });
  await page.keyboard.press('Enter');
  const closing = page.getByRole('dialog', { name: 'Overleg afronden?' });
  await expect(closing.getByRole('button', { name: 'Terug naar het overleg' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(closing).toBeHidden();
  await expect(page.getByText('Bezig', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Overleg afronden…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(closing.getByRole('button', { name: 'Terug naar het overleg' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(closing.getByRole('button', { name: 'Overleg afronden', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Afgerond', { exact: true })).toBeVisible();
  // The closed meeting opens at its first item, with the focus on it (the button that was pressed is gone).
  await expect(region(page, 'Opening en mededelingen')).toBeFocused();
  expect(call('meeting:get', { id: meeting.id }).meeting.status).toBe('afgerond');
});

test('afronden zegt wat nog openstaat, en vóór de datum starten of afronden vraagt eerst', async ({ app, page }) => {
  // Planned for Thursday 10 December; today is 24 November.
  const { call, meeting } = await meetingTonight(app, page, '2026-12-10');
  // The standard agenda takes 95 minutes; the meeting has 90: said before anyone starts.
  await expect(page.getByRole('note').filter({ hasText: 'De agenda telt 95 minuten, 5 meer dan de 90 minuten van het overleg.' })).toBeVisible();
  // The invitation is at hand on the planned meeting itself.
  const [invitation] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Uitnodiging (.ics)' }).click()]);
  expect(invitation.suggestedFilename()).toBe('wct-overleg-waterweide-2026-12-10.ics');
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  const early = page.getByRole('dialog', { name: 'Overleg nu al starten?' });
  await expect(early.getByText('Dit overleg staat gepland op donderdag 10 december 2026, en vandaag is het dinsdag 24 november 2026.', { exact: false })).toBeVisible();
  await expect(early.getByRole('button', { name: 'Niet starten' })).toBeFocused();
  await app.capture('29-overleg-vroeg-starten');
  await early.getByRole('button', { name: 'Niet starten' }).click();
  await expect(page.getByText('Gepland', { exact: true })).toBeVisible();
  expect(call('meeting:get', { id: meeting.id }).meeting.status).toBe('gepland');

  await page.getByRole('button', { name: 'Overleg starten' }).click();
  await early.getByRole('button', { name: 'Toch nu starten' }).click();
  await expect(page.getByText('Bezig', { exact: true })).toBeVisible();

  // Nothing registered, nothing discussed: the closing dialog says exactly that.
  await page.getByRole('button', { name: 'Overleg afronden…' }).click();
  const closing = page.getByRole('dialog', { name: 'Overleg afronden?' });
  await expect(closing.getByText('Niet besproken: Verslag en actielijst vorig overleg, Signalenronde, Thema / casus, Wijkagenda, Rondvraag en Sluiting.')).toBeVisible();
  await expect(closing.getByText(/^Aanwezigheid niet geregistreerd voor 8 leden: /)).toBeVisible();
  await app.capture('29b-overleg-afronden-vraag');
  await closing.getByRole('button', { name: 'Overleg afronden', exact: true }).click();
  // Still before its date: one more question, then closed.
  const earlyClose = page.getByRole('dialog', { name: 'Overleg nu al afronden?' });
  await earlyClose.getByRole('button', { name: 'Toch nu afronden' }).click();
  await expect(page.getByText('Afgerond', { exact: true })).toBeVisible();
});
