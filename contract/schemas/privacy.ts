import { z } from 'zod';
import { id, labelledEnum, requiredText } from '../fields';
import { CONFIDENTIAL_RETENTION_MONTHS } from './signals';

// ---- retention terms ------------------------------------------------------------------------

/** The audit trail is kept this long; older entries are removed at start-up. */
export const AUDIT_RETENTION_MONTHS = 24;

/** Every term the app keeps to, as shown to the user (Privacy en logboek). */
export const RETENTION_TERMS: readonly { what: string; term: string }[] = [
  {
    what: 'Omschrijving, locatie, uitkomst en voortgangsnotities van vertrouwelijke signalen',
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

// ---- the user profile on this laptop ----------------------------------------------------------

export const PROFILE_ROLES = { wijkmanager: 'Wijkmanager', notulist: 'Secretaris / notulist', anders: 'Anders' } as const;
export type ProfileRole = keyof typeof PROFILE_ROLES;

export const Profile = z.object({
  name: z.string().nullable(),
  role: labelledEnum(PROFILE_ROLES, 'Kies uw rol.').nullable(),
  /** The name the audit trail records for changes made now. */
  actor: z.string(),
});
export type Profile = z.infer<typeof Profile>;

export const ProfileUpdate = z
  .object({
    name: requiredText('Uw naam', 80),
    role: labelledEnum(PROFILE_ROLES, 'Kies uw rol.'),
  })
  .strict();

// ---- the audit trail ----------------------------------------------------------------------------

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
};
export const auditFieldLabel = (field: string): string => AUDIT_FIELD_LABELS[field] ?? field.replaceAll('_', ' ');

export const AuditEntry = z.object({
  id: z.number(),
  /** ISO time of the change. */
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  recordId: z.number(),
  /** What the record is called now (a title, a name); null when it no longer exists. Never confidential content. */
  recordLabel: z.string().nullable(),
  action: labelledEnum(AUDIT_ACTIONS, 'Onbekende soort wijziging.'),
  /** Stored field names (see AUDIT_FIELD_LABELS); never their values. */
  fields: z.array(z.string()),
  meetingId: z.number().nullable(),
  meetingDate: z.string().nullable(),
  /** The reason given for a correction. */
  note: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z
  .object({
    entity: labelledEnum(AUDIT_ENTITIES, 'Kies een soort gegeven.').optional(),
    recordId: id.optional(),
    limit: z.number({ error: 'Aantal moet een getal zijn.' }).int({ error: 'Aantal moet een heel getal zijn.' }).min(1, { error: 'Vraag minstens 1 regel op.' }).max(500, { error: 'Vraag hoogstens 500 regels tegelijk op.' }).default(100),
    offset: z.number({ error: 'Begin moet een getal zijn.' }).int({ error: 'Begin moet een heel getal zijn.' }).min(0, { error: 'Begin kan niet negatief zijn.' }).default(0),
  })
  .strict()
  .refine((v) => v.recordId === undefined || v.entity !== undefined, { error: 'Kies bij een record ook de soort gegeven.', path: ['entity'] });

export const AuditPage = z.object({ entries: z.array(AuditEntry), total: z.number(), retentionMonths: z.number() });
export type AuditPage = z.infer<typeof AuditPage>;

/** Asked for when a record of an afgerond overleg is changed outside a meeting: it becomes a recorded correction. */
export const correctionReason = requiredText('Reden van de correctie', 300);
export const CORRECTION_REQUIRED =
  'Dit hoort bij een afgerond overleg. Een wijziging is dan een correctie: geef de reden op (zonder persoonsgegevens); die wordt met uw naam vastgelegd in het logboek.';
