import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { test, expect, type Page } from './support/fixtures';
import { given } from './support/arrange';
import type { AppFixture } from './support/fixtures';
import { pdfFonts, pdfInfo, pdfRawText, pdfXmp } from '../support/documentCheck';

test.beforeEach(async ({ page, today }) => {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
});
test.use({ today: '2026-11-17' });

/** Strings that only a confidential signal holds: none may appear in any file. */
const SECRET = { title: 'Mevrouw Vermeulen-Bakker', description: 'Dementerende bewoonster Zuidstraat 14', location: 'Zuidstraat 14', note: 'dochter Petra belt de huisarts', why: 'valt vaak, woont alleen' };

/**
 * WCT Julianadorp of Den Helder. At the October meeting actions were agreed; at the November
 * meeting (today) the politie sent apologies and the welzijn organisation did not come.
 */
function arrangeJulianadorp(app: AppFixture) {
  const call = given(app);
  call('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Julianadorp' }, { name: 'Nieuw Den Helder' }] });
  const wijk = call('wijk:list', {}).find((w) => w.name === 'Julianadorp')!;
  const buurt = call('buurt:create', { wijkId: wijk.id, name: 'Noorderhaven' });
  const org = (name: string, kind: 'gemeente' | 'woningcorporatie' | 'politie' | 'welzijn' | 'zorg', attendanceRequired = false) =>
    call('organisation:create', { name, kind, attendanceRequired });
  const gemeente = org('Gemeente Den Helder', 'gemeente', true);
  const woningstichting = org('Woningstichting Den Helder', 'woningcorporatie', true);
  const politie = org('Politie Noord-Holland Noord', 'politie');
  const welzijn = org('Stichting Welzijn Den Helder', 'welzijn', true);
  const ggd = org('GGD Hollands Noorden', 'zorg');
  const person = (name: string, organisationId: number, role: string, email: string) => call('person:create', { name, organisationId, role, email });
  const chair = person('Sanne de Vries', gemeente.id, 'Wijkmanager', 's.devries@denhelder.nl');
  const secretary = person('Joris Smit', gemeente.id, 'Secretaris WCT', 'j.smit@denhelder.nl');
  const wijkmeester = person('Fatima Ouali', woningstichting.id, 'Sociaal wijkmeester', 'f.ouali@woningstichting.nl');
  const agent = person('Kees Mulder', politie.id, 'Wijkagent', 'kees.mulder@politie.example');
  const opbouwwerker = person('Lotte Jansen', welzijn.id, 'Opbouwwerker', 'l.jansen@welzijndenhelder.nl');
  const team = call('team:get', { wijkId: wijk.id });
  for (const p of [chair, secretary, wijkmeester, agent, opbouwwerker]) call('team:addMember', { teamId: team.id, personId: p.id, since: '2026-01-01' });
  call('team:updateRoles', { teamId: team.id, chairId: chair.id, secretaryId: secretary.id });

  const meeting = (date: string) => call('meeting:create', { teamId: team.id, date, startTime: '09:30', endTime: '11:30', place: 'Dorpshuis Julianadorp' });
  const item = (meetingId: number, kind: string) => call('meeting:get', { id: meetingId }).agenda.find((i) => i.kind === kind)!;

  const october = meeting('2026-10-13');
  call('meeting:start', { id: october.id });
  const round = item(october.id, 'signalenronde');
  const confidential = call('signal:create', {
    meetingId: october.id,
    agendaItemId: round.id,
    title: `Zorgen om ${SECRET.title}`,
    description: SECRET.description,
    location: SECRET.location,
    theme: 'zorg',
    sensitivity: 'vertrouwelijk',
    urgency: 'hoog',
    broughtByPersonId: wijkmeester.id,
    buurtId: buurt.id,
    problemOwnerId: welzijn.id,
  });
  const litter = call('signal:create', {
    meetingId: october.id,
    agendaItemId: round.id,
    title: 'Zwerfvuil rond de containers Noorderhaven',
    description: 'Bewoners melden al weken zwerfvuil bij de ondergrondse containers.',
    location: 'Containers Noorderhaven',
    theme: 'openbare_ruimte',
    broughtByPersonId: agent.id,
    buurtId: buurt.id,
    problemOwnerId: woningstichting.id,
  });
  const action = (what: string, ownerOrganisationId: number, extra: Record<string, unknown> = {}) =>
    call('action:create', { meetingId: october.id, agendaItemId: round.id, what, ownerOrganisationId, horizon: 'nu', deadline: '2026-12-01', ...extra });
  action('Containers Noorderhaven vaker laten legen', woningstichting.id, { signalId: litter.id, agendaItemId: null, deadline: '2026-11-01', ownerPersonId: wijkmeester.id });
  action('Extra surveillance bij het winkelcentrum in de avond', politie.id, { ownerPersonId: agent.id });
  action('Huisbezoek afleggen met de wijkverpleging', welzijn.id, { signalId: confidential.id, agendaItemId: null, whyText: SECRET.why });
  action('Voorlichting over eenzaamheid in de wijk organiseren', ggd.id, { horizon: 'ooit', deadline: null, preconditions: 'Subsidie van de gemeente voor 2027', decisionDue: '2027-03-01' });
  call('meeting:finish', { id: october.id });

  const november = meeting('2026-11-17');
  call('meeting:start', { id: november.id });
  const attendance = call('meeting:get', { id: november.id }).attendance;
  const status = { [agent.id]: 'afgemeld', [opbouwwerker.id]: 'afwezig' } as Record<number, 'afgemeld' | 'afwezig'>;
  for (const row of attendance) call('attendance:set', { meetingId: november.id, personId: row.personId, status: status[row.personId] ?? 'aanwezig' });
  call('signal:followUp', { signalId: confidential.id, meetingId: november.id, note: SECRET.note });
  const round2 = item(november.id, 'signalenronde');
  call('action:create', { meetingId: november.id, agendaItemId: round2.id, what: 'Hangjongeren bij de speeltuin aanspreken', ownerOrganisationId: politie.id, horizon: 'nu', deadline: '2026-12-15' });
  return { meetingId: november.id, orgs: { gemeente, woningstichting, politie, welzijn, ggd }, people: { agent, opbouwwerker, wijkmeester } };
}

const exportFile = (app: AppFixture, name: string) => join(app.exportsDir, name);

function readPdf(app: AppFixture, name: string) {
  const file = exportFile(app, name);
  expect(existsSync(file), `${name} is geschreven`).toBe(true);
  const bytes = new Uint8Array(readFileSync(file));
  // Look at it: the first page as PNG next to the file.
  mkdirSync(join(app.exportsDir, 'png'), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(app.exportsDir, 'png', name.replace(/\.pdf$/, ''))]);
  // Table cells wrap: compare with the line breaks folded.
  return { bytes, text: pdfRawText(bytes).replace(/\s+/g, ' ') };
}

async function makeListsFromMeeting(page: Page, count: number) {
  await page.getByRole('button', { name: 'Actielijsten maken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Actielijsten na het overleg van 17 november 2026' });
  await expect(dialog).toBeVisible();
  return { dialog, make: () => dialog.getByRole('button', { name: `Kies een map en maak ${count} lijsten` }).click() };
}

test('na het overleg: elke organisatie haar eigen actielijst en e-mailconcept, ook wie er niet was', async ({ app, page }) => {
  const world = arrangeJulianadorp(app);
  for (const base of ['Politie Noord-Holland Noord', 'Woningstichting Den Helder', 'Stichting Welzijn Den Helder', 'GGD Hollands Noorden']) {
    for (const ext of ['pdf', 'eml']) rmSync(exportFile(app, `Actielijst ${base} 2026-11-17.${ext}`), { force: true });
  }
  await app.open(`/overleg/${world.meetingId}`);
  await page.getByRole('button', { name: 'Overleg afronden…' }).click();
  await page.getByRole('dialog', { name: 'Overleg afronden?' }).getByRole('button', { name: 'Overleg afronden' }).click();
  await expect(page.getByText('Het overleg is afgerond.')).toBeVisible();

  const { dialog, make } = await makeListsFromMeeting(page, 4);
  // Every organisation with open actions, the absent ones marked: they need the list most.
  const rows = dialog.getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(dialog.getByRole('row', { name: /Politie Noord-Holland Noord.*Niet bij het overleg/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Stichting Welzijn Den Helder.*Niet bij het overleg/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Woningstichting Den Helder/ })).not.toContainText('Niet bij het overleg');
  await expect(dialog.getByRole('row', { name: /GGD Hollands Noorden/ })).toContainText('zelf invullen');
  await app.capture('60-actielijsten-maken');

  await make();
  // Four PDF/As made in the document worker (started on first use): allow for a busy machine.
  await expect(dialog.getByText('4 actielijsten zijn gemaakt, elk met een e-mailconcept.')).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByRole('row', { name: /Politie Noord-Holland Noord\s+2/ })).toContainText('Actielijst Politie Noord-Holland Noord 2026-11-17.eml');
  await expect(dialog.getByRole('row', { name: /Woningstichting Den Helder/ })).toContainText('1 verlopen');
  await expect(dialog.getByText(app.exportsDir)).toBeVisible();
  await app.capture('61-actielijsten-gemaakt');
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.capture('61-actielijsten-gemaakt-1366');
  await dialog.getByRole('button', { name: 'Map openen' }).click();
  await expect(dialog.getByText('De map is geopend.')).toBeVisible();
  expect(app.revealed).toEqual([app.exportsDir]);

  // The politie sent apologies: its list holds both its actions, and nobody else's.
  const politie = readPdf(app, 'Actielijst Politie Noord-Holland Noord 2026-11-17.pdf');
  expect(politie.text).toContain('Extra surveillance bij het winkelcentrum in de avond');
  expect(politie.text).toContain('Hangjongeren bij de speeltuin aanspreken');
  for (const other of ['Containers Noorderhaven vaker laten legen', 'Huisbezoek afleggen', 'Voorlichting over eenzaamheid']) expect(politie.text).not.toContain(other);

  // Welzijn did not come: its list has its action on the vertrouwelijk signal — who, when and
  // status, its own text covered (it names the resident) — and the signal it owns, by theme and buurt only.
  const welzijn = readPdf(app, 'Actielijst Stichting Welzijn Den Helder 2026-11-17.pdf');
  expect(welzijn.text).toContain('Actie bij een vertrouwelijk signaal');
  expect(welzijn.text).not.toContain('Huisbezoek afleggen met de wijkverpleging');
  expect(welzijn.text).toContain('Vertrouwelijk signaal');
  expect(welzijn.text).toContain('details bij de wijkmanager');
  expect(welzijn.text).not.toContain('Extra surveillance');

  const woningstichting = readPdf(app, 'Actielijst Woningstichting Den Helder 2026-11-17.pdf');
  expect(woningstichting.text).toContain('Verlopen acties');
  expect(woningstichting.text).toContain('Containers Noorderhaven vaker laten legen');
  expect(woningstichting.text).toContain('Zwerfvuil rond de containers Noorderhaven');
  const ggd = readPdf(app, 'Actielijst GGD Hollands Noorden 2026-11-17.pdf');
  expect(ggd.text).toContain('Subsidie van de gemeente voor 2027');

  for (const list of [politie, welzijn, woningstichting, ggd]) {
    for (const secret of Object.values(SECRET)) expect(list.text).not.toContain(secret);
    expect(pdfFonts(list.bytes).every((f) => f.embedded)).toBe(true);
    expect(pdfXmp(list.bytes)).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(list.text).toContain('Contact wijkmanager: Sanne de Vries, s.devries@denhelder.nl');
  }
  expect(pdfInfo(politie.bytes)).toMatchObject({ Title: 'Actielijst Politie Noord-Holland Noord', Author: 'Gemeente Den Helder' });

  // The mail draft opens with the PDF attached byte for byte, to the wijkagent, as a draft.
  const mail = await simpleParser(readFileSync(exportFile(app, 'Actielijst Politie Noord-Holland Noord 2026-11-17.eml')));
  expect(mail.headers.get('x-unsent')).toBe('1');
  expect((Array.isArray(mail.to) ? mail.to : [mail.to!]).flatMap((t) => t.value.map((v) => v.address))).toEqual(['kees.mulder@politie.example']);
  expect(mail.text).toContain('Beste Kees,');
  expect(mail.attachments).toHaveLength(1);
  expect(mail.attachments[0]!.filename).toBe('Actielijst Politie Noord-Holland Noord 2026-11-17.pdf');
  expect(Buffer.compare(mail.attachments[0]!.content, Buffer.from(politie.bytes))).toBe(0);
  for (const secret of Object.values(SECRET)) expect(mail.text).not.toContain(secret);
});
