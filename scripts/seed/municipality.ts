/**
 * A deterministic, Dutch-looking municipality with years of WCT history, written fast: the
 * requests are the contract's own (each one parsed by its zod schema, so the horizon, status and
 * outcome rules hold), the rows go in through the db/ insert functions, all in one transaction,
 * and SQLite's CHECK and foreign-key constraints see every row. 10 years (13 teams, ~1,100
 * meetings, ~50k signals, ~100k actions, ~200k follow-ups) take well under a minute.
 */
import { performance } from 'node:perf_hooks';
import type { Db } from '../../db/connection';
import { ActionCreate, ActionFollowUpRequest, type ActionHorizon, type ActionStatus } from '../../contract/schemas/actions';
import { AttendanceSet, type AttendanceStatus } from '../../contract/schemas/attendance';
import { DecisionCreate } from '../../contract/schemas/decisions';
import { OrganisationCreate, PersonCreate, type OrganisationKind } from '../../contract/schemas/masterdata';
import { DEFAULT_AGENDA } from '../../contract/schemas/meetings';
import { SignalCreate, SignalFollowUpRequest, type SignalStatus, type SignalTheme } from '../../contract/schemas/signals';
import { settledSignalStatus, suggestedRoute } from '../../domain/signal';
import { getMunicipality, saveMunicipality } from '../../db/queries/municipality';
import { insertBuurt, insertWijk } from '../../db/queries/wijken';
import { insertOrganisation } from '../../db/queries/organisations';
import { getPerson, insertPerson, setPersonActive, updatePerson } from '../../db/queries/people';
import { addTeamMember, endAllMemberships, endMembershipsFor, getTeamByWijk, setTeamRoles } from '../../db/queries/teams';
import { insertMeeting, setCurrentItem, setMeetingStatus } from '../../db/queries/meetings';
import { insertAgendaItem, setItemTimer, updateAgendaItem } from '../../db/queries/agenda';
import { listAttendance, setAttendance, syncAttendance } from '../../db/queries/attendance';
import { insertSignal, setSignalStatus, type SignalInput } from '../../db/queries/signals';
import { insertFollowUp } from '../../db/queries/followUps';
import { insertAction, updateAction, type ActionInput } from '../../db/queries/actions';
import { insertDecision } from '../../db/queries/decisions';
import { purgeExpiredConfidential } from '../../backend/privacy/purge';
import { deleteAuditBefore } from '../../db/queries/audit';
import { AUDIT_RETENTION_MONTHS, retentionCutoff } from '../../domain/privacy';
import { actionClosedOn, isActionOpen, normaliseAction } from '../../domain/action';

export interface SeedOptions {
  years: number;
  /** "Today" of the data set: the last meeting of every team is running on this day. */
  today: string;
  /** Only the first this many wijken (tests: a smaller municipality, same history per team). Default: all 13. */
  teams?: number;
}

export interface SeedCounts {
  teams: number;
  meetings: number;
  signals: number;
  actions: number;
  actionFollowUps: number;
  signalFollowUps: number;
  decisions: number;
  attendance: number;
  jobChanges: number;
  ms: number;
}

// ---- deterministic randomness -----------------------------------------------------------------

let state = 0;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
};
const int = (n: number) => Math.floor(random() * n);
const pickOne = <T>(items: readonly T[]): T => items[int(items.length)]!;
const pick = <T>(options: readonly (readonly [number, T])[]): T => {
  let r = random();
  for (const [weight, value] of options) if ((r -= weight) < 0) return value;
  return options.at(-1)![1];
};
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

// ---- the municipality -------------------------------------------------------------------------

const MUNICIPALITY = 'Gemeente Zeeveen';
const WIJKEN: Record<string, string[]> = {
  Centrum: ['Oude Stad', 'Havenkwartier', 'Stationsgebied'],
  'Noord-Oost': ['Rietveld', 'Zonnewijzer', 'Kievitsbuurt'],
  Duinoord: ['Duinzoom', 'Helmgras', 'Strandwal'],
  'De Velden': ['Korenveld', 'Haverveld', 'Vlasveld'],
  Molenkwartier: ['Molenbuurt', 'Sluisbuurt'],
  Westerpark: ['Parkzicht', 'Wilgenhof', 'Elzenhof'],
  'Julianadorp-Zuid': ['Dorpskern', 'Nieuwland'],
  Kreekrug: ['Kreekzijde', 'Oeverbuurt', 'Slikken'],
  Vogelwijk: ['Merelhof', 'Zwanenbuurt', 'Reigerbos'],
  'Sint-Jorisveld': ['Jorishof', 'Kloosterbuurt'],
  Polderzicht: ['Polderweg', 'Tuinbouwbuurt'],
  "Schepenen-Ruïne": ['Burchtplein', 'Ruïnebuurt'],
  Zeeheldenkwartier: ['De Ruyter', 'Tromp', 'Piet Hein'],
};

const ORGANISATIONS: { key: string; name: string; kind: OrganisationKind; required: boolean }[] = [
  { key: 'wijkbeheer', name: 'Gemeente Zeeveen — team Wijkbeheer', kind: 'gemeente', required: true },
  { key: 'zorg', name: 'Gemeente Zeeveen — team Zorg en Welzijn', kind: 'gemeente', required: true },
  { key: 'oov', name: 'Gemeente Zeeveen — Openbare Orde en Veiligheid', kind: 'gemeente', required: false },
  { key: 'stadsbedrijf', name: 'Stadsbedrijf Zeeveen Buitenruimte', kind: 'gemeente', required: false },
  { key: 'corporatie', name: 'Woonstichting De Zeeuwse Kust', kind: 'woningcorporatie', required: true },
  { key: 'corporatie2', name: 'Wooncoöperatie Thuis aan Zee', kind: 'woningcorporatie', required: true },
  { key: 'welzijn', name: 'Stichting Welzijn Zeeveen', kind: 'welzijn', required: true },
  { key: 'politie', name: 'Politie basisteam Zeeveen-Kust', kind: 'politie', required: true },
  { key: 'wijkverpleging', name: 'Thuiszorg Kustzorg', kind: 'zorg', required: false },
  { key: 'swt', name: 'Sociaal Wijkteam Zeeveen', kind: 'sociaal_wijkteam', required: true },
  { key: 'ggd', name: 'GGD Zeeland-Kust', kind: 'zorg', required: false },
  { key: 'school', name: 'Openbare basisschool De Vuurtoren', kind: 'onderwijs', required: false },
];

const FIRST = ['Anouk', 'Bram', 'Chantal', 'Daan', 'Esra', 'Femke', 'Gijs', 'Hatice', 'Iris', 'Joost', 'Khadija', 'Lars', 'Marloes', 'Niels', 'Özlem', 'Pieter', 'Renée', 'Sem', 'Thijs', 'Ursula', 'Vincent', 'Wendy', 'Yara', 'Zoë', 'Mohamed', 'Sevda', 'Koen', 'Inge', 'Bart', 'Loes'];
const LAST = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Yıldız', 'El Idrissi', 'Kaya', 'Çelik', 'Verhoeven', 'Van Dijk'];
const ROLE: Record<string, string> = {
  wijkbeheer: 'Wijkbeheerder',
  zorg: 'Consulent Wmo',
  oov: 'Handhaver (boa)',
  stadsbedrijf: 'Opzichter buitenruimte',
  corporatie: 'Sociaal wijkbeheerder',
  corporatie2: 'Sociaal wijkbeheerder',
  welzijn: 'Opbouwwerker',
  politie: 'Wijkagent',
  wijkverpleging: 'Wijkverpleegkundige',
  swt: 'Medewerker sociaal wijkteam',
  ggd: 'Sociaal psychiatrisch verpleegkundige',
  school: 'Intern begeleider',
};
/** Who sits on a WCT besides the wijkmanager and the secretary. */
const MEMBER_ORGS = ['wijkbeheer', 'corporatie', 'welzijn', 'politie', 'wijkverpleging', 'swt', 'zorg', 'stadsbedrijf', 'oov', 'ggd', 'school', 'corporatie2'];

const STREETS = ['Dorpsstraat', 'Kerkplein', 'Molenweg', 'Havenkade', 'Prins Hendriklaan', 'Julianastraat', 'Zeeweg', 'Schoolstraat', 'Beatrixplein', 'Lindenlaan', 'Vissersdijk', 'Brugstraat', 'Marktveld', 'Duinweg', 'Sluiskade', 'Café-terras Marktveld'];
const PLACES = ['de speeltuin', 'het winkelcentrum', 'het station', 'de sporthal', 'het buurthuis', 'de basisschool', 'het grasveld', 'de fietsenstalling', 'het trapveldje', 'de parkeerplaats', 'het café', 'de moskee', 'de kerk', 'het zwembad'];

/** Title templates per theme (no names or addresses in titles: they go to partners). */
const SIGNAL_TITLES: Record<SignalTheme, readonly string[]> = {
  openbare_ruimte: ['Zwerfafval bij {place}', 'Kapotte straatverlichting aan de {street}', 'Losliggende stoeptegels op de {street}', 'Fietswrakken bij {place}', 'Overvolle afvalcontainers aan de {street}', 'Hondenpoep op het grasveld bij {place}', 'Wateroverlast na hevige regen aan de {street}', 'Gevaarlijke oversteek bij {place}'],
  overlast: ['Hangjongeren bij {place}', 'Geluidsoverlast van het café aan de {street}', 'Burenruzie over een schutting aan de {street}', 'Overlast van scooters bij {place}', 'Vuurwerkoverlast rond {place}', 'Parkeeroverlast van busjes aan de {street}'],
  veiligheid: ['Drugsoverlast in de portiek aan de {street}', 'Inbraken in schuurtjes aan de {street}', 'Onveilig gevoel in het tunneltje bij {place}', 'Te hard rijden op de {street}', 'Brandgevaarlijke situatie in de bergingen aan de {street}'],
  zorg: ['Zorgen om een alleenstaande oudere in de {buurt}', 'Verwaarloosde woning in de {buurt}', 'Bewoner lijkt verward in de {buurt}', 'Vermoeden van vereenzaming in de {buurt}', 'Mantelzorger overbelast in de {buurt}'],
  wonen: ['Schimmel in huurwoningen aan de {street}', 'Mogelijke woonfraude in de {buurt}', 'Vervuilde tuin in de {buurt}', 'Lekkage bij de flat aan de {street}', 'Leegstand van winkelpanden aan de {street}'],
  armoede: ['Signalen van schulden bij een gezin in de {buurt}', 'Kinderen zonder ontbijt op {place}', 'Energiearmoede in de {buurt}', 'Gezin heeft moeite met huur betalen in de {buurt}'],
  jeugd: ['Jongeren zonder dagbesteding bij {place}', 'Spijbelen rond {place}', 'Vraag naar een Cruyff Court bij {place}', 'Vandalisme door tieners bij {place}'],
  overig: ['Wens voor een buurtbarbecue bij {place}', 'Idee voor een moestuin bij {place}', 'Vraag over de herinrichting van de {street}', 'Coördinatie van de buurtschouw in de {buurt}'],
};
const DESCRIPTIONS: Record<SignalTheme, readonly string[]> = {
  openbare_ruimte: ['Bewoners melden dit al een paar weken; de situatie wordt erger na het weekend.', 'Gezien tijdens de wijkschouw; er is nog geen melding gedaan bij de gemeente.'],
  overlast: ['Meerdere bewoners klagen over overlast in de avonduren, vooral op vrijdag en zaterdag.', 'De overlast speelt al langer; bewoners voelen zich niet gehoord.'],
  veiligheid: ['De wijkagent herkent het beeld; er zijn meerdere meldingen binnengekomen.', 'Bewoners durven er ’s avonds niet meer langs te lopen.'],
  zorg: ['Oudere bewoner (80+) woont alleen, lijkt verward en zorgt niet goed voor zichzelf; huisarts is niet bekend.', 'Bewoner met psychische klachten weigert hulp; de buren maken zich zorgen.'],
  wonen: ['Huurders hebben de corporatie al benaderd, maar er is nog niets gebeurd.', 'Meerdere woningen hebben hetzelfde probleem; de bewoners zijn ongerust.'],
  armoede: ['Het gezin met drie kinderen heeft betalingsachterstanden en durft geen hulp te vragen.', 'De school signaleert dat kinderen zonder ontbijt en zonder jas komen.'],
  jeugd: ['Een groep van tien tot vijftien jongeren komt er dagelijks samen.', 'Jongerenwerk heeft contact, maar de jongeren zoeken een eigen plek.'],
  overig: ['Een groep bewoners wil dit graag samen met de gemeente oppakken.', 'Het idee kwam op tijdens de bewonersavond in het buurthuis.'],
};
const ACTION_WHAT: Record<SignalTheme, readonly string[]> = {
  openbare_ruimte: ['Extra veegronde inplannen', 'Lantaarnpaal laten repareren', 'Stoeptegels laten herstellen', 'Fietswrakken labelen en laten verwijderen', 'Ophaalfrequentie containers verhogen'],
  overlast: ['Gesprek met de jongeren voeren', 'Buurtbemiddeling inschakelen', 'Handhaving laten surveilleren in de avonduren', 'Gesprek met de uitbater van het café'],
  veiligheid: ['Extra surveillance door de wijkagent', 'Camera-toezicht onderzoeken', 'Verlichting in het tunneltje verbeteren', 'Bewonersbrief over inbraakpreventie versturen'],
  zorg: ['Huisbezoek afleggen', 'Melding doorzetten naar de GGD', 'Contact leggen met de huisarts', 'Mantelzorgondersteuning aanbieden'],
  wonen: ['Woningen laten inspecteren op schimmel', 'Controle op woonfraude laten uitvoeren', 'Gesprek met de huurders organiseren'],
  armoede: ['Schuldhulpverlening aanbieden', 'Ontbijtproject op school opstarten', 'Energiecoach langs laten gaan'],
  jeugd: ['Jongerenwerk inzetten op straat', 'Leerplichtambtenaar informeren', 'Locatie voor een Cruyff Court onderzoeken'],
  overig: ['Bewonersinitiatief ondersteunen', 'Subsidieaanvraag bespreken', 'Buurtschouw organiseren'],
};
const THEMES = Object.keys(SIGNAL_TITLES) as SignalTheme[];
const DECISIONS = ['De wijkschouw vindt voortaan elk kwartaal plaats.', 'Het thema eenzaamheid komt op de wijkagenda van volgend jaar.', 'De signalenronde begint met de urgente signalen.', 'Nieuwe partners worden uitgenodigd voor het volgende overleg.', 'Het budget voor bewonersinitiatieven wordt verdeeld over drie projecten.'];

const fill = (template: string, wijk: string, buurt: string) =>
  template.replace('{place}', pickOne(PLACES)).replace('{street}', pickOne(STREETS)).replace('{buurt}', buurt || wijk);

// ---- history ----------------------------------------------------------------------------------

interface Pending {
  id: number;
  input: ActionInput;
  agreedAt: number;
  closeAt: number | null;
  end: 'gereed' | 'vervallen';
}
interface PendingSignal {
  id: number;
  input: SignalInput;
  raisedAt: number;
  closeAt: number | null;
}
interface TeamState {
  teamId: number;
  wijk: string;
  buurten: { id: number; name: string }[];
  actions: Pending[];
  signals: PendingSignal[];
}

/** Seeds an empty, migrated database. Deterministic: the same options give the same rows. */
export function seedMunicipality(db: Db, options: SeedOptions): SeedCounts {
  if (getMunicipality(db)) throw new Error('De database is niet leeg: kies een nieuw bestand.');
  state = 20161129;
  const started = performance.now();
  const counts: SeedCounts = { teams: 0, meetings: 0, signals: 0, actions: 0, actionFollowUps: 0, signalFollowUps: 0, decisions: 0, attendance: 0, jobChanges: 0, ms: 0 };
  // A meeting every six weeks; the last one of every team runs today.
  const perTeam = Math.round((options.years * 365) / 42) + 1;
  const firstDate = addDays(options.today, -(perTeam - 1) * 42);
  const created = new Date(`${firstDate}T09:00:00Z`);

  // Years of rows change their index entries many times (an outcome, a cancel reason): without
  // secure-delete while seeding, then one merge drops every old entry at once (secure-delete is
  // back on before the purge below, so wiped words leave the index).
  db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 0)").run();
  db.transaction(() => {
    saveMunicipality(db, MUNICIPALITY, created);
    const orgIds = new Map<string, number>();
    for (const o of ORGANISATIONS) {
      const req = OrganisationCreate.parse({ name: o.name, kind: o.kind, attendanceRequired: o.required, contactName: null, contactEmail: null, contactPhone: null, note: o.required ? 'Deelname aan het WCT staat in de prestatieafspraken.' : null });
      orgIds.set(o.key, insertOrganisation(db, req));
    }
    let nameIndex = 0;
    const newPerson = (org: string, role = ROLE[org]!) => {
      const name = `${FIRST[nameIndex % FIRST.length]} ${LAST[(nameIndex * 7) % LAST.length]}`;
      nameIndex++;
      const email = `${name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '.')}@zeeveen.example`;
      return insertPerson(db, PersonCreate.parse({ name, organisationId: orgIds.get(org)!, role, email, phone: null }));
    };

    const teams: TeamState[] = [];
    const members: number[][] = [];
    const since = addDays(firstDate, -30);
    let w = 0;
    for (const [wijk, buurten] of Object.entries(WIJKEN).slice(0, options.teams ?? Infinity)) {
      const wijkId = insertWijk(db, wijk, `W${String(++w).padStart(2, '0')}`);
      const buurtRows = buurten.map((name) => ({ id: insertBuurt(db, wijkId, name), name }));
      const team = getTeamByWijk(db, wijkId)!;
      const chair = newPerson('wijkbeheer', 'Wijkmanager');
      const secretary = newPerson('wijkbeheer', 'Secretaris');
      const seats = [chair, secretary, ...MEMBER_ORGS.slice(0, 7 + (w % 4)).map((org) => newPerson(org))];
      for (const p of seats) addTeamMember(db, team.id, p, since);
      setTeamRoles(db, team.id, chair, secretary);
      teams.push({ teamId: team.id, wijk, buurten: buurtRows, actions: [], signals: [] });
      members.push(seats);
    }
    counts.teams = teams.length;
    const organisationIds = [...orgIds.values()];

    for (let n = 0; n < perTeam; n++) {
      // People change jobs: a member moves to another organisation (the seat stays with the old one).
      if (n > 0 && n % 9 === 0) {
        const t = (n / 9) % teams.length;
        const seat = 2 + int(members[t]!.length - 2);
        const personId = members[t]![seat]!;
        const person = getPerson(db, personId)!;
        const date = addDays(firstDate, n * 42 - 10);
        const newOrg = organisationIds.find((id) => id !== person.organisationId && id !== orgIds.get('wijkbeheer'))!;
        endMembershipsFor(db, personId, person.organisationId, date);
        updatePerson(db, personId, { name: person.name, organisationId: newOrg, role: person.role, email: person.email, phone: person.phone });
        const successor = newPerson(ORGANISATIONS.find((o) => orgIds.get(o.key) === person.organisationId)!.key, person.role);
        addTeamMember(db, teams[t]!.teamId, successor, addDays(date, 1));
        members[t]![seat] = successor;
        counts.jobChanges++;
        // Every third one leaves altogether a year later.
        if (counts.jobChanges % 3 === 0) {
          endAllMemberships(db, personId, addDays(date, 365));
          setPersonActive(db, personId, false, addDays(date, 365));
        }
      }

      for (const [t, team] of teams.entries()) {
        const date = addDays(firstDate, n * 42 - (t % 7));
        if (date > options.today) continue;
        const last = n === perTeam - 1;
        const stamp = new Date(`${date}T18:00:00Z`);
        const meetingId = insertMeeting(db, team.teamId, { date, startTime: '19:30', endTime: '21:30', place: `Wijkcentrum ${team.wijk}`, chairId: members[t]![0]!, secretaryId: members[t]![1]! }, stamp);
        counts.meetings++;
        const items = DEFAULT_AGENDA.map((item, position) => ({ ...item, id: insertAgendaItem(db, meetingId, position, item) }));
        const round = items.find((i) => i.kind === 'signalenronde')!;
        const wijkagenda = items.find((i) => i.kind === 'wijkagenda')!;
        const thema = items.find((i) => i.kind === 'thema')!;
        syncAttendance(db, meetingId, true);
        for (const row of listAttendance(db, meetingId)) {
          const status = pick<AttendanceStatus | null>([[0.74, 'aanwezig'], [0.1, 'afgemeld'], [0.05, 'afwezig'], [0.05, 'vervangen'], [0.06, null]]);
          const req = AttendanceSet.parse({ meetingId, personId: row.personId, status, ...(status === 'vervangen' ? { substituteName: 'Collega van dienst' } : {}) });
          setAttendance(db, row.id, { status: req.status, substitutePersonId: null, substituteName: req.substituteName, substituteOrganisationId: req.status === 'vervangen' ? row.organisationId : null, substituteOrganisationName: req.status === 'vervangen' ? row.organisationName : null });
          counts.attendance++;
        }

        // Verslag en actielijst: earlier actions get progress; most close within a few meetings.
        for (const a of team.actions) {
          let status: ActionStatus | undefined;
          let note: string | null;
          if (a.closeAt === n) {
            status = a.end;
            note = a.end === 'vervallen' ? 'Niet meer nodig: de situatie is anders opgelost.' : 'Uitgevoerd en gecontroleerd.';
          } else if (a.agreedAt === n - 1) {
            status = 'in_uitvoering';
            note = 'Opgepakt; eerste stappen gezet.';
          } else if ((n - a.agreedAt) % 3 === 0) {
            note = 'Nog steeds in uitvoering; komt terug.';
          } else continue;
          const req = ActionFollowUpRequest.parse({ actionId: a.id, meetingId, note, status });
          const next = req.status ?? a.input.status;
          insertFollowUp(db, 'action', { itemId: a.id, meetingId, note: req.note, statusBefore: a.input.status, statusAfter: next !== a.input.status ? next : null }, stamp);
          counts.actionFollowUps++;
          if (next !== a.input.status) {
            const previous = a.input;
            a.input = normaliseAction({ ...a.input, status: next, cancelReason: next === 'vervallen' ? req.note : a.input.cancelReason });
            a.input.closedOn = actionClosedOn(a.input, previous, date);
            updateAction(db, a.id, a.input, stamp);
          }
        }
        team.actions = team.actions.filter((a) => isActionOpen(a.input));

        // Signalenronde: earlier signals are followed up and closed with an outcome.
        for (const s of team.signals) {
          let status: SignalStatus;
          if (s.closeAt === n) status = 'afgehandeld';
          else if (s.raisedAt === n - 1) status = s.input.routedTo ? 'doorgezet' : 'in_behandeling';
          else continue;
          const req = SignalFollowUpRequest.parse({ signalId: s.id, meetingId, status, note: status === 'afgehandeld' ? 'Afgerond.' : 'Besproken; de probleemeigenaar pakt het op.', outcome: status === 'afgehandeld' ? 'Opgelost door de probleemeigenaar.' : null });
          insertFollowUp(db, 'signal', { itemId: s.id, meetingId, note: req.note, statusBefore: s.input.status, statusAfter: req.status !== s.input.status ? req.status! : null }, stamp);
          counts.signalFollowUps++;
          s.input = { ...s.input, status: req.status!, outcome: req.outcome ?? s.input.outcome, closedOn: req.status === 'afgehandeld' ? date : null };
          setSignalStatus(db, s.id, s.input.status, s.input.outcome, s.input.closedOn, stamp);
        }
        team.signals = team.signals.filter((s) => s.input.status !== 'afgehandeld');

        const signalCount = last ? 12 : 40 + int(12);
        for (let k = 0; k < signalCount; k++) {
          const theme = pickOne(THEMES);
          const buurt = pickOne(team.buurten);
          // Care, housing and poverty are often about one resident: then confidential.
          const confidential = (theme === 'zorg' || theme === 'wonen' || theme === 'armoede') && random() < 0.6;
          const broughtBy = members[t]![2 + int(members[t]!.length - 2)]!;
          const owner = pickOne(organisationIds);
          const req = SignalCreate.parse({
            meetingId,
            agendaItemId: round.id,
            title: fill(pickOne(SIGNAL_TITLES[theme]), team.wijk, buurt.name),
            description: pickOne(DESCRIPTIONS[theme]),
            broughtByPersonId: broughtBy,
            buurtId: buurt.id,
            location: confidential ? `${pickOne(STREETS)} ${1 + int(120)}` : `Bij ${pickOne(PLACES)}`,
            theme,
            urgency: pick([[0.1, 'laag'], [0.72, 'normaal'], [0.15, 'hoog'], [0.03, 'acuut']] as const),
            sensitivity: confidential ? 'vertrouwelijk' : 'normaal',
            problemOwnerId: owner,
          });
          const input: SignalInput = {
            agendaItemId: req.agendaItemId,
            title: req.title,
            date,
            broughtByPersonId: req.broughtByPersonId,
            broughtByOrganisationId: getPerson(db, broughtBy)!.organisationId,
            buurtId: req.buurtId,
            location: req.location,
            theme: req.theme,
            description: req.description,
            urgency: req.urgency,
            sensitivity: req.sensitivity,
            status: req.status,
            problemOwnerId: req.problemOwnerId,
            routedTo: random() < 0.5 ? suggestedRoute(req.theme) : null,
            outcome: null,
            closedOn: null,
          };
          // Routed at once is passed on: Doorgezet (domain/signal.ts).
          input.status = settledSignalStatus(input.status, input.routedTo);
          const signalId = insertSignal(db, team.teamId, meetingId, input, stamp);
          counts.signals++;
          team.signals.push({ id: signalId, input, raisedAt: n, closeAt: random() < 0.04 ? null : n + 1 + int(4) });

          for (const j of [0, 1]) {
            const horizon = pick<ActionHorizon>([[0.7, 'nu'], [0.2, 'ooit'], [0.1, 'nooit']]);
            const ownerId = j === 0 ? owner : pickOne(organisationIds);
            const what = `${pickOne(ACTION_WHAT[theme])} (${buurt.name})`;
            const base = { meetingId, signalId, what, ownerOrganisationId: ownerId, horizon };
            const action = ActionCreate.parse(
              horizon === 'nu'
                ? { ...base, deadline: addDays(date, (j + 1) * 28) }
                : horizon === 'ooit'
                  ? { ...base, agendaItemId: wijkagenda.id, preconditions: 'Budget in de begroting van volgend jaar en een geschikte locatie.', decisionDue: addDays(date, 180) }
                  : { ...base, motivation: 'Te duur voor het verwachte effect; geen draagvlak in de wijk.' },
            );
            const { meetingId: _m, ...fields } = action;
            const normalised = normaliseAction(fields);
            const actionInput: ActionInput = { ...normalised, closedOn: actionClosedOn(normalised, null, date) };
            const actionId = insertAction(db, team.teamId, meetingId, actionInput, stamp);
            counts.actions++;
            if (!isActionOpen(actionInput)) continue;
            // Nu: closed within 1–3 meetings, Ooit within 3–8; a few never close and end up overdue.
            const never = random() < (horizon === 'nu' ? 0.025 : 0.06);
            const after = horizon === 'nu' ? 1 + int(3) : 3 + int(6);
            team.actions.push({ id: actionId, input: actionInput, agreedAt: n, closeAt: never ? null : n + after, end: random() < 0.12 ? 'vervallen' : 'gereed' });
          }
        }

        for (let d = 0; d < 1 + int(2); d++) {
          const req = DecisionCreate.parse({ agendaItemId: thema.id, text: pickOne(DECISIONS) });
          insertDecision(db, meetingId, req.agendaItemId, req.text, stamp);
          counts.decisions++;
        }
        if (random() < 0.5) updateAgendaItem(db, thema.id, { title: thema.title, plannedMinutes: thema.plannedMinutes, notes: `Casus besproken met de partners in ${team.wijk}; afspraken staan in de actielijst.` });

        if (last) {
          // Today's meeting is running: the chair is at the Signalenronde.
          setMeetingStatus(db, meetingId, 'bezig', { startedAt: `${date}T17:30:00.000Z` });
          setItemTimer(db, round.id, 0, `${date}T18:00:00.000Z`);
          setCurrentItem(db, meetingId, round.id);
        } else {
          for (const item of items) setItemTimer(db, item.id, item.plannedMinutes * 60 + int(300), null);
          setMeetingStatus(db, meetingId, 'afgerond', { startedAt: `${date}T17:30:00.000Z`, finishedAt: `${date}T19:35:00.000Z` });
        }
      }
    }
  })();
  // The audit trail the app would have kept: every change stamped on the evening of its meeting
  // (master data on the first meeting's), and only the last AUDIT_RETENTION_MONTHS of it, as the
  // start-up check keeps it. Stamped before the purge below, which stamps only its own wipes.
  db.transaction(() => {
    db.prepare(
      `UPDATE audit_log SET actor = @actor,
         at = coalesce((SELECT m.date FROM meeting m WHERE m.id = audit_log.meeting_id), (SELECT min(date) FROM meeting)) || 'T20:00:00.000Z'
       WHERE at IS NULL`,
    ).run({ actor: 'Secretaris (gezaaid)' });
    deleteAuditBefore(db, `${retentionCutoff(options.today, AUDIT_RETENTION_MONTHS)}T00:00:00.000Z`);
  })();
  db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)").run();
  db.prepare("INSERT INTO search_index (search_index) VALUES ('optimize')").run();
  // The app would have wiped expired confidential details along the way: do it once now.
  purgeExpiredConfidential(db, options.today, new Date(`${options.today}T12:00:00Z`));
  // One compact file, as after years of page reuse; the trimmed trail leaves no free pages behind.
  db.exec('VACUUM');
  counts.ms = performance.now() - started;
  return counts;
}
