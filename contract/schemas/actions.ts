import { z } from 'zod';
import { correctionReason, id, isoDate, labelledEnum, optionalId, optionalIsoDate, optionalText, requiredText } from '../fields';
import { pageOf, pageWindow, searchText, sortOn } from '../paging';

import { ACTION_HORIZONS, ACTION_RULE_MESSAGES, ACTION_STATUSES, actionRuleProblems, normaliseAction, type ActionRuleInput } from '../../domain/action';
import { followUpProblems } from '../../domain/followUp';

// The horizon and status rules live in domain/action.ts; re-exported here for the schemas' users.
export {
  ACTION_HORIZONS,
  ACTION_HORIZON_HINTS,
  ACTION_RULE_MESSAGES,
  ACTION_STATUSES,
  actionRuleProblems,
  type ActionHorizon,
  type ActionRuleInput,
  type ActionStatus,
} from '../../domain/action';

export const actionHorizon = labelledEnum(ACTION_HORIZONS, 'Kies Nu, Ooit of Nooit.');
export const actionStatus = labelledEnum(ACTION_STATUSES, 'Kies een status.');

export const ActionFollowUp = z.object({
  id: z.number(),
  meetingId: z.number(),
  meetingDate: z.string(),
  note: z.string().nullable(),
  statusBefore: actionStatus,
  /** Null when the status did not change in that meeting. */
  statusAfter: actionStatus.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionFollowUp = z.infer<typeof ActionFollowUp>;

export const Action = z.object({
  id: z.number(),
  teamId: z.number(),
  teamName: z.string(),
  wijkId: z.number(),
  wijkName: z.string(),
  /** The meeting where it was agreed. */
  meetingId: z.number(),
  meetingDate: z.string(),
  // waarom
  agendaItemId: z.number().nullable(),
  agendaItemTitle: z.string().nullable(),
  signalId: z.number().nullable(),
  signalTitle: z.string().nullable(),
  whyText: z.string().nullable(),
  // wat, wie, wanneer, hoe
  what: z.string(),
  ownerOrganisationId: z.number(),
  ownerOrganisationName: z.string(),
  ownerPersonId: z.number().nullable(),
  ownerPersonName: z.string().nullable(),
  deadline: z.string().nullable(),
  how: z.string().nullable(),
  horizon: actionHorizon,
  preconditions: z.string().nullable(),
  decisionDue: z.string().nullable(),
  motivation: z.string().nullable(),
  status: actionStatus,
  cancelReason: z.string().nullable(),
  /** When it stopped being open (gereed, vervallen or Nooit); the meeting date when closed in a meeting. */
  closedOn: z.string().nullable(),
  /** The date that counts for overdue: the deadline, or the afhandeltermijn for Ooit. */
  dueDate: z.string().nullable(),
  /** Still open (open/in uitvoering, not Nooit) and its due date lies before today. */
  overdue: z.boolean(),
  /** Still open: returns at every next meeting of the team. */
  isOpen: z.boolean(),
  lastFollowUpNote: z.string().nullable(),
  lastFollowUpDate: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Action = z.infer<typeof Action>;

export const ActionInMeeting = Action.extend({
  /** What the screen shows of the history: the latest follow-up of an earlier meeting and this meeting's, in meeting order. */
  followUps: z.array(ActionFollowUp),
  /** The follow-up recorded in the meeting being viewed; null = not discussed (yet) in this meeting. */
  followUpHere: ActionFollowUp.nullable(),
});
export type ActionInMeeting = z.infer<typeof ActionInMeeting>;

// ---- requests -------------------------------------------------------------------------------

const actionFields = {
  agendaItemId: optionalId,
  signalId: optionalId,
  whyText: optionalText('Toelichting bij het waarom', 1000),
  what: requiredText('Wat', 500),
  ownerOrganisationId: id,
  ownerPersonId: optionalId,
  deadline: optionalIsoDate('Deadline'),
  how: optionalText('Hoe', 1000),
  horizon: actionHorizon,
  preconditions: optionalText('Randvoorwaarden', 1000),
  decisionDue: optionalIsoDate('Afhandeltermijn'),
  motivation: optionalText('Motivering', 1000),
  status: actionStatus.default('open'),
  cancelReason: optionalText('Reden van vervallen', 1000),
};

type ActionRefinable = ActionRuleInput & { agendaItemId?: number | null; signalId?: number | null };
const refineAction = (v: ActionRefinable, ctx: z.RefinementCtx) => {
  for (const [field, message] of Object.entries(actionRuleProblems(v))) {
    // "Why" is answered by either field, so both show the message.
    for (const path of field === 'why' ? ['signalId', 'agendaItemId'] : [field]) ctx.addIssue({ code: 'custom', message, path: [path] });
  }
};

/** Validated by the horizon rules, then normalised (a Nooit action has no deadline, whatever was sent). */
export const ActionCreate = z.object({ meetingId: id, ...actionFields }).strict().superRefine(refineAction).transform(normaliseAction);
export type ActionCreate = z.output<typeof ActionCreate>;

/** Full replacement of the editable fields. `meetingId`: the meeting screen it is edited from (makes it undoable there). */
/** `correction`: required when the action's meeting is afgerond and no open meeting is given (meetingId null). */
export const ActionUpdate = z.object({ id, meetingId: optionalId, correction: correctionReason, ...actionFields }).strict().superRefine(refineAction).transform(normaliseAction);
export type ActionUpdate = z.output<typeof ActionUpdate>;

export const ActionFollowUpRequest = z
  .object({
    actionId: id,
    meetingId: id,
    /** When the status becomes vervallen, this note is the reason. */
    note: optionalText('Voortgang', 2000),
    status: actionStatus.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(followUpProblems(v))) ctx.addIssue({ code: 'custom', message, path: [path] });
    if (v.status === 'vervallen' && !v.note) ctx.addIssue({ code: 'custom', message: ACTION_RULE_MESSAGES.cancelReason, path: ['note'] });
  });

/** Server-side filters are optional: the overview may load everything and filter client-side. */
export const ActionList = z
  .object({
    teamId: id.optional(),
    wijkId: id.optional(),
    organisationId: id.optional(),
    openOnly: z.boolean().optional(),
  })
  .strict();

export const ActionFollowUpResult = z.object({ followUp: ActionFollowUp, action: Action });

// ---- the overview: filter, sort and a window, done by the back end -----------------------------

/** The columns "Alle acties" sorts on; urgentie = overdue first, then open by due date, then closed (latest first). */
export const ACTION_SORT_KEYS = {
  urgency: 'Urgentie',
  what: 'Wat',
  who: 'Wie',
  due: 'Wanneer',
  status: 'Horizon · status',
  meeting: 'Overleg',
} as const;
export type ActionSortKey = keyof typeof ACTION_SORT_KEYS;

export const ActionFilter = z
  .object({
    teamId: id.optional(),
    wijkId: id.optional(),
    organisationId: id.optional(),
    status: actionStatus.optional(),
    horizon: actionHorizon.optional(),
    openOnly: z.boolean().optional(),
    overdueOnly: z.boolean().optional(),
    /** Words in wat, waarom, hoe, randvoorwaarden, motivering (full-text, prefixes, accents ignored). */
    text: searchText,
    /** Agreed in a meeting in this period. */
    from: isoDate('Vanaf').optional(),
    to: isoDate('Tot en met').optional(),
  })
  .strict();
export type ActionFilter = z.output<typeof ActionFilter>;

export const ActionSort = sortOn(ACTION_SORT_KEYS);
export type ActionSort = z.output<typeof ActionSort>;
export const DEFAULT_ACTION_SORT: ActionSort = { key: 'urgency', dir: 'asc' };

/** What the overview shows: one schema for the screen and for an export of what is shown. */
export const ActionQuery = z.object({ filter: ActionFilter.default({}), sort: ActionSort.default(DEFAULT_ACTION_SORT) }).strict();
export type ActionQuery = z.output<typeof ActionQuery>;

export const ActionPageRequest = ActionQuery.extend(pageWindow).strict();
export const ActionPage = pageOf(Action).extend({
  /** Of the filtered list: how many are still open and how many of those are overdue. */
  open: z.number(),
  overdue: z.number(),
});
export type ActionPage = z.infer<typeof ActionPage>;
