import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFIDENTIAL_ACTION_WHAT } from '../../../domain/privacy';
import { modelText } from '../../../domain/documents/model';
import { buildVerslagDocument } from '../../../domain/verslag/document';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { fileBytes } from '../../support/canary';
import { pdfInfo, pdfText, xmlText, zipXml } from '../../support/documentCheck';
import { seedVerslagWorld } from '../../support/verslagWorld';

let app: TestBackend;
let world: ReturnType<typeof seedVerslagWorld>;
beforeEach(() => {
  // "Today" lies after both meetings, so the notulist may date a vaststelling up to now.
  app = createTestBackend({ now: () => new Date('2026-11-22T09:00:00Z') });
  world = seedVerslagWorld(app);
});
afterEach(() => app.cleanup());

const start = () => app.call('verslag:create', { meetingId: world.first.id });

describe('drafting the verslag from the meeting', () => {
  it('has no verslag until the notulist starts one; a planned meeting cannot have one yet', () => {
    expect(app.call('verslag:get', { meetingId: world.first.id })).toMatchObject({ selected: null, versions: [], editable: false });
    const planned = app.call('meeting:create', { teamId: world.seed.team.id, date: '2026-12-17', startTime: '09:30', place: 'Wijkcentrum' });
    expect(app.reject('verslag:create', { meetingId: planned.id }).message).toMatch(/nog niet begonnen/);
  });

  it('starts each agenda item from the notes taken in the meeting', () => {
    const view = start();
    expect(view.selected).toMatchObject({ version: 1, status: 'concept', createdBy: 'Tom Hendriks' });
    expect(view.editable).toBe(true);
    const summary = (id: number) => view.summaries.find((s) => s.agendaItemId === id)?.text;
    expect(summary(world.ids.opening)).toBe('Welkom aan Sanne Vos van de GGD.');
    expect(summary(world.ids.round)).toBe('Veel meldingen over de Molenkamp.');
    expect(app.reject('verslag:create', { meetingId: world.first.id }).message).toMatch(/al een verslag/);
  });

  it('groups attendance by organisation with every status, substitutes and guests', () => {
    const { content } = start();
    expect(content).toMatchObject({ team: 'Wijk-coördinatieteam Molenwijk', wijk: 'Molenwijk', date: '2026-10-08', chair: 'Rachid El Amrani', secretary: 'Tom Hendriks', municipality: 'Den Helder' });
    const org = (name: string) => content.attendance.find((g) => g.organisation === name)!.members;
    expect(org('Gemeente Den Helder').map((m) => [m.name, m.status, m.chair, m.secretary])).toEqual([
      ['Rachid El Amrani', 'aanwezig', true, false],
      ['Tom Hendriks', 'aanwezig', false, true],
    ]);
    expect(org('Woonstichting Kustwonen')).toEqual([expect.objectContaining({ name: 'Ahmed Bouzid', status: 'vervangen', substitute: 'Wendy Kramer' })]);
    expect(org('Politie Kop van Noord')[0]!.status).toBe('afgemeld');
    expect(org('Welzijn Samen')[0]!.status).toBe('afwezig');
    expect(content.guests).toEqual([{ name: 'Sanne Vos', organisation: 'GGD Hollands Noorden', role: 'Sociaal verpleegkundige' }]);
  });

  it('puts decisions, signals and actions under their agenda item; a vertrouwelijk signal shows only theme, buurt, status and probleemeigenaar', () => {
    const { content } = start();
    const round = content.items.find((i) => i.agendaItemId === world.ids.round)!;
    expect(round.decisions).toEqual(['De lantaarnpalen aan de Molenkamp krijgen voorrang.']);
    expect(round.signalsNew.map((s) => s.title)).toEqual(['Kapotte lantaarnpalen Molenkamp', null]);
    const confidential = round.signalsNew[1]!;
    expect(confidential).toEqual({
      confidential: true,
      title: null,
      theme: 'Zorg',
      buurt: 'De Wieken',
      // A zorg signal is routed to team Zorg by default, so it reads Doorgezet.
      status: 'Doorgezet',
      problemOwner: 'Welzijn Samen',
      broughtBy: null,
      description: null,
      routedTo: null,
      outcome: null,
      followUpNote: null,
      statusChange: null,
    });
    expect(JSON.stringify(content)).not.toMatch(/Jansen|Dorpsstraat/);
    // The action on the vertrouwelijk signal: wie, horizon and status stay; its own texts are
    // covered too (they can name the resident) and its why names only theme and buurt.
    const visit = round.actionsNew.find((a) => a.what === CONFIDENTIAL_ACTION_WHAT)!;
    expect(visit).toMatchObject({ owner: 'Welzijn Samen (Eva de Graaf)', horizon: 'Nu', how: null, why: 'Vertrouwelijk signaal (Zorg, De Wieken); details bij de wijkmanager' });
    expect(JSON.stringify(content)).not.toContain('Huisbezoek afleggen');
    const agenda = content.items.find((i) => i.agendaItemId === world.ids.wijkagenda)!;
    expect(agenda.actionsNew.map((a) => [a.horizon, a.requirement])).toEqual([
      ['Ooit', 'Randvoorwaarden: Budget in de begroting 2027; definitief antwoord vóór 1 maart 2027'],
      ['Nooit', 'Gaat niet door: Geen draagvlak in de buurt'],
    ]);
  });

  it('reports the follow-ups of the next meeting there, and an actielijst of every open action with overdue ones first', () => {
    app.call('verslag:create', { meetingId: world.second.id });
    const { content } = app.call('verslag:get', { meetingId: world.second.id });
    const review = content.items.find((i) => i.kind === 'verslag_actielijst')!;
    expect(review.actionsUpdated).toEqual([expect.objectContaining({ what: 'Lantaarnpalen laten repareren', followUpNote: 'Twee van de drie palen gemaakt.', statusChange: 'Open → In uitvoering' })]);
    const round = content.items.find((i) => i.kind === 'signalenronde')!;
    expect(round.signalsFollowed).toEqual([expect.objectContaining({ title: 'Kapotte lantaarnpalen Molenkamp', followUpNote: 'Melding ligt bij het Stadsbedrijf.' })]);
    // Open on 12 November: the repair (due 1 November, overdue), the visit and the Ooit; the Nooit is settled.
    expect(content.openActions.map((a) => [a.what, a.overdue])).toEqual([
      ['Lantaarnpalen laten repareren', true],
      [CONFIDENTIAL_ACTION_WHAT, false],
      ['Speeltuin De Wieken vernieuwen', false],
    ]);
  });
});

describe('the notulist writes, the chair establishes, corrections become versions', () => {
  it('saves the text per agenda item, and refuses an agenda item of another meeting', () => {
    start();
    app.call('verslag:saveSummary', { meetingId: world.first.id, agendaItemId: world.ids.round, text: 'De wijkmeester meldt drie kapotte lantaarnpalen.' });
    const view = app.call('verslag:get', { meetingId: world.first.id });
    expect(view.content.items.find((i) => i.agendaItemId === world.ids.round)!.summary).toBe('De wijkmeester meldt drie kapotte lantaarnpalen.');
    const other = app.call('meeting:get', { id: world.second.id }).agenda[0]!;
    expect(app.reject('verslag:saveSummary', { meetingId: world.first.id, agendaItemId: other.id, text: 'x' }).message).toMatch(/agendapunt van dit overleg/);
    // Emptying the field removes the text.
    app.call('verslag:saveSummary', { meetingId: world.first.id, agendaItemId: world.ids.round, text: '  ' });
    expect(app.call('verslag:get', { meetingId: world.first.id }).summaries.map((s) => s.agendaItemId)).toEqual([world.ids.opening]);
  });

  it('is established in the next meeting by its chair, frozen from then on, and refuses an edit in Dutch', () => {
    start();
    // Not in a meeting of another team, nor in an earlier one.
    expect(app.reject('verslag:establish', { meetingId: world.first.id, inMeetingId: world.first.id }).message).toMatch(/later overleg van hetzelfde team/);
    const view = app.call('verslag:establish', { meetingId: world.first.id, inMeetingId: world.second.id });
    expect(view.selected).toMatchObject({ status: 'vastgesteld', vastgesteldOn: '2026-11-12', vastgesteldInMeetingId: world.second.id, vastgesteldInMeetingDate: '2026-11-12', vastgesteldBy: 'Rachid El Amrani' });
    expect(view.editable).toBe(false);

    const refusal = app.reject('verslag:saveSummary', { meetingId: world.first.id, agendaItemId: world.ids.round, text: 'Toch anders' });
    expect(refusal).toMatchObject({ code: 'conflict', message: 'Dit verslag is vastgesteld en kan niet meer worden gewijzigd. Maak een correctie: die wordt een nieuwe versie.' });
    expect(app.reject('verslag:establish', { meetingId: world.first.id, date: '2026-11-13' }).message).toMatch(/al vastgesteld/);

    // The meeting's data changes later (reopened, a decision added): the vastgestelde content does not.
    app.call('meeting:reopen', { id: world.first.id });
    app.call('decision:create', { agendaItemId: world.ids.round, text: 'Later toegevoegd besluit.' });
    app.call('meeting:finish', { id: world.first.id });
    const frozen = app.call('verslag:get', { meetingId: world.first.id }).content;
    expect(frozen.items.find((i) => i.agendaItemId === world.ids.round)!.decisions).toEqual(['De lantaarnpalen aan de Molenkamp krijgen voorrang.']);
    // Even SQL written around the back end is refused by the database.
    expect(() => app.db.prepare("UPDATE verslag_version SET content = '{}'").run()).toThrow(/vastgesteld en kan niet meer worden gewijzigd/);
  });

  it('a correction is version 2 with its reason; both stay readable; the list says who changed what and when', () => {
    start();
    app.call('verslag:establish', { meetingId: world.first.id, inMeetingId: world.second.id });
    expect(app.reject('verslag:correct', { meetingId: world.first.id, reason: '' }).fields).toHaveProperty('reason');
    app.call('verslag:correct', { meetingId: world.first.id, reason: 'Naam van de gast verkeerd gespeld' });
    expect(app.reject('verslag:correct', { meetingId: world.first.id, reason: 'Nog een' }).message).toMatch(/nog een concept/);
    app.call('verslag:saveSummary', { meetingId: world.first.id, agendaItemId: world.ids.opening, text: 'Welkom aan Sanne Vos (GGD Hollands Noorden).' });
    // The notulist establishes the correction with the date it was agreed by e-mail.
    expect(app.reject('verslag:establish', { meetingId: world.first.id, date: '2026-10-01' }).fields).toHaveProperty('date');
    expect(app.reject('verslag:establish', { meetingId: world.first.id, date: '2026-12-01' }).message).toMatch(/toekomst/);
    const view = app.call('verslag:establish', { meetingId: world.first.id, date: '2026-11-20', byPersonId: world.seed.people.secretary.id });

    expect(view.versions.map((v) => [v.version, v.status, v.reason, v.createdBy, v.vastgesteldBy, v.changes])).toEqual([
      [1, 'vastgesteld', null, 'Tom Hendriks', 'Rachid El Amrani', []],
      [2, 'vastgesteld', 'Naam van de gast verkeerd gespeld', 'Tom Hendriks', 'Tom Hendriks', ['Verslag bij Opening en mededelingen']],
    ]);
    const v1 = app.call('verslag:get', { meetingId: world.first.id, version: 1 });
    expect(v1.content.items[0]!.summary).toBe('Welkom aan Sanne Vos van de GGD.');
    expect(view.content.items[0]!.summary).toBe('Welkom aan Sanne Vos (GGD Hollands Noorden).');
    expect(app.reject('verslag:get', { meetingId: world.first.id, version: 3 }).code).toBe('not_found');
  });

  it('exports every version in every format, named as a user finds it, Concept on every page until vastgesteld', async () => {
    start();
    const concept = await app.callAsync('verslag:export', { meetingId: world.first.id, version: 1, format: 'pdf' });
    expect(concept.fileName).toBe('Verslag Wijk-coördinatieteam Molenwijk 2026-10-08 (concept).pdf');
    const conceptPdf = fileBytes(concept);
    const pages = Number(pdfInfo(conceptPdf).Pages);
    expect(pdfText(conceptPdf).split('CONCEPT').length - 1).toBeGreaterThanOrEqual(pages);

    app.call('verslag:establish', { meetingId: world.first.id, inMeetingId: world.second.id });
    app.call('verslag:correct', { meetingId: world.first.id, reason: 'Besluit B2 aangevuld' });
    const files = await Promise.all(
      [1, 2].flatMap((version) => (['pdf', 'docx', 'odt'] as const).map((format) => app.callAsync('verslag:export', { meetingId: world.first.id, version, format }))),
    );
    expect(files.map((f) => f.fileName)).toEqual([
      'Verslag Wijk-coördinatieteam Molenwijk 2026-10-08.pdf',
      'Verslag Wijk-coördinatieteam Molenwijk 2026-10-08.docx',
      'Verslag Wijk-coördinatieteam Molenwijk 2026-10-08.odt',
      'Verslag Wijk-coördinatieteam Molenwijk 2026-10-08 versie 2 (concept).pdf',
      'Verslag Wijk-coördinatieteam Molenwijk 2026-10-08 versie 2 (concept).docx',
      'Verslag Wijk-coördinatieteam Molenwijk 2026-10-08 versie 2 (concept).odt',
    ]);
    const v1 = pdfText(fileBytes(files[0]!));
    expect(v1).not.toContain('CONCEPT');
    expect(v1).toContain('Vastgesteld op 12 november 2026 in het overleg van 12 november 2026');
    expect(v1).toContain('B1. De lantaarnpalen aan de Molenkamp krijgen voorrang.');
    expect(pdfInfo(fileBytes(files[0]!)).Title).toBe('Verslag Wijk-coördinatieteam Molenwijk 8 oktober 2026');
    const docx = xmlText((await zipXml(fileBytes(files[4]!)))['word/document.xml']!);
    expect(docx).toContain('Besluit B2 aangevuld');
    const odtHeader = (await zipXml(fileBytes(files[5]!)))['styles.xml']!;
    expect(xmlText(odtHeader)).toContain('CONCEPT');
    expect(await app.invoke('verslag:export', { meetingId: world.first.id, version: 1, format: 'rtf' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await app.invoke('verslag:export', { meetingId: world.first.id, version: 9, format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  }, 120_000);
});

describe('the verslag document model', () => {
  it('marks a concept on every page, lists decisions and an actielijst with overdue rows highlighted', () => {
    app.call('verslag:create', { meetingId: world.second.id });
    const view = app.call('verslag:get', { meetingId: world.second.id });
    const model = buildVerslagDocument(view.content, view.selected!, view.createdAt);
    expect(model.draftMark).toBe('Concept');
    expect(model.runningHeader).toEqual(['Wijk-coördinatieteam Molenwijk', 'Overleg 12 november 2026']);
    expect(model.meta).toMatchObject({ title: 'Verslag Wijk-coördinatieteam Molenwijk 12 november 2026', author: 'Den Helder', language: 'nl-NL' });
    const actielijst = model.blocks.find((b) => b.kind === 'section' && b.title === 'Actielijst');
    const table = actielijst?.kind === 'section' ? actielijst.blocks.find((b) => b.kind === 'table') : undefined;
    expect(table?.kind === 'table' && table.rows.map((r) => r.highlight)).toEqual([true, false, false]);
    const text = modelText(model);
    expect(text).toContain('1 actie is over de termijn');
    expect(text).toContain('Twee van de drie palen gemaakt.');
    expect(text).not.toMatch(/Jansen|Dorpsstraat/);
  });
});
