import { channels, present, type Channel, type RequestOf, type ResponseOf } from '../../contract';
import type { ActionHorizon, ActionStatus } from '../../contract/schemas/actions';
import type { AgendaItemKind } from '../../contract/schemas/meetings';
import type { SignalRoute, SignalSensitivity, SignalStatus, SignalTheme, SignalUrgency } from '../../contract/schemas/signals';
import type { BackendContext } from '../context';
import type { Handler } from '../handler';
import { meetingHandlers } from '../handlers/meetings';
import { agendaHandlers } from '../handlers/agenda';
import { attendanceHandlers } from '../handlers/attendance';
import { signalHandlers } from '../handlers/signals';
import { actionHandlers } from '../handlers/actions';
import { decisionHandlers } from '../handlers/decisions';
import { verslagHandlers } from '../handlers/verslag';
import { listAgendaItems, setItemTimer } from '../../db/queries/agenda';
import { getTeamByWijk } from '../../db/queries/teams';
import { findBuurt } from '../../db/queries/wijken';
import { zonedTimeToUtc } from '../export/timezone';

/**
 * Meeting history of the Voorbeeldgemeente: three WCTs with meetings held in September–November
 * 2026 and one planned meeting per wijk. Everything goes through the real handlers, so the demo
 * obeys the same rules as the app. People, places and cases are made up; the confidential signals
 * hold only the minimum a WCT would note.
 */

type Absence = 'afgemeld' | 'afwezig' | { substitute: string } | { substituteName: string };

interface DemoSignal {
  key: string;
  title: string;
  theme: SignalTheme;
  /** A person key, or `org:<key>` for a signal from an organisation. */
  by: string;
  buurt: string;
  location?: string;
  description: string;
  urgency?: SignalUrgency;
  sensitivity?: SignalSensitivity;
  status?: SignalStatus;
  owner?: string;
  routedTo?: SignalRoute | null;
}

interface DemoAction {
  key: string;
  what: string;
  signal?: string;
  item?: AgendaItemKind;
  why?: string;
  owner: string;
  person?: string;
  horizon?: ActionHorizon;
  deadline?: string;
  how?: string;
  preconditions?: string;
  decisionDue?: string;
  motivation?: string;
  status?: ActionStatus;
}

interface DemoFollowUp {
  signal?: string;
  action?: string;
  note?: string;
  status?: SignalStatus | ActionStatus;
  outcome?: string;
}

interface HeldMeeting {
  wijk: string;
  date: string;
  start: string;
  end: string;
  place: string;
  /** Members not listed were present. */
  absent?: Record<string, Absence>;
  guests?: { name: string; organisationName: string; role: string }[];
  notes?: Partial<Record<AgendaItemKind, string>>;
  followUps?: DemoFollowUp[];
  signals?: DemoSignal[];
  actions?: DemoAction[];
  decisions?: [AgendaItemKind, string][];
}

const HELD: HeldMeeting[] = [
  // ---- Molenwijk -----------------------------------------------------------------------------
  {
    wijk: 'Molenwijk',
    date: '2026-09-15',
    start: '09:30',
    end: '11:30',
    place: 'Wijkcentrum De Wieken, zaal 1',
    absent: { wel3: 'afgemeld', vpk2: 'afwezig', sch1: 'afgemeld' },
    notes: {
      opening: 'Mirjam Vos (Basisschool De Regenboog) sluit vanaf dit overleg aan; zij is vandaag afgemeld.',
      thema: 'Thema: veiligheid rond winkelcentrum De Wieken. Politie en jongerenwerk lichten hun aanpak toe.',
    },
    signals: [
      { key: 'mw-lamp', title: 'Kapotte lantaarnpalen Molenkamp', theme: 'openbare_ruimte', by: 'cor2', buurt: 'Molenkamp', location: 'Molenkamp, bij de speeltuin', description: 'Vijf lantaarnpalen langs het pad naar de speeltuin doen het al weken niet. Bewoners voelen zich onveilig in het donker.', owner: 'wijkbeheer', status: 'in_behandeling' },
      { key: 'mw-jongeren', title: 'Hangjongeren bij winkelcentrum De Wieken', theme: 'overlast', by: 'pol2', buurt: 'De Wieken', location: 'Achterzijde winkelcentrum', description: 'Groep van tien tot vijftien jongeren, vooral op vrijdag- en zaterdagavond. Klachten over geluid en rommel.', urgency: 'hoog', owner: 'politie' },
      { key: 'mw-oudere', title: 'Zorgen om oudere bewoner', theme: 'zorg', by: 'cor2', buurt: 'Zeeheldenbuurt', description: 'Oudere alleenstaande vrouw (ca. 85) lijkt verward; buren zien haar ’s avonds zoekend op straat. Geen familie in beeld.', urgency: 'hoog', sensitivity: 'vertrouwelijk', owner: 'swt', status: 'doorgezet' },
    ],
    actions: [
      { key: 'mw-a1', what: 'Storing lantaarnpalen melden en herstel bewaken', signal: 'mw-lamp', owner: 'wijkbeheer', person: 'wb2', deadline: '2026-10-01', how: 'Melding bij Stadsbedrijf, wekelijks navragen' },
      { key: 'mw-a2', what: 'Samen surveilleren bij het winkelcentrum op vrijdagavond', signal: 'mw-jongeren', owner: 'politie', person: 'pol2', deadline: '2026-10-31', how: 'Wijkagent en jongerenwerker lopen samen een ronde' },
      { key: 'mw-a3', what: 'Huisbezoek en passende zorg inschakelen', signal: 'mw-oudere', owner: 'swt', person: 'swt2', deadline: '2026-09-22' },
      { key: 'mw-a4', what: 'Jongerenontmoetingsplek onderzoeken', item: 'wijkagenda', why: 'Jongeren hebben geen eigen plek in de wijk', owner: 'welzijn', person: 'wel4', horizon: 'ooit', preconditions: 'Geschikte locatie, budget 2027 en instemming van omwonenden', decisionDue: '2026-11-15' },
    ],
    decisions: [
      ['verslag_actielijst', 'Het verslag van 16 juni 2026 is vastgesteld zonder wijzigingen.'],
      ['thema', 'Het WCT houdt in het voorjaar een buurtschouw in De Wieken.'],
    ],
  },
  {
    wijk: 'Molenwijk',
    date: '2026-10-20',
    start: '09:30',
    end: '11:30',
    place: 'Wijkcentrum De Wieken, zaal 1',
    absent: { cor2: { substitute: 'cor3' }, vpk2: 'afgemeld' },
    guests: [{ name: 'Lotte Verbeek', organisationName: 'Bibliotheek Kop van Noord', role: 'Coördinator taalhuis' }],
    notes: { rondvraag: 'Bibliotheek biedt spreekuur digitale overheid aan in het wijkcentrum.' },
    followUps: [
      { action: 'mw-a1', note: 'Alle vijf palen vervangen door Stadsbedrijf.', status: 'gereed' },
      { signal: 'mw-lamp', status: 'afgehandeld', outcome: 'Lantaarnpalen hersteld; bewoners geïnformeerd.' },
      { action: 'mw-a2', note: 'Twee avonden gelopen; het is merkbaar rustiger.', status: 'in_uitvoering' },
      { signal: 'mw-jongeren', note: 'Overlast neemt af, blijft gevolgd.', status: 'in_behandeling' },
      { action: 'mw-a3', note: 'Huisbezoek afgelegd; sociaal wijkteam heeft de zorg opgepakt.', status: 'gereed' },
      { signal: 'mw-oudere', note: 'Sociaal wijkteam is in contact; blijft in beeld.' },
    ],
    signals: [
      { key: 'mw-afval', title: 'Bijplaatsingen bij containers Zeeheldenbuurt', theme: 'openbare_ruimte', by: 'wb2', buurt: 'Zeeheldenbuurt', location: 'Ondergrondse containers Tromplaan', description: 'Steeds vaker grofvuil en zakken naast de ondergrondse containers, vooral in het weekend.', owner: 'wijkbeheer' },
      { key: 'mw-eenzaam', title: 'Eenzaamheid onder ouderen in De Wieken', theme: 'zorg', by: 'wel3', buurt: 'De Wieken', description: 'Opbouwwerk hoort van meerdere ouderen dat ze weinig contact hebben sinds de buurtsoos is gestopt.', status: 'in_behandeling', owner: 'welzijn' },
    ],
    actions: [
      { key: 'mw-a5', what: 'Handhaving en voorlichting bij de containers', signal: 'mw-afval', owner: 'wijkbeheer', person: 'wb2', deadline: '2026-11-10', how: 'Boa controleert, bewoners krijgen een brief' },
      { key: 'mw-a6', what: 'Koffieochtend voor ouderen starten in het wijkcentrum', signal: 'mw-eenzaam', owner: 'welzijn', person: 'wel3', deadline: '2027-01-31' },
      { key: 'mw-a7', what: 'Skatebaan aan de Molenkamp', item: 'wijkagenda', why: 'Wens uit de bewonersavond', owner: 'wijkbeheer', horizon: 'nooit', motivation: 'Geen geschikte locatie en geen draagvlak bij omwonenden (enquête september).' },
    ],
    decisions: [
      ['verslag_actielijst', 'Het verslag van 15 september 2026 is vastgesteld.'],
      ['wijkagenda', 'Ontmoeting voor ouderen komt als speerpunt op de wijkagenda 2027.'],
    ],
  },
  {
    wijk: 'Molenwijk',
    date: '2026-11-17',
    start: '09:30',
    end: '11:45',
    place: 'Wijkcentrum De Wieken, zaal 1',
    absent: { wel3: 'afgemeld', pol2: { substituteName: 'Dienstdoende wijkagent' }, vpk2: 'afwezig', sch1: 'afgemeld' },
    notes: { signalenronde: 'School meldt parkeeroverlast bij het brengen en halen; schriftelijk ingebracht.' },
    followUps: [
      { action: 'mw-a2', note: 'Loopt door tot de jaarwisseling.' },
      { signal: 'mw-oudere', status: 'afgehandeld', outcome: 'Zorg en begeleiding geregeld via het sociaal wijkteam.' },
      { signal: 'mw-afval', note: 'Handhaving heeft twee keer gecontroleerd.', status: 'in_behandeling' },
      { action: 'mw-a5', note: 'Voorlichtingsbrief is nog niet verstuurd.' },
      { action: 'mw-a6', note: 'Samengevoegd met het bestaande ouderenproject van Welzijn Samen.', status: 'vervallen' },
    ],
    signals: [
      { key: 'mw-parkeren', title: 'Parkeeroverlast bij basisschool De Regenboog', theme: 'veiligheid', by: 'org:school', buurt: 'Molenkamp', location: 'Schoolplein Molenkamp', description: 'Ouders parkeren bij het brengen en halen op de stoep en in de bocht; onoverzichtelijke situaties voor kinderen.', owner: 'wijkbeheer', status: 'doorgezet' },
    ],
    actions: [
      { key: 'mw-a8', what: 'Schoolzone en verkeersbrigadiers onderzoeken', signal: 'mw-parkeren', owner: 'wijkbeheer', person: 'wm2', horizon: 'ooit', preconditions: 'Advies verkeerskundige en budget verkeersveiligheid 2027', decisionDue: '2027-02-01' },
      { key: 'mw-a9', what: 'Ouders informeren over de kiss-and-ride-zone', signal: 'mw-parkeren', owner: 'school', person: 'sch1', deadline: '2026-12-01' },
    ],
    decisions: [['verslag_actielijst', 'Het verslag van 20 oktober 2026 is vastgesteld met één correctie in de aanwezigheid.']],
  },

  // ---- Binnenstad ----------------------------------------------------------------------------
  {
    wijk: 'Binnenstad',
    date: '2026-09-10',
    start: '13:30',
    end: '15:30',
    place: 'Stadhuis, kamer 2.14',
    absent: { wel2: 'afgemeld', swt1: 'afgemeld', boa1: 'afwezig' },
    signals: [
      { key: 'bs-fiets', title: 'Fietswrakken bij het station', theme: 'openbare_ruimte', by: 'wb1', buurt: 'Stationskwartier', location: 'Fietsenstalling oostzijde', description: 'Tientallen fietswrakken nemen plekken in de stalling in.', owner: 'stadsbedrijf', status: 'in_behandeling' },
      { key: 'bs-woning', title: 'Signaal over een vervuilde woning', theme: 'wonen', by: 'cor1', buurt: 'Kerkbuurt', description: 'Alleenstaande bewoner (ca. 60) van een corporatiewoning: sterke geurklachten van buren, mogelijk verzamelwoede. Bewoner doet niet open.', urgency: 'hoog', sensitivity: 'vertrouwelijk', owner: 'corporatie', routedTo: 'zorg', status: 'doorgezet' },
      { key: 'bs-handel', title: 'Vermoedelijke drugshandel Vestingwallen', theme: 'veiligheid', by: 'pol1', buurt: 'Vestingwallen', location: 'Parkje aan de Vestingwallen', description: 'Bewoners zien ’s avonds korte ontmoetingen bij het parkje; auto’s rijden af en aan.', urgency: 'hoog', owner: 'politie' },
    ],
    actions: [
      { key: 'bs-a1', what: 'Fietswrakken labelen en laten verwijderen', signal: 'bs-fiets', owner: 'stadsbedrijf', person: 'sb1', deadline: '2026-10-15' },
      { key: 'bs-a2', what: 'Gezamenlijk huisbezoek corporatie en GGD', signal: 'bs-woning', owner: 'corporatie', person: 'cor1', deadline: '2026-09-30' },
      { key: 'bs-a3', what: 'Cameratoezicht Vestingwallen voorleggen', signal: 'bs-handel', owner: 'veiligheid', person: 'oov1', horizon: 'ooit', preconditions: 'Besluit van de burgemeester en een positieve privacytoets', decisionDue: '2027-01-31' },
      { key: 'bs-a4', what: 'Extra verlichting in het parkje Vestingwallen', signal: 'bs-handel', owner: 'wijkbeheer', person: 'wb1', deadline: '2026-11-15' },
    ],
    decisions: [['verslag_actielijst', 'Het verslag van 11 juni 2026 is vastgesteld.']],
  },
  {
    wijk: 'Binnenstad',
    date: '2026-10-08',
    start: '13:30',
    end: '15:30',
    place: 'Stadhuis, kamer 2.14',
    absent: { sb1: { substituteName: 'Opzichter van dienst' }, pol1: 'afgemeld', boa1: 'afwezig' },
    followUps: [
      { action: 'bs-a1', note: '43 fietswrakken verwijderd.', status: 'gereed' },
      { signal: 'bs-fiets', status: 'afgehandeld', outcome: 'Stalling opgeruimd; controle twee keer per jaar.' },
      { action: 'bs-a2', note: 'Huisbezoek afgelegd; GGD bemoeizorg is betrokken.', status: 'gereed' },
      { signal: 'bs-woning', note: 'GGD heeft contact met de bewoner.', status: 'in_behandeling' },
      { signal: 'bs-handel', note: 'Politie heeft extra surveillance ingezet.', status: 'in_behandeling' },
    ],
    signals: [
      { key: 'bs-terras', title: 'Geluidsoverlast terrassen Oude Haven', theme: 'overlast', by: 'oov1', buurt: 'Oude Haven', location: 'Kade Oude Haven', description: 'Klachten van bewoners over muziek en stemmen na middernacht op vrijdag en zaterdag.' },
    ],
    actions: [{ key: 'bs-a5', what: 'Gesprek met horecaondernemers over sluitingstijden', signal: 'bs-terras', owner: 'veiligheid', person: 'oov1', deadline: '2026-11-30' }],
    decisions: [['verslag_actielijst', 'Het verslag van 10 september 2026 is vastgesteld.']],
  },
  {
    wijk: 'Binnenstad',
    date: '2026-11-12',
    start: '13:30',
    end: '15:15',
    place: 'Stadhuis, kamer 2.14',
    absent: { wel2: 'afgemeld', vpk1: 'afgemeld' },
    followUps: [
      { signal: 'bs-woning', status: 'afgehandeld', outcome: 'Woning schoongemaakt; bewoner krijgt begeleiding.' },
      { action: 'bs-a4', note: 'Offerte ontvangen; uitvoering in december.', status: 'in_uitvoering' },
      { signal: 'bs-terras', note: 'Gesprek gepland op 25 november.', status: 'in_behandeling' },
    ],
    actions: [{ key: 'bs-a6', what: 'Bewonersavond over veiligheid rond de Vestingwallen', signal: 'bs-handel', owner: 'welzijn', person: 'wel1', deadline: '2027-01-20' }],
    decisions: [
      ['verslag_actielijst', 'Het verslag van 8 oktober 2026 is vastgesteld.'],
      ['wijkagenda', 'Het WCT adviseert positief over cameratoezicht aan de Vestingwallen, mits de privacytoets positief is.'],
    ],
  },

  // ---- Noorderhaven --------------------------------------------------------------------------
  {
    wijk: 'Noorderhaven',
    date: '2026-09-24',
    start: '10:00',
    end: '12:00',
    place: 'Buurthuis Het Anker',
    absent: { pol3: 'afgemeld', ggd1: { substituteName: 'Collega bemoeizorg' } },
    signals: [
      { key: 'nh-vuil', title: 'Zwerfvuil op het strandpad Duinzicht', theme: 'openbare_ruimte', by: 'wb2', buurt: 'Duinzicht', location: 'Strandpad tussen de duinovergangen', description: 'Na warme weekenden ligt het pad vol blik en plastic.', owner: 'wijkbeheer', status: 'in_behandeling' },
      { key: 'nh-energie', title: 'Signalen van energiearmoede in het Havenkwartier', theme: 'armoede', by: 'swt3', buurt: 'Havenkwartier', description: 'Meer huishoudens melden zich met hoge energierekeningen en betalingsachterstanden.', owner: 'swt', status: 'in_behandeling' },
      { key: 'nh-verward', title: 'Verward gedrag op straat', theme: 'zorg', by: 'swt3', buurt: 'Havenkwartier', description: 'Man (ca. 40) spreekt voorbijgangers dreigend aan; vermoedelijk psychische problemen. Bekend bij de GGD.', urgency: 'acuut', sensitivity: 'vertrouwelijk', owner: 'ggd', status: 'doorgezet' },
    ],
    actions: [
      { key: 'nh-a1', what: 'Extra veegronde strandpad na zomerweekenden', signal: 'nh-vuil', owner: 'wijkbeheer', person: 'wb2', deadline: '2026-10-10' },
      { key: 'nh-a2', what: 'Energiecoaches inzetten in het Havenkwartier', signal: 'nh-energie', owner: 'welzijn', person: 'wel3', deadline: '2026-12-31' },
      { key: 'nh-a3', what: 'Bemoeizorg inschakelen', signal: 'nh-verward', owner: 'ggd', deadline: '2026-09-30' },
      { key: 'nh-a4', what: 'Hondenpoepbakken langs de dijk', item: 'wijkagenda', why: 'Vraag van bewoners', owner: 'wijkbeheer', horizon: 'nooit', motivation: 'Te duur in onderhoud; handhaving op de opruimplicht werkt beter.' },
    ],
    decisions: [['verslag_actielijst', 'Het verslag van 2 juli 2026 is vastgesteld.']],
  },
  {
    wijk: 'Noorderhaven',
    date: '2026-11-05',
    start: '10:00',
    end: '12:00',
    place: 'Buurthuis Het Anker',
    absent: { cor3: 'afgemeld' },
    followUps: [
      { action: 'nh-a1', note: 'Veegrondes uitgevoerd.', status: 'gereed' },
      { signal: 'nh-vuil', status: 'afgehandeld', outcome: 'Extra veegrondes staan vast in het zomerrooster.' },
      { action: 'nh-a3', note: 'GGD heeft contact; er loopt een zorgtraject.', status: 'gereed' },
      { signal: 'nh-verward', note: 'Zorgtraject loopt.', status: 'in_behandeling' },
      { action: 'nh-a2', note: 'Twintig huishoudens bezocht.', status: 'in_uitvoering' },
    ],
    signals: [
      { key: 'nh-tegels', title: 'Losliggende stoeptegels Nieuw Den Helder-Noord', theme: 'openbare_ruimte', routedTo: null, by: 'vpk2', buurt: 'Nieuw Den Helder-Noord', location: 'Stoep langs het winkelcentrum', description: 'Wijkverpleging ziet ouderen met rollators struikelen over losliggende tegels.' },
    ],
    actions: [
      { key: 'nh-a5', what: 'Buurtpreventie-app opzetten op het Visserseiland', item: 'wijkagenda', why: 'Inbraken in de zomer', owner: 'politie', person: 'pol3', horizon: 'ooit', preconditions: 'Genoeg bewoners die meedoen', decisionDue: '2026-11-20' },
    ],
    decisions: [['verslag_actielijst', 'Het verslag van 24 september 2026 is vastgesteld.']],
  },
];

const PLANNED: { wijk: string; date: string; start: string; end: string; place: string }[] = [
  { wijk: 'Molenwijk', date: '2026-12-15', start: '09:30', end: '11:30', place: 'Wijkcentrum De Wieken, zaal 1' },
  { wijk: 'Binnenstad', date: '2026-12-10', start: '13:30', end: '15:30', place: 'Stadhuis, kamer 2.14' },
  { wijk: 'Noorderhaven', date: '2026-12-17', start: '10:00', end: '12:00', place: 'Buurthuis Het Anker' },
  { wijk: 'De Schooten', date: '2026-12-03', start: '14:00', end: '16:00', place: 'Brede school De Schooten' },
  { wijk: 'Waterweide', date: '2027-01-14', start: '09:30', end: '11:30', place: 'Dorpshuis Waterweide' },
];

/** Share of the planned minutes actually spent per agenda position, so timers look lived-in. */
const SPENT_FACTOR = [1.4, 1.1, 1.2, 0.9, 0.8, 1.5, 0.6];

const demoHandlers = { ...meetingHandlers, ...agendaHandlers, ...attendanceHandlers, ...signalHandlers, ...actionHandlers, ...decisionHandlers, ...verslagHandlers };
type DemoChannel = keyof typeof demoHandlers & Channel;

export interface DemoIds {
  wijkIds: Map<string, number>;
  orgIds: Map<string, number>;
  personIds: Map<string, number>;
}

export function loadMeetingHistory(ctx: BackendContext, ids: DemoIds): void {
  let clock = new Date(0);
  const call = <C extends DemoChannel>(channel: C, request: RequestOf<C>): ResponseOf<C> => {
    clock = new Date(clock.getTime() + 60_000);
    const at = clock;
    const handler = demoHandlers[channel] as unknown as Handler<C>;
    return handler({ ...ctx, now: () => at }, channels[channel].request.parse(request) as never);
  };
  const person = (key: string) => present(ids.personIds.get(key), `Persoon ${key}`);
  const org = (key: string) => present(ids.orgIds.get(key), `Organisatie ${key}`);
  const wijkId = (wijk: string) => present(ids.wijkIds.get(wijk), `Wijk ${wijk}`);
  const teamOf = (wijk: string) => present(getTeamByWijk(ctx.db, wijkId(wijk)), `Het team van ${wijk}`);
  const itemOf = (agenda: Map<AgendaItemKind, number>, kind: AgendaItemKind) => present(agenda.get(kind), `Agendapunt ${kind}`);
  const signalIds = new Map<string, number>();
  const actionIds = new Map<string, number>();
  /** Per wijk, the meeting held before: its verslag is vastgesteld in the next one. */
  const previousHeld = new Map<string, number>();

  for (const m of HELD) {
    clock = new Date(Date.parse(`${m.date}T08:00:00Z`) - 21 * 86_400_000);
    const team = teamOf(m.wijk);
    const meeting = call('meeting:create', { teamId: team.id, date: m.date, startTime: m.start, endTime: m.end, place: m.place });
    clock = zonedTimeToUtc(m.date, m.start);
    call('meeting:start', { id: meeting.id });
    const agenda = new Map(listAgendaItems(ctx.db, meeting.id).map((item) => [item.kind, item.id]));
    // "Verslag en actielijst vorig overleg": the chair establishes the previous meeting's verslag,
    // drafted from its notes (the demo's decisions say so), so its agreements may go to the wijkagenda.
    const previous = previousHeld.get(m.wijk);
    if (previous !== undefined) {
      call('verslag:create', { meetingId: previous });
      call('verslag:establish', { meetingId: previous, inMeetingId: meeting.id });
    }
    previousHeld.set(m.wijk, meeting.id);

    for (const member of team.members.filter((tm) => tm.until === null)) {
      const key = present([...ids.personIds].find(([, id]) => id === member.personId), `Lid ${member.personId}`)[0];
      const absence = m.absent?.[key];
      if (absence === undefined) call('attendance:set', { meetingId: meeting.id, personId: member.personId, status: 'aanwezig' });
      else if (typeof absence === 'string') call('attendance:set', { meetingId: meeting.id, personId: member.personId, status: absence });
      else if ('substitute' in absence) call('attendance:set', { meetingId: meeting.id, personId: member.personId, status: 'vervangen', substitutePersonId: person(absence.substitute) });
      else call('attendance:set', { meetingId: meeting.id, personId: member.personId, status: 'vervangen', substituteName: absence.substituteName });
    }
    for (const guest of m.guests ?? []) call('attendance:addGuest', { meetingId: meeting.id, ...guest });
    for (const [kind, notes] of Object.entries(m.notes ?? {})) call('agenda:updateItem', { id: itemOf(agenda, kind as AgendaItemKind), notes });

    for (const f of m.followUps ?? []) {
      if (f.signal) {
        call('signal:followUp', { signalId: present(signalIds.get(f.signal), `Signaal ${f.signal}`), meetingId: meeting.id, note: f.note, status: f.status as SignalStatus | undefined, outcome: f.outcome });
      } else {
        call('action:followUp', { actionId: present(actionIds.get(f.action ?? ''), `Actie ${f.action ?? ''}`), meetingId: meeting.id, note: f.note, status: f.status as ActionStatus | undefined });
      }
    }
    for (const s of m.signals ?? []) {
      const { key, by, buurt, owner, ...fields } = s;
      const created = call('signal:create', {
        ...fields,
        meetingId: meeting.id,
        agendaItemId: agenda.get('signalenronde') ?? null,
        broughtByPersonId: by.startsWith('org:') ? null : person(by),
        broughtByOrganisationId: by.startsWith('org:') ? org(by.slice(4)) : null,
        buurtId: present(findBuurt(ctx.db, wijkId(m.wijk), buurt), `Buurt ${buurt}`).id,
        problemOwnerId: owner ? org(owner) : null,
        ...(s.status === 'afgehandeld' ? { outcome: 'Afgehandeld in het overleg.' } : {}),
      });
      signalIds.set(key, created.id);
    }
    for (const a of m.actions ?? []) {
      const created = call('action:create', {
        meetingId: meeting.id,
        agendaItemId: agenda.get(a.item ?? 'signalenronde') ?? null,
        signalId: a.signal ? present(signalIds.get(a.signal), `Signaal ${a.signal}`) : null,
        whyText: a.why,
        what: a.what,
        ownerOrganisationId: org(a.owner),
        ownerPersonId: a.person ? person(a.person) : null,
        deadline: a.deadline,
        how: a.how,
        horizon: a.horizon ?? 'nu',
        preconditions: a.preconditions,
        decisionDue: a.decisionDue,
        motivation: a.motivation,
        status: a.status,
      });
      actionIds.set(a.key, created.id);
    }
    for (const [kind, text] of m.decisions ?? []) call('decision:create', { agendaItemId: itemOf(agenda, kind), text });

    clock = zonedTimeToUtc(m.date, m.end);
    call('meeting:finish', { id: meeting.id });
    for (const [position, item] of listAgendaItems(ctx.db, meeting.id).entries()) {
      setItemTimer(ctx.db, item.id, Math.round(item.plannedMinutes * 60 * (SPENT_FACTOR[position] ?? 1)), null);
    }
  }

  for (const p of PLANNED) {
    clock = ctx.now();
    call('meeting:create', { teamId: teamOf(p.wijk).id, date: p.date, startTime: p.start, endTime: p.end, place: p.place });
  }
}
