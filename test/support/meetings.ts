import type { TestBackend } from './backend';

/**
 * A small gemeente with one wijk (Molenwijk) and a staffed WCT: enough for every meeting rule.
 * Gemeente and corporatie must attend (prestatieafspraken); politie and welzijn need not.
 */
export function seedTeam(app: TestBackend) {
  app.call('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Molenwijk' }, { name: 'Binnenstad' }] });
  const wijken = app.call('wijk:list', {});
  const wijk = wijken.find((w) => w.name === 'Molenwijk')!;
  const otherWijk = wijken.find((w) => w.name === 'Binnenstad')!;
  const molenkamp = app.call('buurt:create', { wijkId: wijk.id, name: 'Molenkamp' });
  const wieken = app.call('buurt:create', { wijkId: wijk.id, name: 'De Wieken' });
  const oudeHaven = app.call('buurt:create', { wijkId: otherWijk.id, name: 'Oude Haven' });

  const org = (name: string, kind: 'gemeente' | 'woningcorporatie' | 'politie' | 'welzijn', attendanceRequired: boolean) =>
    app.call('organisation:create', { name, kind, attendanceRequired });
  const gemeente = org('Gemeente Den Helder', 'gemeente', true);
  const corporatie = org('Woonstichting Kustwonen', 'woningcorporatie', true);
  const politie = org('Politie Kop van Noord', 'politie', false);
  const welzijn = org('Welzijn Samen', 'welzijn', false);

  const person = (name: string, organisationId: number, role: string, email = '') =>
    app.call('person:create', { name, organisationId, role, email });
  const chair = person('Rachid El Amrani', gemeente.id, 'Wijkmanager', 'r.elamrani@denhelder.nl');
  const secretary = person('Tom Hendriks', gemeente.id, 'Secretaris', 't.hendriks@denhelder.nl');
  const wijkmeester = person('Ahmed Bouzid', corporatie.id, 'Sociaal wijkmeester', 'a.bouzid@kustwonen.nl');
  const colleague = person('Wendy Kramer', corporatie.id, 'Sociaal wijkmeester', 'w.kramer@kustwonen.nl');
  const agent = person('Naima Haddou', politie.id, 'Wijkagent', 'naima.haddou@politie.example');
  const opbouwwerker = person('Eva de Graaf', welzijn.id, 'Opbouwwerker');

  const team = app.call('team:get', { wijkId: wijk.id });
  for (const p of [chair, secretary, wijkmeester, agent, opbouwwerker]) app.call('team:addMember', { teamId: team.id, personId: p.id, since: '2026-01-01' });
  app.call('team:updateRoles', { teamId: team.id, chairId: chair.id, secretaryId: secretary.id });
  const otherTeam = app.call('team:get', { wijkId: otherWijk.id });
  app.call('team:addMember', { teamId: otherTeam.id, personId: chair.id, since: '2026-01-01' });

  return {
    wijk,
    otherWijk,
    team,
    otherTeam,
    buurten: { molenkamp, wieken, oudeHaven },
    orgs: { gemeente, corporatie, politie, welzijn },
    people: { chair, secretary, wijkmeester, colleague, agent, opbouwwerker },
  };
}
export type Seed = ReturnType<typeof seedTeam>;

/** Plans a meeting of the seeded team. */
export const planMeeting = (app: TestBackend, seed: Seed, date: string, extra: { startTime?: string; endTime?: string; place?: string } = {}) =>
  app.call('meeting:create', {
    teamId: seed.team.id,
    date,
    startTime: extra.startTime ?? '09:30',
    endTime: extra.endTime ?? '11:30',
    place: extra.place ?? 'Wijkcentrum De Wieken',
  });

export const agendaItem = (app: TestBackend, meetingId: number, kind: string) =>
  app.call('meeting:get', { id: meetingId }).agenda.find((i) => i.kind === kind)!;

/** A valid signal for the seeded team, raised in the given meeting. */
export const signalRequest = (seed: Seed, meetingId: number, extra: Record<string, unknown> = {}) => ({
  meetingId,
  title: 'Kapotte lantaarnpalen Molenkamp',
  description: 'Drie lantaarnpalen aan de Molenkamp doen het al twee weken niet.',
  theme: 'openbare_ruimte' as const,
  broughtByPersonId: seed.people.wijkmeester.id,
  buurtId: seed.buurten.molenkamp.id,
  ...extra,
});

/** A valid Nu action for the seeded team. */
export const actionRequest = (seed: Seed, meetingId: number, agendaItemId: number, extra: Record<string, unknown> = {}) => ({
  meetingId,
  agendaItemId,
  what: 'Lantaarnpalen laten repareren',
  ownerOrganisationId: seed.orgs.gemeente.id,
  horizon: 'nu' as const,
  deadline: '2026-12-01',
  ...extra,
});

/**
 * A meeting held, closed, and its verslag vastgesteld by the notulist on `establishedOn`: what
 * "Naar wijkagenda" asks before a meeting's agreements may go into the wijk's plan.
 */
export function holdAndEstablish(app: TestBackend, meetingId: number, establishedOn: string) {
  app.call('meeting:start', { id: meetingId });
  app.call('meeting:finish', { id: meetingId });
  app.call('verslag:create', { meetingId });
  return app.call('verslag:establish', { meetingId, date: establishedOn });
}
