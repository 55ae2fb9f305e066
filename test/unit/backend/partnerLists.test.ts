import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { actionRequest, agendaItem, planMeeting, seedTeam, signalRequest, type Seed } from '../../support/meetings';
import { loadPartnerList, partnerListMail, recordPartnerListMade, resolvePartnerListRun } from '../../../backend/partnerLists/service';
import type { BackendContext } from '../../../backend/context';
import { createExportFolders } from '../../../backend/exportFolders';

let app: TestBackend;
let seed: Seed;
let ctx: BackendContext;
beforeEach(() => {
  app = createTestBackend();
  seed = seedTeam(app);
  ctx = { db: app.db, storage: app.storage, databasePath: app.file, appVersion: 'test', now: () => new Date('2026-11-22T09:00:00Z'), folders: createExportFolders(null) };
});
afterEach(() => app.cleanup());

/** A held meeting of the team: the corporatie sent apologies, the politie did not come. */
function heldMeeting(date: string) {
  const meeting = planMeeting(app, seed, date);
  app.call('meeting:start', { id: meeting.id });
  app.call('attendance:set', { meetingId: meeting.id, personId: seed.people.chair.id, status: 'aanwezig' });
  app.call('attendance:set', { meetingId: meeting.id, personId: seed.people.wijkmeester.id, status: 'afgemeld' });
  app.call('attendance:set', { meetingId: meeting.id, personId: seed.people.agent.id, status: 'afwezig' });
  return meeting;
}

describe('partner action lists from the database', () => {
  it('go to every organisation with open actions in the team, absent or not, with only its own actions', () => {
    const m1 = heldMeeting('2026-10-06');
    const round = agendaItem(app, m1.id, 'signalenronde');
    app.call('action:create', actionRequest(seed, m1.id, round.id, { what: 'Portiek laten schoonmaken', ownerOrganisationId: seed.orgs.corporatie.id, deadline: '2026-10-20' }));
    app.call('action:create', actionRequest(seed, m1.id, round.id, { what: 'Extra surveillance', ownerOrganisationId: seed.orgs.politie.id }));
    app.call('action:create', actionRequest(seed, m1.id, round.id, { what: 'Bankje plaatsen', horizon: 'nooit', deadline: null, motivation: 'Geen draagvlak' }));
    app.call('meeting:finish', { id: m1.id });

    const run = resolvePartnerListRun(ctx, { meetingId: m1.id });
    expect(run).toMatchObject({ asOf: '2026-10-06', meetingDate: '2026-10-06', teamName: 'Wijk-coördinatieteam Molenwijk' });
    // The gemeente's only action is a Nooit: settled, so no list for it from this team.
    expect(run.organisations.map((o) => [o.organisationName, o.openActions])).toEqual([
      ['Politie Kop van Noord', 1],
      ['Woonstichting Kustwonen', 1],
    ]);

    // The plan says who was not there: the absent need their list most.
    const plan = app.call('partnerList:list', { meetingId: m1.id });
    expect(plan.organisations).toEqual([
      { organisationId: seed.orgs.politie.id, organisationName: 'Politie Kop van Noord', openActions: 1, absent: true, recipients: 1 },
      { organisationId: seed.orgs.corporatie.id, organisationName: 'Woonstichting Kustwonen', openActions: 1, absent: true, recipients: 1 },
    ]);
    expect(plan).toMatchObject({ meetingDate: '2026-10-06', canOpenFolder: false });
    expect(app.reject('partnerList:list', {}).fields).toEqual({ teamId: 'Kies een overleg of een team.' });

    const kustwonen = loadPartnerList(ctx, seed.orgs.corporatie.id, '2026-11-22');
    expect(kustwonen.overdue.map((i) => i.what)).toEqual(['Portiek laten schoonmaken']);
    expect(JSON.stringify(kustwonen)).not.toContain('Extra surveillance');
    expect(kustwonen.teams.map((t) => [t.name, t.wijkmanager?.name])).toEqual([['Wijk-coördinatieteam Molenwijk', 'Rachid El Amrani']]);
  });

  it('a planned meeting has no lists yet; a team has them on any date', () => {
    const planned = planMeeting(app, seed, '2026-12-08');
    expect(() => resolvePartnerListRun(ctx, { meetingId: planned.id })).toThrow(/nog niet gehouden/);
    expect(resolvePartnerListRun(ctx, { teamId: seed.team.id })).toMatchObject({ asOf: '2026-11-22', meetingId: null, organisations: [] });
  });

  it('never selects the confidential content of a signal it owns', () => {
    const m1 = heldMeeting('2026-10-06');
    const round = agendaItem(app, m1.id, 'signalenronde');
    const confidential = app.call(
      'signal:create',
      signalRequest(seed, m1.id, {
        agendaItemId: round.id,
        title: 'CANARY-titel',
        description: 'CANARY-omschrijving',
        location: 'CANARY-locatie',
        theme: 'zorg',
        sensitivity: 'vertrouwelijk',
        buurtId: seed.buurten.wieken.id,
        problemOwnerId: seed.orgs.corporatie.id,
      }),
    );
    app.call('signal:followUp', { signalId: confidential.id, meetingId: m1.id, note: 'CANARY-notitie' });
    app.call('action:create', actionRequest(seed, m1.id, round.id, { signalId: confidential.id, agendaItemId: null, what: 'Huisbezoek afleggen', ownerOrganisationId: seed.orgs.corporatie.id }));

    const list = loadPartnerList(ctx, seed.orgs.corporatie.id, '2026-11-22');
    expect(JSON.stringify(list)).not.toContain('CANARY');
    expect(list.signals).toEqual([expect.objectContaining({ confidential: true, theme: 'zorg', buurtName: 'De Wieken', status: 'doorgezet' })]);
    expect(list.open[0]!.meetings[0]!.items[0]!.why).toMatchObject({ kind: 'confidentialSignal', theme: 'zorg', buurtName: 'De Wieken' });
  });

  it('remembers each list, so the next one shows what was finished since', () => {
    const m1 = heldMeeting('2026-10-06');
    const round = agendaItem(app, m1.id, 'signalenronde');
    const a = app.call('action:create', actionRequest(seed, m1.id, round.id, { what: 'Portiek schoonmaken', ownerOrganisationId: seed.orgs.corporatie.id }));
    const b = app.call('action:create', actionRequest(seed, m1.id, round.id, { what: 'Bewoners informeren', ownerOrganisationId: seed.orgs.corporatie.id }));
    app.call('meeting:finish', { id: m1.id });
    const run1 = resolvePartnerListRun(ctx, { meetingId: m1.id });
    recordPartnerListMade(ctx, run1, loadPartnerList(ctx, seed.orgs.corporatie.id, run1.asOf));

    const m2 = heldMeeting('2026-11-17');
    app.call('action:followUp', { actionId: a.id, meetingId: m2.id, status: 'gereed', note: 'Schoongemaakt' });
    app.call('action:followUp', { actionId: b.id, meetingId: m2.id, note: 'Brief is verstuurd' });
    const run2 = resolvePartnerListRun(ctx, { meetingId: m2.id });
    const list = loadPartnerList(ctx, seed.orgs.corporatie.id, run2.asOf);
    expect(list).toMatchObject({ hasPreviousList: true, finishedSince: '2026-10-06' });
    expect(list.finished.map((i) => [i.what, i.closedOn])).toEqual([['Portiek schoonmaken', '2026-11-17']]);
    expect(list.open[0]!.meetings[0]!.items.map((i) => [i.what, i.latestNote])).toEqual([['Bewoners informeren', { date: '2026-11-17', text: 'Brief is verstuurd' }]]);
    // Making the list of the same day again looks back to the same previous list.
    recordPartnerListMade(ctx, run2, list);
    expect(loadPartnerList(ctx, seed.orgs.corporatie.id, run2.asOf).finishedSince).toBe('2026-10-06');
  });

  it('addresses the mail to the organisation’s members of the team, signed by the secretary', () => {
    const m1 = heldMeeting('2026-10-06');
    const round = agendaItem(app, m1.id, 'signalenronde');
    app.call('action:create', actionRequest(seed, m1.id, round.id, { ownerOrganisationId: seed.orgs.corporatie.id, deadline: '2026-10-20' }));
    const run = resolvePartnerListRun(ctx, { meetingId: m1.id });
    const { mail, recipients } = partnerListMail(ctx, run, loadPartnerList(ctx, seed.orgs.corporatie.id, run.asOf), null);
    // Wendy Kramer works there too but has no seat in this team.
    expect(recipients.map((r) => r.email)).toEqual(['a.bouzid@kustwonen.nl']);
    expect(mail.to).toEqual([{ name: 'Ahmed Bouzid', address: 'a.bouzid@kustwonen.nl' }]);
    expect(mail.from).toEqual({ name: 'Tom Hendriks', address: 't.hendriks@denhelder.nl' });
    expect(mail.subject).toBe('Actielijst Woonstichting Kustwonen – Wijk-coördinatieteam Molenwijk – 6 oktober 2026');
    expect(mail.text).toContain('Beste Ahmed,');
    expect(mail.text).toContain('1 open actie.');
    expect(mail.text).toContain('Rachid El Amrani (r.elamrani@denhelder.nl)');

    // Without any member address the organisation's general contact gets it.
    const welzijn = partnerListMail(ctx, run, loadPartnerList(ctx, seed.orgs.welzijn.id, run.asOf), null);
    expect(welzijn.recipients).toEqual([]);
    expect(welzijn.mail.text).toContain('Beste collega’s,');
  });
});
