import { z } from 'zod';
import { id, isoDate, labelledEnum, optionalId, optionalIsoDate, optionalText, requiredText } from '../fields';
import { ActionFollowUp, actionHorizon, actionRuleProblems, actionStatus } from './actions';
import { AGREEMENT_ORIGINS, MAX_YEAR, MIN_YEAR, REVIEW_OUTCOMES, groundProblems, themeProblems } from '../../domain/wijkagenda';

export const reviewOutcome = labelledEnum(REVIEW_OUTCOMES, 'Kies een uitkomst: nagekomen, deels nagekomen, niet nagekomen of loopt nog.');
export const agreementOrigin = labelledEnum(AGREEMENT_ORIGINS, 'Onbekende herkomst.');

export const year = z
  .number({ error: 'Jaar moet een jaartal zijn.' })
  .int({ error: 'Jaar moet een jaartal zijn.' })
  .min(MIN_YEAR, { error: `Kies een jaar vanaf ${MIN_YEAR}.` })
  .max(MAX_YEAR, { error: `Kies een jaar tot en met ${MAX_YEAR}.` });

// ---- views ----------------------------------------------------------------------------------

export const Theme = z.object({
  id: z.number(),
  wijkId: z.number(),
  title: z.string(),
  goal: z.string(),
  firstYear: z.number(),
  lastYear: z.number(),
});
export type Theme = z.infer<typeof Theme>;

/**
 * One agreement on a wijkagenda. For an agreement from an action, what/who/when/status are the
 * action's own, read at request time (linked, not copied).
 */
export const Agreement = z.object({
  id: z.number(),
  wijkagendaId: z.number(),
  year: z.number(),
  wijkId: z.number(),
  themeId: z.number(),
  themeTitle: z.string(),
  origin: agreementOrigin,
  actionId: z.number().nullable(),
  decisionId: z.number().nullable(),
  /** The meeting it came from (one click back); null for a hand-entered agreement. */
  meetingId: z.number().nullable(),
  meetingDate: z.string().nullable(),
  /** The besluit text behind a decision agreement. */
  decisionText: z.string().nullable(),
  what: z.string(),
  ownerOrganisationId: z.number(),
  ownerOrganisationName: z.string(),
  ownerPersonId: z.number().nullable(),
  ownerPersonName: z.string().nullable(),
  deadline: z.string().nullable(),
  horizon: actionHorizon,
  preconditions: z.string().nullable(),
  decisionDue: z.string().nullable(),
  motivation: z.string().nullable(),
  status: actionStatus,
  cancelReason: z.string().nullable(),
  closedOn: z.string().nullable(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  isOpen: z.boolean(),
  /** Its action belongs to a vertrouwelijk signal: shown without its text, never exported with it. */
  confidential: z.boolean(),
  groundDecision: z.string().nullable(),
  groundBody: z.string().nullable(),
  groundDate: z.string().nullable(),
  /** Moved here from last year's agenda at the turn of the year. */
  carriedFromId: z.number().nullable(),
  /** Moved on to next year's agenda (the year), or null. */
  movedToYear: z.number().nullable(),
  lastFollowUpNote: z.string().nullable(),
  lastFollowUpDate: z.string().nullable(),
  createdAt: z.string(),
});
export type Agreement = z.infer<typeof Agreement>;

export const AgreementInMeeting = Agreement.extend({
  followUps: z.array(ActionFollowUp),
  followUpHere: ActionFollowUp.nullable(),
});
export type AgreementInMeeting = z.infer<typeof AgreementInMeeting>;

const counts = z.object({
  total: z.number(),
  nagekomen: z.number(),
  deels_nagekomen: z.number(),
  niet_nagekomen: z.number(),
  loopt_nog: z.number(),
});
export const OutcomeGroup = z.object({ key: z.string(), label: z.string(), counts });

export const ReviewItem = z.object({
  agreementId: z.number(),
  outcome: reviewOutcome,
  note: z.string().nullable(),
  themeId: z.number(),
  themeTitle: z.string(),
  what: z.string(),
  ownerOrganisationId: z.number(),
  ownerOrganisationName: z.string(),
  dueDate: z.string().nullable(),
  status: actionStatus,
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const ReviewSummary = z.object({
  id: z.number(),
  date: z.string(),
  note: z.string().nullable(),
  total: counts,
  createdAt: z.string(),
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;

export const DiffEntry = z.object({
  agreementId: z.number(),
  what: z.string(),
  before: reviewOutcome.nullable(),
  after: reviewOutcome.nullable(),
  kind: z.enum(['new', 'changed', 'same', 'gone']),
});

export const Review = ReviewSummary.extend({
  wijkId: z.number(),
  wijkName: z.string(),
  year: z.number(),
  items: z.array(ReviewItem),
  byTheme: z.array(OutcomeGroup),
  byOrganisation: z.array(OutcomeGroup),
  previousId: z.number().nullable(),
  previousDate: z.string().nullable(),
  /** What changed since the previous actualisatie (every agreement, the unchanged ones marked 'same'). */
  changes: z.array(DiffEntry),
});
export type Review = z.infer<typeof Review>;

export const Wijkagenda = z.object({
  wijkId: z.number(),
  wijkName: z.string(),
  year: z.number(),
  /** Null until the first agreement goes on it. */
  wijkagendaId: z.number().nullable(),
  /** Themes of the plan running in this year, plus older ones that still hold agreements here. */
  themes: z.array(Theme),
  agreements: z.array(Agreement),
  reviews: z.array(ReviewSummary),
  latestReview: Review.nullable(),
  /** Warning when the last actualisatie is more than six months old. */
  staleWarning: z.string().nullable(),
  /** Running agreements of this year not yet on next year's agenda (offered once the year ends). */
  toMove: z.number(),
  rolloverDue: z.boolean(),
  years: z.array(z.number()),
  /** The back end's today: the default date of a new actualisatie. */
  today: z.string(),
});
export type Wijkagenda = z.infer<typeof Wijkagenda>;

export const WijkagendaOverviewRow = z.object({
  wijkId: z.number(),
  wijkName: z.string(),
  agreements: z.number(),
  overdue: z.number(),
  lastReviewDate: z.string().nullable(),
  /** Kept (nagekomen) of the reviewed total at the last actualisatie. */
  kept: z.number().nullable(),
  reviewed: z.number().nullable(),
  staleWarning: z.string().nullable(),
});
export type WijkagendaOverviewRow = z.infer<typeof WijkagendaOverviewRow>;

export const Candidate = z.object({
  kind: z.enum(['action', 'decision']),
  id: z.number(),
  text: z.string(),
  agendaItemTitle: z.string().nullable(),
  ownerOrganisationName: z.string().nullable(),
  status: actionStatus.nullable(),
  horizon: actionHorizon.nullable(),
  dueDate: z.string().nullable(),
  /** Why it cannot go on the agenda, or null. */
  notEligible: z.string().nullable(),
  /** Already on a wijkagenda of this wijk. */
  onAgenda: z.object({ agreementId: z.number(), year: z.number(), themeTitle: z.string() }).nullable(),
});
export type Candidate = z.infer<typeof Candidate>;

export const MeetingCandidates = z.object({
  meetingId: z.number(),
  meetingDate: z.string(),
  teamName: z.string(),
  wijkId: z.number(),
  wijkName: z.string(),
  year: z.number(),
  /** Null when "Naar wijkagenda" may run; else why not (Dutch). */
  blocked: z.string().nullable(),
  themes: z.array(Theme),
  candidates: z.array(Candidate),
});
export type MeetingCandidates = z.infer<typeof MeetingCandidates>;

export const AgreementRef = z.object({ agreementId: z.number(), what: z.string(), year: z.number(), themeTitle: z.string() });
export const AddFromMeetingResult = z.object({
  added: z.array(AgreementRef),
  alreadyThere: z.array(AgreementRef),
  /** Dutch summary for the notice. */
  message: z.string(),
});
export type AddFromMeetingResult = z.infer<typeof AddFromMeetingResult>;

export const WijkagendaInMeeting = z.object({
  meetingId: z.number(),
  wijkId: z.number(),
  wijkName: z.string(),
  year: z.number(),
  themes: z.array(Theme),
  agreements: z.array(AgreementInMeeting),
});
export type WijkagendaInMeeting = z.infer<typeof WijkagendaInMeeting>;

export const RolloverResult = z.object({ toYear: z.number(), moved: z.number(), alreadyMoved: z.number(), message: z.string() });

// ---- requests -------------------------------------------------------------------------------

const themeFields = {
  title: requiredText('Thema', 120),
  goal: requiredText('Doel', 300),
  firstYear: year,
  lastYear: year,
};
const refineTheme = (v: { goal: string; firstYear: number; lastYear: number }, ctx: z.RefinementCtx) => {
  for (const [path, message] of Object.entries(themeProblems(v))) ctx.addIssue({ code: 'custom', message, path: [path] });
};
export const ThemeCreate = z.object({ wijkId: id, ...themeFields }).strict().superRefine(refineTheme);
export const ThemeUpdate = z.object({ id, ...themeFields }).strict().superRefine(refineTheme);

export const WijkagendaGet = z.object({ wijkId: id, year }).strict();
export const WijkagendaOverview = z.object({ year }).strict();

/** What an agreement of its own states (decision or hand-entered): wat, wie, wanneer, horizon, status. */
const ownFields = {
  what: requiredText('Wat', 500),
  ownerOrganisationId: id,
  ownerPersonId: optionalId,
  deadline: optionalIsoDate('Wanneer'),
  horizon: actionHorizon,
  preconditions: optionalText('Randvoorwaarden', 1000),
  decisionDue: optionalIsoDate('Afhandeltermijn'),
  motivation: optionalText('Motivering', 1000),
};
type OwnRefinable = Parameters<typeof actionRuleProblems>[0];
const refineOwn = (v: OwnRefinable, ctx: z.RefinementCtx, prefix: (string | number)[] = []) => {
  for (const [path, message] of Object.entries(actionRuleProblems(v))) ctx.addIssue({ code: 'custom', message, path: [...prefix, path] });
};

const pickAction = z.object({ kind: z.literal('action'), actionId: id, themeId: id }).strict();
const pickDecision = z.object({ kind: z.literal('decision'), decisionId: id, themeId: id, ...ownFields }).strict();
export const AddFromMeeting = z
  .object({
    meetingId: id,
    items: z.array(z.discriminatedUnion('kind', [pickAction, pickDecision])).min(1, { error: 'Kies minstens één actie of besluit.' }),
  })
  .strict()
  .superRefine((v, ctx) => v.items.forEach((item, i) => item.kind === 'decision' && refineOwn(item, ctx, ['items', i])));

const groundFields = {
  groundDecision: optionalText('Besluit', 500),
  groundBody: optionalText('Genomen door', 200),
  groundDate: optionalIsoDate('Datum van het besluit'),
};
export const AddByHand = z
  .object({ wijkId: id, year, themeId: id, ...ownFields, ...groundFields })
  .strict()
  .superRefine((v, ctx) => {
    refineOwn(v, ctx);
    for (const [path, message] of Object.entries(groundProblems(v))) ctx.addIssue({ code: 'custom', message, path: [path] });
  });

/** Theme can always change; own fields only for an agreement that is not linked to an action. */
export const AgreementUpdate = z
  .object({
    id,
    themeId: id,
    own: z.object({ ...ownFields, status: actionStatus, cancelReason: optionalText('Reden van vervallen', 1000) }).strict().optional(),
    ground: z.object(groundFields).strict().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.own) refineOwn(v.own, ctx, ['own']);
    if (v.ground) for (const [path, message] of Object.entries(groundProblems(v.ground))) ctx.addIssue({ code: 'custom', message, path: ['ground', path] });
  });

export const AgreementRemove = z.object({ id }).strict();
export const WijkagendaForMeeting = z.object({ meetingId: id }).strict();

/** Progress in a meeting: the same request as action:followUp, by agreement. */
export const AgreementFollowUp = z
  .object({ agreementId: id, meetingId: id, note: optionalText('Voortgang', 2000), status: actionStatus.optional() })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.note && !v.status) ctx.addIssue({ code: 'custom', message: 'Vul een notitie in of kies een nieuwe status.', path: ['note'] });
    if (v.status === 'vervallen' && !v.note) ctx.addIssue({ code: 'custom', message: 'Geef aan waarom de afspraak vervalt.', path: ['note'] });
  });
export const AgreementFollowUpResult = z.object({ agreement: Agreement, followUp: ActionFollowUp });

export const ReviewCreate = z
  .object({
    wijkId: id,
    year,
    date: isoDate('Datum van de actualisatie'),
    note: optionalText('Toelichting', 2000),
    items: z.array(z.object({ agreementId: id, outcome: reviewOutcome.nullable().optional(), note: optionalText('Toelichting', 1000) }).strict()),
  })
  .strict();
export const ReviewGet = z.object({ id }).strict();

export const Rollover = z.object({ wijkId: id, year }).strict();

/** PDF/A, DOCX and ODT from the document engine, XLSX for those who count and filter themselves. */
export const wijkagendaFormat = z.enum(['pdf', 'docx', 'odt', 'xlsx'], { error: 'Kies PDF, Word (DOCX), OpenDocument (ODT) of Excel (XLSX).' });
export const WijkagendaExport = z.object({ wijkId: id, year, format: wijkagendaFormat }).strict();
