import { z } from 'zod';
import { correctionReason, id, isoDate, labelledEnum, optionalId, optionalIsoDate, optionalText, requiredText } from '../fields';
import { pageOf, pageWindow, searchText, sortOn } from '../paging';

import {
  SIGNAL_ROUTES,
  SIGNAL_SENSITIVITIES,
  SIGNAL_STATUSES,
  SIGNAL_THEMES,
  SIGNAL_URGENCIES,
  routingProblem,
  signalRuleProblems,
  suggestedRoute,
  type SignalRoute,
  type SignalTheme,
} from '../../domain/signal';
import { followUpProblems } from '../../domain/followUp';

// Labels and rules live in domain/signal.ts and domain/privacy.ts; re-exported for the schemas' users.
export {
  SIGNAL_OUTCOME_REQUIRED,
  SIGNAL_ROUTES,
  SIGNAL_SENSITIVITIES,
  SIGNAL_STATUSES,
  SIGNAL_THEMES,
  SIGNAL_TITLE_HINT,
  SIGNAL_URGENCIES,
  SUGGESTED_ROUTE_BY_THEME,
  suggestedRoute,
  type SignalRoute,
  type SignalSensitivity,
  type SignalStatus,
  type SignalTheme,
  type SignalUrgency,
} from '../../domain/signal';
export { CONFIDENTIAL_RETENTION_LABEL, CONFIDENTIAL_RETENTION_MONTHS, PURGED_OUTCOME, SIGNAL_VIEWS, type SignalView } from '../../domain/privacy';

export const signalTheme = labelledEnum(SIGNAL_THEMES, 'Kies een thema.');
export const signalUrgency = labelledEnum(SIGNAL_URGENCIES, 'Kies een urgentie.');
export const signalSensitivity = labelledEnum(SIGNAL_SENSITIVITIES, 'Geef aan of het signaal vertrouwelijk is.');
export const signalStatus = labelledEnum(SIGNAL_STATUSES, 'Kies een status.');
export const signalRoute = labelledEnum(SIGNAL_ROUTES, 'Kies waar het signaal naartoe gaat.');

export const SignalFollowUp = z.object({
  id: z.number(),
  meetingId: z.number(),
  meetingDate: z.string(),
  note: z.string().nullable(),
  statusBefore: signalStatus,
  /** Null when the status did not change in that meeting. */
  statusAfter: signalStatus.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SignalFollowUp = z.infer<typeof SignalFollowUp>;

export const Signal = z.object({
  id: z.number(),
  teamId: z.number(),
  wijkId: z.number(),
  wijkName: z.string(),
  /** The meeting where it was raised. */
  meetingId: z.number(),
  meetingDate: z.string(),
  agendaItemId: z.number().nullable(),
  title: z.string(),
  date: z.string(),
  broughtByPersonId: z.number().nullable(),
  broughtByPersonName: z.string().nullable(),
  broughtByOrganisationId: z.number().nullable(),
  broughtByOrganisationName: z.string().nullable(),
  buurtId: z.number().nullable(),
  buurtName: z.string().nullable(),
  /** Null when redacted (partner view of a vertrouwelijk signal) or purged. */
  location: z.string().nullable(),
  theme: signalTheme,
  /** Null when redacted (partner view of a vertrouwelijk signal) or purged after the retention term. */
  description: z.string().nullable(),
  redacted: z.boolean(),
  purged: z.boolean(),
  urgency: signalUrgency,
  sensitivity: signalSensitivity,
  status: signalStatus,
  problemOwnerId: z.number().nullable(),
  problemOwnerName: z.string().nullable(),
  routedTo: signalRoute.nullable(),
  outcome: z.string().nullable(),
  /** The date it was afgehandeld (the meeting date when closed in a meeting). */
  closedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Signal = z.infer<typeof Signal>;

/** A signal as shown on the meeting screen: its whole follow-up history and the one for this meeting. */
export const SignalInMeeting = Signal.extend({
  /** What the screen shows of the history: the latest follow-up of an earlier meeting and this meeting's, in meeting order. */
  followUps: z.array(SignalFollowUp),
  /** The follow-up recorded in the meeting being viewed; null = not discussed (yet) in this meeting. */
  followUpHere: SignalFollowUp.nullable(),
});
export type SignalInMeeting = z.infer<typeof SignalInMeeting>;

// ---- requests -------------------------------------------------------------------------------

const signalFields = {
  agendaItemId: optionalId,
  title: requiredText('Titel', 120),
  broughtByPersonId: optionalId,
  broughtByOrganisationId: optionalId,
  buurtId: optionalId,
  location: optionalText('Locatie', 120),
  theme: signalTheme,
  urgency: signalUrgency.default('normaal'),
  sensitivity: signalSensitivity.default('normaal'),
  status: signalStatus.default('nieuw'),
  problemOwnerId: optionalId,
  /** Omitted: the routing suggested by the theme; null: not routed. */
  routedTo: signalRoute.nullable().optional(),
  outcome: optionalText('Uitkomst', 2000),
};

type SignalRefinable = Parameters<typeof signalRuleProblems>[0] & { theme?: SignalTheme; routedTo?: SignalRoute | null };
const refineSignal = (v: SignalRefinable, ctx: z.RefinementCtx) => {
  for (const [path, message] of Object.entries(signalRuleProblems(v))) ctx.addIssue({ code: 'custom', message, path: [path] });
  // Omitted routing: the theme's suggestion (create) or the stored routing (update, checked by the back end).
  const route = v.routedTo !== undefined ? v.routedTo : 'id' in v ? undefined : v.theme ? suggestedRoute(v.theme) : null;
  const routing = route === undefined ? null : routingProblem(v.status ?? 'nieuw', route);
  if (routing) ctx.addIssue({ code: 'custom', message: routing, path: ['routedTo'] });
};

export const SignalCreate = z
  .object({
    meetingId: id,
    /** Defaults to the meeting date. */
    date: optionalIsoDate('Datum'),
    description: requiredText('Omschrijving', 4000),
    ...signalFields,
  })
  .strict()
  .superRefine(refineSignal);
export type SignalCreate = z.output<typeof SignalCreate>;

/** Full replacement of the editable fields. `meetingId`: the meeting screen it is edited from (makes it undoable there). */
export const SignalUpdate = z
  .object({
    id,
    meetingId: optionalId,
    date: isoDate('Datum'),
    /** May only be empty for a signal whose confidential description was purged. */
    description: optionalText('Omschrijving', 4000),
    /** Required when the signal's meeting is afgerond and no open meeting is given (meetingId null). */
    correction: correctionReason,
    ...signalFields,
  })
  .strict()
  .superRefine(refineSignal);
export type SignalUpdate = z.output<typeof SignalUpdate>;

export const SignalFollowUpRequest = z
  .object({
    signalId: id,
    meetingId: id,
    note: optionalText('Voortgang', 2000),
    status: signalStatus.optional(),
    /** Needed when the status becomes afgehandeld and the signal has no outcome yet. */
    outcome: optionalText('Uitkomst', 2000),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(followUpProblems(v))) ctx.addIssue({ code: 'custom', message, path: [path] });
  });

export const SignalList = z
  .object({
    teamId: id.optional(),
    wijkId: id.optional(),
    openOnly: z.boolean().optional(),
    /** partner: vertrouwelijk signals come without description and location (`redacted: true`). */
    view: z.enum(['intern', 'partner'], { error: 'Kies intern of partner.' }).default('intern'),
  })
  .strict();

export const SignalFollowUpResult = z.object({ followUp: SignalFollowUp, signal: Signal });

export const PrivacyPurgeResult = z.object({
  purged: z.number(),
  retentionMonths: z.number(),
  /** Signals afgehandeld before this date were purged. */
  cutoff: z.string(),
});
export type PrivacyPurgeResult = z.infer<typeof PrivacyPurgeResult>;

// ---- the overview: filter, sort and a window, done by the back end -----------------------------

export const SIGNAL_SORT_KEYS = {
  date: 'Datum',
  title: 'Signaal',
  place: 'Wijk · buurt',
  theme: 'Thema',
  status: 'Status',
  owner: 'Probleemeigenaar',
} as const;
export type SignalSortKey = keyof typeof SIGNAL_SORT_KEYS;

export const SignalFilter = z
  .object({
    teamId: id.optional(),
    wijkId: id.optional(),
    buurtId: id.optional(),
    /** Brought in by, or problem owner. */
    organisationId: id.optional(),
    theme: signalTheme.optional(),
    status: signalStatus.optional(),
    sensitivity: signalSensitivity.optional(),
    openOnly: z.boolean().optional(),
    /** Words in title, description, location and outcome (full-text, prefixes, accents ignored). */
    text: searchText,
    from: isoDate('Vanaf').optional(),
    to: isoDate('Tot en met').optional(),
  })
  .strict();
export type SignalFilter = z.output<typeof SignalFilter>;

export const SignalSort = sortOn(SIGNAL_SORT_KEYS);
export type SignalSort = z.output<typeof SignalSort>;
export const DEFAULT_SIGNAL_SORT: SignalSort = { key: 'date', dir: 'desc' };

/** What the overview shows: one schema for the screen and for an export of what is shown. */
export const SignalQuery = z
  .object({
    filter: SignalFilter.default({}),
    sort: SignalSort.default(DEFAULT_SIGNAL_SORT),
    /** partner: vertrouwelijk signals come without description and location (and are not found by them). */
    view: z.enum(['intern', 'partner'], { error: 'Kies intern of partner.' }).default('intern'),
  })
  .strict();
export type SignalQuery = z.output<typeof SignalQuery>;

export const SignalPageRequest = SignalQuery.extend(pageWindow).strict();
export const SignalPage = pageOf(Signal).extend({ confidential: z.number() });
export type SignalPage = z.infer<typeof SignalPage>;
