import { z } from 'zod';
import { StorageProblem } from './backup';
import { id, isoDate, optionalEmail, optionalIsoDate, optionalPhone, optionalText, requiredText } from '../fields';

/** Kinds of partner organisation, with the Dutch label the UI shows. */
export const ORGANISATION_KINDS = {
  gemeente: 'Gemeente (team of afdeling)',
  woningcorporatie: 'Woningcorporatie',
  welzijn: 'Welzijnsorganisatie',
  politie: 'Politie',
  zorg: 'Zorg (wijkverpleging, GGD)',
  sociaal_wijkteam: 'Sociaal wijkteam',
  onderwijs: 'Onderwijs',
  overig: 'Overig',
} as const;
export type OrganisationKind = keyof typeof ORGANISATION_KINDS;
export const organisationKind = z.enum(Object.keys(ORGANISATION_KINDS) as [OrganisationKind, ...OrganisationKind[]], {
  error: 'Kies een soort organisatie.',
});

/** Common roles, offered as suggestions; a role is free text because every gemeente names them differently. */
export const COMMON_ROLES = [
  'Wijkmanager',
  'Wijkregisseur',
  'Secretaris',
  'Wijkagent',
  'Sociaal wijkmeester',
  'Wijkverpleegkundige',
  'Opbouwwerker',
  'Jongerenwerker',
  'Wijkbeheerder',
  'Beleidsadviseur',
  'Medewerker sociaal wijkteam',
  'Handhaver (boa)',
  'Schoolmaatschappelijk werker',
] as const;

export const Municipality = z.object({ name: z.string(), createdAt: z.string() });
export type Municipality = z.infer<typeof Municipality>;

export const Buurt = z.object({ id: z.number(), wijkId: z.number(), name: z.string() });
export type Buurt = z.infer<typeof Buurt>;

export const Wijk = z.object({
  id: z.number(),
  name: z.string(),
  code: z.string().nullable(),
  buurten: z.array(Buurt),
});
export type Wijk = z.infer<typeof Wijk>;

export const Organisation = z.object({
  id: z.number(),
  name: z.string(),
  kind: organisationKind,
  attendanceRequired: z.boolean(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  note: z.string().nullable(),
  activePeople: z.number(),
});
export type Organisation = z.infer<typeof Organisation>;

export const Person = z.object({
  id: z.number(),
  name: z.string(),
  organisationId: z.number(),
  organisationName: z.string(),
  role: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  leftOn: z.string().nullable(),
});
export type Person = z.infer<typeof Person>;

/** A seat ended because the person moved to another organisation: it belonged to the old one. */
export const EndedMembership = z.object({
  teamId: z.number(),
  wijkId: z.number(),
  teamName: z.string(),
  /** The organisation the seat was held for. */
  organisationName: z.string(),
  until: z.string(),
  wasChair: z.boolean(),
  wasSecretary: z.boolean(),
});
export type EndedMembership = z.infer<typeof EndedMembership>;

/** The saved person, and what a change of organisation ended, so the UI can say so. */
export const PersonUpdateResult = Person.extend({ endedMemberships: z.array(EndedMembership) });
export type PersonUpdateResult = z.infer<typeof PersonUpdateResult>;

export const TeamMember = z.object({
  personId: z.number(),
  name: z.string(),
  role: z.string(),
  organisationId: z.number(),
  organisationName: z.string(),
  since: z.string(),
  until: z.string().nullable(),
  personActive: z.boolean(),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const Team = z.object({
  id: z.number(),
  wijkId: z.number(),
  wijkName: z.string(),
  name: z.string(),
  chairId: z.number().nullable(),
  secretaryId: z.number().nullable(),
  /** Current members first; former members keep their history (until is set). */
  members: z.array(TeamMember),
});
export type Team = z.infer<typeof Team>;

// ---- requests -------------------------------------------------------------------------------

export const wijkFields = {
  name: requiredText('Naam van de wijk', 80),
  code: optionalText('Wijkcode', 20),
};

export const SetupRequest = z
  .object({
    municipalityName: requiredText('Naam van de gemeente', 80),
    wijken: z
      .array(z.object({ name: requiredText('Naam van de wijk', 80) }).strict())
      .min(1, { error: 'Voeg minstens één wijk toe.' })
      .max(40, { error: 'Hoogstens 40 wijken bij het opzetten; voeg later meer toe.' }),
  })
  .strict();
export type SetupRequest = z.infer<typeof SetupRequest>;

export const MunicipalityUpdate = z.object({ name: requiredText('Naam van de gemeente', 80) }).strict();

export const WijkCreate = z.object(wijkFields).strict();
export const WijkUpdate = z.object({ id, ...wijkFields }).strict();

export const BuurtCreate = z.object({ wijkId: id, name: requiredText('Naam van de buurt', 80) }).strict();
export const BuurtUpdate = z.object({ id, name: requiredText('Naam van de buurt', 80) }).strict();
export const ById = z.object({ id }).strict();

const organisationFields = {
  name: requiredText('Naam van de organisatie', 120),
  kind: organisationKind,
  attendanceRequired: z.boolean({ error: 'Geef aan of aanwezigheid verplicht is.' }),
  contactName: optionalText('Contactpersoon', 120),
  contactEmail: optionalEmail,
  contactPhone: optionalPhone,
  note: optionalText('Toelichting', 1000),
};
export const OrganisationCreate = z.object(organisationFields).strict();
export const OrganisationUpdate = z.object({ id, ...organisationFields }).strict();
/** The editable fields of an organisation, as the forms hold them. */
export type OrganisationCreate = z.output<typeof OrganisationCreate>;

const personFields = {
  name: requiredText('Naam', 120),
  organisationId: id,
  role: requiredText('Functie', 80),
  email: optionalEmail,
  phone: optionalPhone,
};
export const PersonCreate = z.object(personFields).strict();
/** The editable fields of a person, as the forms hold them. */
export type PersonCreate = z.output<typeof PersonCreate>;
export const PersonUpdate = z.object({ id, ...personFields }).strict();
/** Leaving is recorded, never deleted: past meetings keep the name. */
export const PersonSetActive = z
  .object({ id, active: z.boolean(), leftOn: optionalIsoDate('Datum uit dienst') })
  .strict();

export const TeamByWijk = z.object({ wijkId: id }).strict();
/** Chair and secretary; a role left out stays as it is (two quick choices never undo each other). */
export const TeamRolesUpdate = z
  .object({ teamId: id, chairId: id.nullable().optional(), secretaryId: id.nullable().optional() })
  .strict();
export const TeamMemberAdd = z.object({ teamId: id, personId: id, since: isoDate('Lid sinds') }).strict();
export const TeamMemberEnd = z.object({ teamId: id, personId: id, until: isoDate('Lid tot') }).strict();

export const AppInfo = z.object({
  version: z.string(),
  databasePath: z.string(),
  schemaVersion: z.number(),
  isSetUp: z.boolean(),
  municipalityName: z.string().nullable(),
  /** The Voorbeeldgemeente is loaded: it may be cleared to start the user's own gemeente. */
  isDemo: z.boolean(),
  /** A fault with the database file (read-only, damaged): the app says so and offers what helps. */
  storageProblem: StorageProblem.nullable(),
});
export type AppInfo = z.infer<typeof AppInfo>;
