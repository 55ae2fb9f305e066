import { describe, expect, it } from 'vitest';
import {
  buildPartnerList,
  partnerListFileBase,
  type PartnerListActionInput,
  type PartnerListInput,
  type PartnerListSignalInput,
} from '../../../domain/partnerList';

const KUSTWONEN = { id: 2, name: 'Woonstichting Kustwonen' };
const POLITIE = { id: 3, name: 'Politie Kop van Noord' };

let nextId = 1;
const action = (extra: Partial<PartnerListActionInput> = {}): PartnerListActionInput => ({
  id: nextId++,
  teamId: 1,
  teamName: 'Wijk-coördinatieteam Molenwijk',
  wijkId: 1,
  wijkName: 'Molenwijk',
  meetingId: 10,
  meetingDate: '2026-10-06',
  ownerOrganisationId: KUSTWONEN.id,
  ownerPersonName: null,
  what: 'Portiek Molenkamp 12 laten schoonmaken',
  how: null,
  whyText: null,
  agendaItemTitle: 'Signalenronde',
  signalId: null,
  signalTitle: null,
  signalSensitivity: null,
  signalTheme: null,
  signalBuurtName: null,
  signalStatus: null,
  horizon: 'nu',
  deadline: '2026-12-01',
  preconditions: null,
  decisionDue: null,
  motivation: null,
  status: 'open',
  cancelReason: null,
  closedOn: null,
  lastFollowUpNote: null,
  lastFollowUpDate: null,
  ...extra,
});

const signal = (extra: Partial<PartnerListSignalInput> = {}): PartnerListSignalInput => ({
  id: nextId++,
  teamId: 1,
  wijkId: 1,
  wijkName: 'Molenwijk',
  problemOwnerId: KUSTWONEN.id,
  title: 'Vochtklachten in de flats aan de Wieken',
  date: '2026-10-06',
  theme: 'wonen',
  buurtName: 'De Wieken',
  location: 'Wiekenflat',
  description: 'Meerdere bewoners melden schimmel.',
  outcome: null,
  urgency: 'normaal',
  sensitivity: 'normaal',
  status: 'in_behandeling',
  closedOn: null,
  lastFollowUpNote: null,
  lastFollowUpDate: null,
  ...extra,
});

const input = (extra: Partial<PartnerListInput>): PartnerListInput => ({
  organisation: KUSTWONEN,
  municipalityName: 'Den Helder',
  asOf: '2026-11-17',
  previousListOn: null,
  teams: [],
  actions: [],
  signals: [],
  ...extra,
});

describe('the partner action list', () => {
  it('puts overdue actions first, then the others grouped by wijk and by meeting (oldest first)', () => {
    const late = action({ what: 'Te laat', deadline: '2026-11-01' });
    const lateOoit = action({ what: 'Ooit, antwoord te laat', horizon: 'ooit', deadline: null, preconditions: 'Budget 2027', decisionDue: '2026-10-31' });
    const binnenstad = action({ what: 'Binnenstad', wijkId: 2, wijkName: 'Binnenstad', teamName: 'WCT Binnenstad', meetingId: 20, meetingDate: '2026-11-03' });
    const recent = action({ what: 'Nieuw', meetingId: 11, meetingDate: '2026-11-17', deadline: '2026-12-15' });
    const older = action({ what: 'Ouder', deadline: '2026-12-20' });
    const list = buildPartnerList(input({ actions: [recent, late, binnenstad, lateOoit, older] }));

    expect(list.overdue.map((i) => i.what)).toEqual(['Ooit, antwoord te laat', 'Te laat']);
    expect(list.overdue.every((i) => i.overdue)).toBe(true);
    expect(list.open.map((g) => g.wijkName)).toEqual(['Binnenstad', 'Molenwijk']);
    const molenwijk = list.open[1]!;
    expect(molenwijk.meetings.map((m) => [m.meetingDate, m.items.map((i) => i.what)])).toEqual([
      ['2026-10-06', ['Ouder']],
      ['2026-11-17', ['Nieuw']],
    ]);
    expect(list.counts).toEqual({ open: 5, overdue: 2, finished: 0, signals: 0 });
    // Ooit carries what it requires: randvoorwaarden and the afhandeltermijn as due date.
    expect(list.overdue[0]).toMatchObject({ horizon: 'ooit', preconditions: 'Budget 2027', dueDate: '2026-10-31' });
  });

  it('holds only the organisation’s own actions and signals, whatever it is given', () => {
    const own = action({ what: 'Eigen actie' });
    const other = action({ what: 'Actie van de politie', ownerOrganisationId: POLITIE.id });
    const otherCase = signal({ problemOwnerId: POLITIE.id, title: 'Zaak van de politie', sensitivity: 'vertrouwelijk' });
    const list = buildPartnerList(input({ actions: [own, other], signals: [otherCase, signal()] }));
    const json = JSON.stringify(list);
    expect(json).toContain('Eigen actie');
    expect(json).not.toContain('Actie van de politie');
    expect(json).not.toContain('Zaak van de politie');
    expect(list.signals).toHaveLength(1);
  });

  it('shows a vertrouwelijk signal only as theme, buurt and status', () => {
    const confidential = signal({
      sensitivity: 'vertrouwelijk',
      theme: 'zorg',
      title: 'CANARY-titel',
      description: 'CANARY-omschrijving',
      location: 'CANARY-locatie',
      outcome: 'CANARY-uitkomst',
      lastFollowUpNote: 'CANARY-notitie',
      lastFollowUpDate: '2026-11-03',
    });
    const fromConfidential = action({
      signalId: confidential.id,
      agendaItemTitle: null,
      signalTitle: 'CANARY-titel',
      signalSensitivity: 'vertrouwelijk',
      signalTheme: 'zorg',
      signalBuurtName: 'De Wieken',
      signalStatus: 'in_behandeling',
      whyText: 'CANARY-toelichting',
    });
    const list = buildPartnerList(input({ actions: [fromConfidential], signals: [confidential] }));
    expect(JSON.stringify(list)).not.toContain('CANARY');
    expect(list.signals[0]).toEqual({
      confidential: true,
      id: confidential.id,
      wijkName: 'Molenwijk',
      date: '2026-10-06',
      theme: 'zorg',
      buurtName: 'De Wieken',
      status: 'in_behandeling',
    });
    expect(list.open[0]!.meetings[0]!.items[0]!.why).toEqual({ kind: 'confidentialSignal', theme: 'zorg', buurtName: 'De Wieken', status: 'in_behandeling' });
  });

  it('a normaal signal keeps its title, location and latest note; the action says which signal it came from', () => {
    const s = signal({ lastFollowUpNote: 'Inspectie gepland', lastFollowUpDate: '2026-11-03' });
    const a = action({ signalId: s.id, agendaItemTitle: null, signalTitle: s.title, signalSensitivity: 'normaal', signalTheme: 'wonen', whyText: 'Na klachten' });
    const list = buildPartnerList(input({ actions: [a], signals: [s] }));
    expect(list.signals[0]).toMatchObject({ confidential: false, title: s.title, location: 'Wiekenflat', latestNote: { date: '2026-11-03', text: 'Inspectie gepland' } });
    expect(list.signals[0]).not.toHaveProperty('description');
    expect(list.open[0]!.meetings[0]!.items[0]!.why).toEqual({ kind: 'signal', title: s.title, note: 'Na klachten' });
  });

  it('lists what was finished since the previous list, and nothing finished before it', () => {
    const before = action({ what: 'Vóór de vorige lijst', status: 'gereed', closedOn: '2026-10-06' });
    const since = action({ what: 'Sinds de vorige lijst', status: 'gereed', closedOn: '2026-11-03' });
    const cancelled = action({ what: 'Vervallen', status: 'vervallen', cancelReason: 'Dubbel', closedOn: '2026-11-17' });
    const nooit = action({ what: 'Nooit', horizon: 'nooit', deadline: null, motivation: 'Te duur', closedOn: '2026-11-03' });
    const list = buildPartnerList(input({ previousListOn: '2026-10-06', actions: [before, since, cancelled, nooit] }));
    expect(list.finished.map((i) => [i.what, i.status, i.closedOn])).toEqual([
      ['Sinds de vorige lijst', 'gereed', '2026-11-03'],
      ['Vervallen', 'vervallen', '2026-11-17'],
    ]);
    expect(list.finished[1]!.cancelReason).toBe('Dubbel');
    expect(list.finishedSince).toBe('2026-10-06');
    expect(list.hasPreviousList).toBe(true);
    // A Nooit agreement is never open and never "finished".
    expect(list.counts.open).toBe(0);
  });

  it('without a previous list looks back eight weeks', () => {
    const list = buildPartnerList(input({ actions: [action({ status: 'gereed', closedOn: '2026-09-30' }), action({ status: 'gereed', closedOn: '2026-09-15' })] }));
    expect(list.finishedSince).toBe('2026-09-22');
    expect(list.hasPreviousList).toBe(false);
    expect(list.finished).toHaveLength(1);
  });

  it('on a past date shows what was open then: agreed by that day and closed only later', () => {
    const laterAgreed = action({ what: 'Later afgesproken', meetingDate: '2026-11-17' });
    const closedLater = action({ what: 'Later gereed', status: 'gereed', closedOn: '2026-11-17', lastFollowUpNote: 'Klaar', lastFollowUpDate: '2026-11-17' });
    const list = buildPartnerList(input({ asOf: '2026-11-03', actions: [laterAgreed, closedLater] }));
    const items = list.open.flatMap((g) => g.meetings.flatMap((m) => m.items));
    expect(items.map((i) => [i.what, i.status, i.latestNote])).toEqual([['Later gereed', 'open', null]]);
  });

  it('names the file the way a secretary finds it back', () => {
    expect(partnerListFileBase('Woonstichting Kustwonen', '2026-11-17')).toBe('Actielijst Woonstichting Kustwonen 2026-11-17');
  });
});
