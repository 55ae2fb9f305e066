import type { BackendContext } from '../context';
import { present } from '../../contract';
import type { OrganisationKind } from '../../contract/schemas/masterdata';
import { markDemo, saveMunicipality } from '../../db/queries/municipality';
import { insertBuurt, insertWijk } from '../../db/queries/wijken';
import { insertOrganisation } from '../../db/queries/organisations';
import { insertPerson, setPersonActive } from '../../db/queries/people';
import { addTeamMember, endTeamMember, getTeamByWijk, setTeamRoles } from '../../db/queries/teams';
import { loadMeetingHistory } from './meetingHistory';
import { loadWijkagendaDemo } from './wijkagenda';

/**
 * Voorbeeldgemeente: a fictional but realistic municipality to try the app with. All names,
 * numbers and addresses are made up.
 */
export const DEMO_WIJKEN: Record<string, string[]> = {
  Binnenstad: ['Oude Haven', 'Kerkbuurt', 'Stationskwartier', 'Vestingwallen'],
  Molenwijk: ['Molenkamp', 'Zeeheldenbuurt', 'De Wieken'],
  Noorderhaven: ['Havenkwartier', 'Visserseiland', 'Duinzicht', 'Nieuw Den Helder-Noord'],
  'De Schooten': ['Schooten-Oost', 'Schooten-West', 'Tuindorp'],
  Waterweide: ['Rietlanden', 'Lisdodde', 'Kolkbuurt'],
};

const ORGANISATIONS: { key: string; name: string; kind: OrganisationKind; required: boolean; contact: [string, string, string] | null }[] = [
  { key: 'wijkbeheer', name: 'Gemeente Voorbeeldgemeente — team Wijkbeheer', kind: 'gemeente', required: true, contact: ['Servicepunt Wijkbeheer', 'wijkbeheer@voorbeeldgemeente.nl', '14 0223'] },
  { key: 'zorg', name: 'Gemeente Voorbeeldgemeente — team Zorg en Welzijn', kind: 'gemeente', required: true, contact: ['Loket Zorg', 'zorg@voorbeeldgemeente.nl', '14 0223'] },
  { key: 'veiligheid', name: 'Gemeente Voorbeeldgemeente — team Openbare Orde en Veiligheid', kind: 'gemeente', required: false, contact: ['Team OOV', 'oov@voorbeeldgemeente.nl', '14 0223'] },
  { key: 'stadsbedrijf', name: 'Stadsbedrijf Buitenruimte', kind: 'gemeente', required: false, contact: ['Meldpunt Buitenruimte', 'meldpunt@stadsbedrijf-voorbeeld.nl', '0223 670 100'] },
  { key: 'corporatie', name: 'Woonstichting Kustwonen', kind: 'woningcorporatie', required: true, contact: ['Klantcontactcentrum', 'info@kustwonen.nl', '0223 612 000'] },
  { key: 'welzijn', name: 'Stichting Welzijn Samen', kind: 'welzijn', required: true, contact: ['Receptie wijkcentrum', 'info@welzijnsamen.nl', '0223 630 450'] },
  { key: 'politie', name: 'Politie basisteam Kop van Noord', kind: 'politie', required: true, contact: ['Wijkagenten', 'wijkagenten.kopvannoord@politie.example', '0900 8844'] },
  { key: 'wijkverpleging', name: 'Zorgkracht Wijkverpleging', kind: 'zorg', required: false, contact: ['Planning wijkteams', 'wijkteams@zorgkracht.nl', '0223 655 200'] },
  { key: 'swt', name: 'Sociaal Wijkteam Voorbeeldgemeente', kind: 'sociaal_wijkteam', required: true, contact: ['Aanmeldpunt', 'aanmelden@swt-voorbeeld.nl', '0223 640 800'] },
  { key: 'ggd', name: 'GGD Regio Noordkust', kind: 'zorg', required: false, contact: ['Team Bemoeizorg', 'bemoeizorg@ggd-noordkust.nl', '088 010 0555'] },
  { key: 'school', name: 'Basisschool De Regenboog', kind: 'onderwijs', required: false, contact: ['Directie', 'directie@regenboog-school.nl', '0223 620 310'] },
];

const PEOPLE: { key: string; name: string; org: string; role: string; email: string; phone: string }[] = [
  { key: 'wm1', name: 'Marieke de Vries', org: 'wijkbeheer', role: 'Wijkmanager', email: 'm.devries@voorbeeldgemeente.nl', phone: '06 21436587' },
  { key: 'wm2', name: 'Rachid El Amrani', org: 'wijkbeheer', role: 'Wijkmanager', email: 'r.elamrani@voorbeeldgemeente.nl', phone: '06 38475610' },
  { key: 'wm3', name: 'Joke Bakker', org: 'wijkbeheer', role: 'Wijkmanager', email: 'j.bakker@voorbeeldgemeente.nl', phone: '06 11223344' },
  { key: 'sec1', name: 'Sanne Visser', org: 'wijkbeheer', role: 'Secretaris', email: 's.visser@voorbeeldgemeente.nl', phone: '0223 678 412' },
  { key: 'sec2', name: 'Tom Hendriks', org: 'wijkbeheer', role: 'Secretaris', email: 't.hendriks@voorbeeldgemeente.nl', phone: '0223 678 415' },
  { key: 'wb1', name: 'Kees Mulder', org: 'wijkbeheer', role: 'Wijkbeheerder', email: 'k.mulder@voorbeeldgemeente.nl', phone: '06 55667788' },
  { key: 'wb2', name: 'Ilse Smit', org: 'wijkbeheer', role: 'Wijkbeheerder', email: 'i.smit@voorbeeldgemeente.nl', phone: '06 99887766' },
  { key: 'zorg1', name: 'Annelies Vermeulen', org: 'zorg', role: 'Beleidsadviseur', email: 'a.vermeulen@voorbeeldgemeente.nl', phone: '0223 678 530' },
  { key: 'zorg2', name: 'Mustafa Yilmaz', org: 'zorg', role: 'Consulent Wmo', email: 'm.yilmaz@voorbeeldgemeente.nl', phone: '0223 678 533' },
  { key: 'oov1', name: 'Petra van Dijk', org: 'veiligheid', role: 'Beleidsadviseur', email: 'p.vandijk@voorbeeldgemeente.nl', phone: '0223 678 610' },
  { key: 'boa1', name: 'Dennis Koster', org: 'veiligheid', role: 'Handhaver (boa)', email: 'd.koster@voorbeeldgemeente.nl', phone: '06 43215678' },
  { key: 'sb1', name: 'Gerrit Schouten', org: 'stadsbedrijf', role: 'Opzichter buitenruimte', email: 'g.schouten@stadsbedrijf-voorbeeld.nl', phone: '06 24681357' },
  { key: 'cor1', name: 'Linda Brouwer', org: 'corporatie', role: 'Sociaal wijkmeester', email: 'l.brouwer@kustwonen.nl', phone: '06 13572468' },
  { key: 'cor2', name: 'Ahmed Bouzid', org: 'corporatie', role: 'Sociaal wijkmeester', email: 'a.bouzid@kustwonen.nl', phone: '06 86429753' },
  { key: 'cor3', name: 'Wendy Kramer', org: 'corporatie', role: 'Sociaal wijkmeester', email: 'w.kramer@kustwonen.nl', phone: '06 97531864' },
  { key: 'wel1', name: 'Fatima Ouali', org: 'welzijn', role: 'Opbouwwerker', email: 'f.ouali@welzijnsamen.nl', phone: '06 12121212' },
  { key: 'wel2', name: 'Bas Jansen', org: 'welzijn', role: 'Jongerenwerker', email: 'b.jansen@welzijnsamen.nl', phone: '06 34343434' },
  { key: 'wel3', name: 'Eva de Graaf', org: 'welzijn', role: 'Opbouwwerker', email: 'e.degraaf@welzijnsamen.nl', phone: '06 56565656' },
  { key: 'wel4', name: 'Jeroen Peters', org: 'welzijn', role: 'Jongerenwerker', email: 'j.peters@welzijnsamen.nl', phone: '06 78787878' },
  { key: 'pol1', name: 'Erik Dekker', org: 'politie', role: 'Wijkagent', email: 'erik.dekker@politie.example', phone: '0900 8844' },
  { key: 'pol2', name: 'Naima Haddou', org: 'politie', role: 'Wijkagent', email: 'naima.haddou@politie.example', phone: '0900 8844' },
  { key: 'pol3', name: 'Martin de Boer', org: 'politie', role: 'Wijkagent', email: 'martin.deboer@politie.example', phone: '0900 8844' },
  { key: 'vpk1', name: 'Ingrid Willems', org: 'wijkverpleging', role: 'Wijkverpleegkundige', email: 'i.willems@zorgkracht.nl', phone: '06 23232323' },
  { key: 'vpk2', name: 'Priya Ramdin', org: 'wijkverpleging', role: 'Wijkverpleegkundige', email: 'p.ramdin@zorgkracht.nl', phone: '06 45454545' },
  { key: 'swt1', name: 'Karin Bos', org: 'swt', role: 'Medewerker sociaal wijkteam', email: 'k.bos@swt-voorbeeld.nl', phone: '06 67676767' },
  { key: 'swt2', name: 'Youssef Amrani', org: 'swt', role: 'Medewerker sociaal wijkteam', email: 'y.amrani@swt-voorbeeld.nl', phone: '06 89898989' },
  { key: 'swt3', name: 'Hanneke Dijkstra', org: 'swt', role: 'Medewerker sociaal wijkteam', email: 'h.dijkstra@swt-voorbeeld.nl', phone: '06 10101010' },
  { key: 'ggd1', name: 'Robert Meijer', org: 'ggd', role: 'Sociaal psychiatrisch verpleegkundige', email: 'r.meijer@ggd-noordkust.nl', phone: '088 010 0561' },
  { key: 'sch1', name: 'Mirjam Vos', org: 'school', role: 'Schoolmaatschappelijk werker', email: 'm.vos@regenboog-school.nl', phone: '0223 620 312' },
  { key: 'old1', name: 'Henk Postma', org: 'corporatie', role: 'Sociaal wijkmeester', email: 'h.postma@kustwonen.nl', phone: '06 31313131' },
];

/** Who sits on which WCT: chair, secretary, then the members (chair and secretary are members too). */
const TEAMS: Record<string, { chair: string; secretary: string; members: string[] }> = {
  Binnenstad: { chair: 'wm1', secretary: 'sec1', members: ['wb1', 'sb1', 'cor1', 'wel1', 'wel2', 'pol1', 'vpk1', 'swt1', 'oov1', 'boa1'] },
  Molenwijk: { chair: 'wm2', secretary: 'sec2', members: ['wb2', 'cor2', 'wel3', 'wel4', 'pol2', 'vpk2', 'swt2', 'sch1'] },
  Noorderhaven: { chair: 'wm2', secretary: 'sec2', members: ['wb2', 'cor3', 'wel3', 'pol3', 'vpk2', 'swt3', 'ggd1'] },
  'De Schooten': { chair: 'wm3', secretary: 'sec1', members: ['wb1', 'cor1', 'wel1', 'pol1', 'vpk1', 'swt1', 'zorg2'] },
  Waterweide: { chair: 'wm3', secretary: 'sec1', members: ['wb1', 'cor3', 'wel4', 'pol3', 'swt3', 'zorg1'] },
};

export function loadVoorbeeldgemeente(ctx: BackendContext): void {
  const { db } = ctx;
  saveMunicipality(db, 'Voorbeeldgemeente', ctx.now());
  markDemo(db);

  const wijkIds = new Map<string, number>();
  for (const [wijk, buurten] of Object.entries(DEMO_WIJKEN)) {
    const id = insertWijk(db, wijk, `W${String(wijkIds.size + 1).padStart(2, '0')}`);
    wijkIds.set(wijk, id);
    for (const buurt of buurten) insertBuurt(db, id, buurt);
  }

  const orgIds = new Map<string, number>();
  for (const o of ORGANISATIONS) {
    orgIds.set(
      o.key,
      insertOrganisation(db, {
        name: o.name,
        kind: o.kind,
        attendanceRequired: o.required,
        contactName: o.contact?.[0] ?? null,
        contactEmail: o.contact?.[1] ?? null,
        contactPhone: o.contact?.[2] ?? null,
        note: o.required ? 'Deelname aan het WCT is vastgelegd in de prestatieafspraken.' : null,
      }),
    );
  }

  const idOf = (ids: Map<string, number>, key: string) => present(ids.get(key), `Voorbeeldgemeente: ${key}`);
  const teamOf = (wijk: string) => present(getTeamByWijk(db, idOf(wijkIds, wijk)), `Het team van ${wijk}`);
  const personIds = new Map<string, number>();
  for (const p of PEOPLE) {
    personIds.set(p.key, insertPerson(db, { name: p.name, organisationId: idOf(orgIds, p.org), role: p.role, email: p.email, phone: p.phone }));
  }

  const since = '2025-01-01';
  for (const [wijk, t] of Object.entries(TEAMS)) {
    const team = teamOf(wijk);
    for (const key of new Set([t.chair, t.secretary, ...t.members])) addTeamMember(db, team.id, idOf(personIds, key), since);
    setTeamRoles(db, team.id, idOf(personIds, t.chair), idOf(personIds, t.secretary));
  }

  // History: a sociaal wijkmeester who sat on the Molenwijk team and has since left the corporation.
  const molenwijk = teamOf('Molenwijk');
  const old = idOf(personIds, 'old1');
  addTeamMember(db, molenwijk.id, old, '2023-03-01');
  endTeamMember(db, molenwijk.id, old, '2024-12-31');
  setPersonActive(db, old, false, '2024-12-31');

  loadMeetingHistory(ctx, { wijkIds, orgIds, personIds });
  loadWijkagendaDemo(ctx, { wijkIds, orgIds, personIds });
}
