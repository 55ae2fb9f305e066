import type { TestBackend } from './backend';
import { agendaItem, planMeeting, seedTeam, signalRequest, type Seed } from './meetings';

/**
 * Two meetings of the seeded WCT Molenwijk: the first with attendance of every kind, a guest,
 * notes, decisions, a normal and a vertrouwelijk signal and actions of every horizon; the second
 * (running) follows up a signal and an action. For the verslag tests.
 */
export function seedVerslagWorld(app: TestBackend) {
  const seed: Seed = seedTeam(app);
  const first = planMeeting(app, seed, '2026-10-08');
  const second = planMeeting(app, seed, '2026-11-12');
  app.call('meeting:start', { id: first.id });
  const { chair, secretary, wijkmeester, colleague, agent, opbouwwerker } = seed.people;
  app.call('attendance:set', { meetingId: first.id, personId: chair.id, status: 'aanwezig' });
  app.call('attendance:set', { meetingId: first.id, personId: secretary.id, status: 'aanwezig' });
  app.call('attendance:set', { meetingId: first.id, personId: wijkmeester.id, status: 'vervangen', substitutePersonId: colleague.id });
  app.call('attendance:set', { meetingId: first.id, personId: agent.id, status: 'afgemeld' });
  app.call('attendance:set', { meetingId: first.id, personId: opbouwwerker.id, status: 'afwezig' });
  app.call('attendance:addGuest', { meetingId: first.id, name: 'Sanne Vos', organisationName: 'GGD Hollands Noorden', role: 'Sociaal verpleegkundige' });

  const opening = agendaItem(app, first.id, 'opening');
  const round = agendaItem(app, first.id, 'signalenronde');
  const wijkagenda = agendaItem(app, first.id, 'wijkagenda');
  app.call('agenda:updateItem', { id: opening.id, notes: 'Welkom aan Sanne Vos van de GGD.' });
  app.call('agenda:updateItem', { id: round.id, notes: 'Veel meldingen over de Molenkamp.' });
  const lights = app.call('signal:create', signalRequest(seed, first.id, { agendaItemId: round.id, problemOwnerId: seed.orgs.gemeente.id }));
  const care = app.call('signal:create', {
    ...signalRequest(seed, first.id, { agendaItemId: round.id }),
    title: 'Zorgen om mevrouw Jansen',
    description: 'Mevrouw Jansen (Dorpsstraat 12) vereenzaamt.',
    location: 'Dorpsstraat 12',
    theme: 'zorg',
    sensitivity: 'vertrouwelijk',
    buurtId: seed.buurten.wieken.id,
    problemOwnerId: seed.orgs.welzijn.id,
  });
  const repair = app.call('action:create', {
    meetingId: first.id,
    signalId: lights.id,
    what: 'Lantaarnpalen laten repareren',
    ownerOrganisationId: seed.orgs.gemeente.id,
    horizon: 'nu',
    deadline: '2026-11-01',
  });
  const visit = app.call('action:create', {
    meetingId: first.id,
    signalId: care.id,
    whyText: 'Mevrouw Jansen woont alleen',
    what: 'Huisbezoek afleggen',
    ownerOrganisationId: seed.orgs.welzijn.id,
    ownerPersonId: opbouwwerker.id,
    horizon: 'nu',
    deadline: '2026-12-15',
  });
  app.call('action:create', {
    meetingId: first.id,
    agendaItemId: wijkagenda.id,
    what: 'Speeltuin De Wieken vernieuwen',
    ownerOrganisationId: seed.orgs.gemeente.id,
    horizon: 'ooit',
    preconditions: 'Budget in de begroting 2027',
    decisionDue: '2027-03-01',
  });
  app.call('action:create', {
    meetingId: first.id,
    agendaItemId: wijkagenda.id,
    what: 'Hondenuitlaatplaats bij de school',
    ownerOrganisationId: seed.orgs.gemeente.id,
    horizon: 'nooit',
    motivation: 'Geen draagvlak in de buurt',
  });
  app.call('decision:create', { agendaItemId: round.id, text: 'De lantaarnpalen aan de Molenkamp krijgen voorrang.' });
  app.call('decision:create', { agendaItemId: wijkagenda.id, text: 'De speeltuin gaat op de wijkagenda 2027.' });
  app.call('meeting:finish', { id: first.id });

  app.call('meeting:start', { id: second.id });
  app.call('signal:followUp', { signalId: lights.id, meetingId: second.id, note: 'Melding ligt bij het Stadsbedrijf.', status: 'doorgezet' });
  app.call('action:followUp', { actionId: repair.id, meetingId: second.id, note: 'Twee van de drie palen gemaakt.', status: 'in_uitvoering' });
  return { seed, first, second, ids: { lights: lights.id, care: care.id, repair: repair.id, visit: visit.id, opening: opening.id, round: round.id, wijkagenda: wijkagenda.id } };
}
