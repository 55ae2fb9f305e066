/** Privacy of residents: what partners may see of a signal, and how long confidential details are kept. */
import type { SignalSensitivity } from './signal';
import { addMonths } from './dates';

/** Retention of confidential details: afgehandeld vertrouwelijk signals lose them after this term. */
export const CONFIDENTIAL_RETENTION_MONTHS = 6;
export const CONFIDENTIAL_RETENTION_LABEL =
  `De omschrijving, locatie, uitkomst en voortgangsnotities van vertrouwelijke signalen, en de teksten van de acties bij die signalen, worden ${CONFIDENTIAL_RETENTION_MONTHS} maanden na afhandeling gewist.`;
/** What the outcome of a purged signal reads (the column may not be empty once afgehandeld). */
export const PURGED_OUTCOME = 'Gewist na de bewaartermijn.';
/**
 * What the wat of an action on a purged signal reads: wie, wanneer, horizon and status stay (the
 * agreement was made), its own texts go with the signal's details, because they name the resident
 * as surely ("Huisbezoek bij mevrouw …"). Texts a horizon or status requires read PURGED_OUTCOME.
 */
export const PURGED_ACTION_WHAT = 'Actie bij een vertrouwelijk signaal (gewist na de bewaartermijn)';

export const SIGNAL_VIEWS = {
  intern: 'Intern (volledig)',
  partner: 'Voor partners (zonder vertrouwelijke inhoud)',
} as const;
export type SignalView = keyof typeof SIGNAL_VIEWS;

/**
 * Vertrouwelijk signals that were afgehandeld before the returned date lose their personal details.
 * Month arithmetic clamps to the end of a shorter month (31 Aug − 6 months → 28/29 Feb).
 */
export const retentionCutoff = (today: string, months = CONFIDENTIAL_RETENTION_MONTHS): string => addMonths(today, -months);

/** Partner view: a vertrouwelijk signal comes without the fields that can identify a resident (its outcome too). */
export const redactSignal = <
  T extends { sensitivity: SignalSensitivity; description: string | null; location: string | null; outcome: string | null; redacted: boolean },
>(
  s: T,
): T => (s.sensitivity === 'vertrouwelijk' ? { ...s, description: null, location: null, outcome: null, redacted: true } : s);

/** Where the details of a vertrouwelijk signal are, said wherever they are left out. */
export const CONFIDENTIAL_DETAILS = 'details bij de wijkmanager';
/** What partners read instead of the wat of an action that belongs to a vertrouwelijk signal. */
export const CONFIDENTIAL_ACTION_WHAT = `Actie bij een vertrouwelijk signaal (${CONFIDENTIAL_DETAILS})`;

/** The free texts of an action and its progress: any of them can name the resident. */
const ACTION_FREE_TEXTS = ['how', 'whyText', 'preconditions', 'motivation', 'cancelReason', 'lastFollowUpNote'] as const;
type ActionFreeTexts = Partial<Record<(typeof ACTION_FREE_TEXTS)[number], string | null>>;

/**
 * An action on a vertrouwelijk signal, in everything that goes to partners (verslag, action lists,
 * wijkagenda, spreadsheets): wie, wanneer, horizon and status stay — afspraak is afspraak — but
 * every free text goes, because "Huisbezoek bij mevrouw …" names the resident as surely as the
 * signal's description does. The one place this rule lives.
 */
export function coverConfidentialAction<T extends { what: string } & ActionFreeTexts>(action: T, confidential: boolean): T {
  if (!confidential) return action;
  const covered: T = { ...action, what: CONFIDENTIAL_ACTION_WHAT };
  for (const key of ACTION_FREE_TEXTS) if (key in covered) (covered as Record<string, unknown>)[key] = null;
  return covered;
}

// ---- audit trail and the user it names ------------------------------------------------------

/** The audit trail is kept this long; older entries are removed at start-up. */
export const AUDIT_RETENTION_MONTHS = 24;

/** Every term the app keeps to, as shown to the user (Privacy en logboek). */
export const RETENTION_TERMS: readonly { what: string; term: string }[] = [
  {
    what: 'Omschrijving, locatie, uitkomst en voortgangsnotities van vertrouwelijke signalen, en de teksten en voortgangsnotities van hun acties',
    term: `${CONFIDENTIAL_RETENTION_MONTHS} maanden na afhandeling gewist (elke start van de app en via "Nu opschonen")`,
  },
  {
    what: 'Ongedaan maken (kopieën van eerdere versies, ook van vertrouwelijke velden)',
    term: 'Tot het overleg is afgerond, en nooit langer dan 24 uur',
  },
  {
    what: 'Logboek (wie wat wanneer wijzigde, zonder inhoud)',
    term: `${AUDIT_RETENTION_MONTHS} maanden`,
  },
  {
    what: 'Overleggen, besluiten, acties en niet-vertrouwelijke signalen',
    term: 'Zolang de gemeente ze nodig heeft voor de wijkagenda; verwijderen kan per overleg',
  },
];

export const PROFILE_ROLES = { wijkmanager: 'Wijkmanager', notulist: 'Secretaris / notulist', anders: 'Anders' } as const;
export type ProfileRole = keyof typeof PROFILE_ROLES;

export const AUDIT_ACTIONS = {
  aangemaakt: 'Aangemaakt',
  gewijzigd: 'Gewijzigd',
  verwijderd: 'Verwijderd',
  correctie: 'Correctie na afronding',
  gewist: 'Gewist na bewaartermijn',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ENTITIES = {
  municipality: 'Gemeente',
  wijk: 'Wijk',
  buurt: 'Buurt',
  organisation: 'Organisatie',
  person: 'Persoon',
  team: 'Wijk-coördinatieteam',
  team_member: 'Teamlid',
  agenda_template_item: 'Agendasjabloon',
  meeting: 'Overleg',
  agenda_item: 'Agendapunt',
  attendance: 'Aanwezigheid',
  meeting_guest: 'Gast',
  signal: 'Signaal',
  signal_follow_up: 'Voortgang signaal',
  action: 'Actie',
  action_follow_up: 'Voortgang actie',
  decision: 'Besluit',
  partner_list: 'Actielijst voor partner',
  verslag: 'Verslag',
  verslag_version: 'Versie van het verslag',
  wijkagenda_theme: 'Thema van de wijkagenda',
  wijkagenda: 'Wijkagenda',
  wijkagenda_agreement: 'Afspraak op de wijkagenda',
  wijkagenda_follow_up: 'Voortgang afspraak wijkagenda',
  wijkagenda_review: 'Herijking wijkagenda',
  wijkagenda_review_item: 'Beoordeling afspraak',
} as const;
export type AuditEntity = keyof typeof AUDIT_ENTITIES;

/** Dutch names of the stored fields, for "which fields changed". */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  name: 'Naam',
  code: 'Code',
  is_demo: 'Voorbeeldgemeente',
  wijk_id: 'Wijk',
  kind: 'Soort',
  attendance_required: 'Aanwezigheidsplicht',
  contact_name: 'Contactpersoon',
  contact_email: 'E-mailadres',
  contact_phone: 'Telefoonnummer',
  note: 'Notitie',
  organisation_id: 'Organisatie',
  organisation_name: 'Organisatie',
  role: 'Rol',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  active: 'Actief',
  left_on: 'Vertrokken op',
  chair_id: 'Voorzitter',
  secretary_id: 'Secretaris',
  team_id: 'Team',
  person_id: 'Persoon',
  since: 'Lid sinds',
  until: 'Lid tot',
  position: 'Volgorde',
  title: 'Titel',
  planned_minutes: 'Geplande minuten',
  date: 'Datum',
  start_time: 'Begintijd',
  end_time: 'Eindtijd',
  place: 'Plaats',
  status: 'Status',
  started_at: 'Gestart',
  finished_at: 'Afgerond',
  meeting_id: 'Overleg',
  notes: 'Notities',
  substitute_person_id: 'Vervanger',
  substitute_name: 'Vervanger',
  substitute_organisation_id: 'Organisatie vervanger',
  substitute_organisation_name: 'Organisatie vervanger',
  agenda_item_id: 'Agendapunt',
  brought_by_person_id: 'Ingebracht door (persoon)',
  brought_by_organisation_id: 'Ingebracht door (organisatie)',
  buurt_id: 'Buurt',
  location: 'Locatie',
  theme: 'Thema',
  description: 'Omschrijving',
  urgency: 'Urgentie',
  sensitivity: 'Vertrouwelijkheid',
  problem_owner_id: 'Probleemeigenaar',
  routed_to: 'Doorgezet naar',
  outcome: 'Uitkomst',
  closed_on: 'Afgehandeld op',
  purged_at: 'Gewist op',
  signal_id: 'Signaal',
  status_before: 'Status vooraf',
  status_after: 'Nieuwe status',
  action_id: 'Actie',
  why_text: 'Waarom',
  what: 'Wat',
  owner_organisation_id: 'Wie (organisatie)',
  owner_person_id: 'Wie (persoon)',
  deadline: 'Wanneer',
  how: 'Hoe',
  horizon: 'Horizon',
  preconditions: 'Randvoorwaarden',
  decision_due: 'Afhandeltermijn',
  motivation: 'Motivering',
  cancel_reason: 'Reden vervallen',
  text: 'Tekst',
  as_of: 'Peildatum',
  open_count: 'Aantal open acties',
  overdue_count: 'Aantal verlopen acties',
  finished_count: 'Aantal afgeronde acties',
  made_at: 'Gemaakt op',
  verslag_id: 'Verslag',
  version: 'Versie',
  correction_reason: 'Reden van de correctie',
  created_by: 'Gemaakt door',
  vastgesteld_on: 'Vastgesteld op',
  vastgesteld_at: 'Vastgesteld (tijd)',
  vastgesteld_in_meeting_id: 'Vastgesteld in overleg',
  vastgesteld_by: 'Vastgesteld door',
  content: 'Inhoud',
};
export const auditFieldLabel = (field: string): string => AUDIT_FIELD_LABELS[field] ?? field.replaceAll('_', ' ');

export const CORRECTION_REQUIRED =
  'Dit hoort bij een afgerond overleg. Een wijziging is dan een correctie: geef de reden op (zonder persoonsgegevens); die wordt met uw naam vastgelegd in het logboek.';
