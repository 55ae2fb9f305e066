import { z } from 'zod';
import { pageOf, pageWindow, searchText, sortOn } from '../paging';
import { id, isoDate, labelledEnum, minutes, optionalId, optionalTimeOfDay, requiredText, timeOfDay } from '../fields';
import { Buurt } from './masterdata';
import { AttendanceRow, Guest } from './attendance';
import { SignalInMeeting } from './signals';
import { ActionInMeeting } from './actions';
import { Decision } from './decisions';

import {
  AGENDA_ITEM_KINDS,
  missingRequiredKinds,
  requiredKindMessage,
  type TemplateItem as DomainTemplateItem,
} from '../../domain/agenda';
import { MEETING_STATUSES } from '../../domain/meeting';

// The labels and rules live in domain/; re-exported here for the schemas' users.
export {
  AGENDA_ITEM_KINDS,
  DEFAULT_AGENDA,
  REQUIRED_AGENDA_KINDS,
  isRequiredAgendaKind,
  missingRequiredKinds,
  requiredKindMessage,
  type AgendaItemKind,
  type RequiredAgendaKind,
} from '../../domain/agenda';
export { MEETING_STATUSES, type MeetingStatus } from '../../domain/meeting';

export const meetingStatus = labelledEnum(MEETING_STATUSES, 'Kies een status.');
export const agendaItemKind = labelledEnum(AGENDA_ITEM_KINDS, 'Kies een soort agendapunt.');

export const TemplateItem = z.object({ title: z.string(), kind: agendaItemKind, plannedMinutes: z.number() }) satisfies z.ZodType<DomainTemplateItem>;
export type TemplateItem = z.infer<typeof TemplateItem>;

export const AgendaTemplate = z.object({
  teamId: z.number(),
  /** True while the team still uses the standard agenda. */
  isDefault: z.boolean(),
  items: z.array(TemplateItem),
});
export type AgendaTemplate = z.infer<typeof AgendaTemplate>;

export const Meeting = z.object({
  id: z.number(),
  teamId: z.number(),
  teamName: z.string(),
  wijkId: z.number(),
  wijkName: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string().nullable(),
  place: z.string(),
  chairId: z.number().nullable(),
  chairName: z.string().nullable(),
  secretaryId: z.number().nullable(),
  secretaryName: z.string().nullable(),
  status: meetingStatus,
  currentItemId: z.number().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** Raised when date, time or place change: the SEQUENCE of the invitation. */
  revision: z.number(),
  createdAt: z.string(),
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingCounts = z.object({
  agendaItems: z.number(),
  members: z.number(),
  /** Aanwezig or vervangen. */
  present: z.number(),
  guests: z.number(),
  signals: z.number(),
  actions: z.number(),
  decisions: z.number(),
});

export const MeetingSummary = Meeting.extend({ counts: MeetingCounts });
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const AgendaItem = z.object({
  id: z.number(),
  meetingId: z.number(),
  position: z.number(),
  title: z.string(),
  kind: agendaItemKind,
  plannedMinutes: z.number(),
  notes: z.string().nullable(),
  /** Seconds accumulated in earlier turns (excludes the running turn). */
  spentSeconds: z.number(),
  /** ISO timestamp when it became current; null when not running. A UI timer adds now − currentSince. */
  currentSince: z.string().nullable(),
  /** spentSeconds plus the running turn, computed when the response was made. */
  elapsedSeconds: z.number(),
  isCurrent: z.boolean(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const MeetingAgenda = z.object({
  meetingId: z.number(),
  currentItemId: z.number().nullable(),
  items: z.array(AgendaItem),
});
export type MeetingAgenda = z.infer<typeof MeetingAgenda>;

/** A group of carried items as its header shows it (per organisation, or per problem owner for signals). */
export const CarriedGroup = z.object({ key: z.string(), name: z.string(), total: z.number(), overdue: z.number(), discussed: z.number() });
export type CarriedGroup = z.infer<typeof CarriedGroup>;

/**
 * What carries over from earlier meetings, counted per group in SQL. A team with few carried
 * items gets them all at once; a team with hundreds gets the group headers, and the screen reads
 * a group's items when the chair opens it (carriedAction:list / carriedSignal:list).
 */
const carriedOver = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    total: z.number(),
    discussed: z.number(),
    overdue: z.number(),
    /** Open and not yet followed up in this meeting: what the chair hears about before closing it. */
    waiting: z.number(),
    groups: z.array(CarriedGroup),
    /** Every item (at most CARRIED_INLINE_UP_TO of domain/followUp.ts), or null: read per group. */
    items: z.array(item).nullable(),
  });
export const CarriedActions = carriedOver(ActionInMeeting);
export type CarriedActions = z.infer<typeof CarriedActions>;
export const CarriedSignals = carriedOver(SignalInMeeting);
export type CarriedSignals = z.infer<typeof CarriedSignals>;

/** One group of carried items of a meeting, by the key its header carries. */
export const CarriedGroupRequest = z
  .object({ meetingId: id, group: z.string().regex(/^\d{0,12}$/, 'Deze groep bestaat niet in dit overleg.') })
  .strict();
export type CarriedGroupRequest = z.infer<typeof CarriedGroupRequest>;

/** A signal an action can be agreed on: raised in the meeting or carried into it. */
export const SignalChoice = z.object({ id: z.number(), title: z.string() });
export type SignalChoice = z.infer<typeof SignalChoice>;

/** Everything the meeting screen needs, in one response. */
export const MeetingDetail = z.object({
  meeting: Meeting,
  agenda: z.array(AgendaItem),
  /** Every team member at the meeting date (pre-created; status null = not recorded). */
  attendance: z.array(AttendanceRow),
  guests: z.array(Guest),
  /** Signals raised in this meeting. */
  signals: z.array(SignalInMeeting),
  /** Open signals from earlier meetings of the team (and those closed in this meeting). */
  carriedSignals: CarriedSignals,
  /** Actions agreed in this meeting. */
  actions: z.array(ActionInMeeting),
  /** Open actions from earlier meetings of the team (and those closed in this meeting). */
  carriedActions: CarriedActions,
  /** All decisions of the meeting; group them by agendaItemId. */
  decisions: z.array(Decision),
  /** Buurten of the team's wijk, for the signal form. */
  buurten: z.array(Buurt),
  previousMeetingId: z.number().nullable(),
  nextMeetingId: z.number().nullable(),
  /** What undo:last would do now (Dutch), or null when there is nothing to undo. */
  undoLabel: z.string().nullable(),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

export const UndoResult = z.object({
  /** What was undone (Dutch), or null when there was nothing to undo. */
  undone: z.string().nullable(),
  /** What the next undo would do, or null. */
  undoLabel: z.string().nullable(),
});
export type UndoResult = z.infer<typeof UndoResult>;

export const IcsExport = z.object({ fileName: z.string(), mimeType: z.literal('text/calendar'), content: z.string() });
export type IcsExport = z.infer<typeof IcsExport>;

// ---- requests -------------------------------------------------------------------------------

const END_AFTER_START = 'De eindtijd moet na de begintijd liggen.';
const refineTimes = (v: { startTime?: string; endTime?: string | null }, ctx: z.RefinementCtx) => {
  if (v.startTime && v.endTime && v.endTime <= v.startTime) ctx.addIssue({ code: 'custom', message: END_AFTER_START, path: ['endTime'] });
};

export const MeetingCreate = z
  .object({
    teamId: id,
    date: isoDate('Datum'),
    startTime: timeOfDay('Begintijd'),
    endTime: optionalTimeOfDay('Eindtijd'),
    place: requiredText('Locatie', 120),
    /** Omitted: the team's chair/secretary; null: none. */
    chairId: id.nullable().optional(),
    secretaryId: id.nullable().optional(),
  })
  .strict()
  .superRefine(refineTimes);

export const MeetingUpdate = z
  .object({
    id,
    date: isoDate('Datum'),
    startTime: timeOfDay('Begintijd'),
    endTime: optionalTimeOfDay('Eindtijd'),
    place: requiredText('Locatie', 120),
    chairId: optionalId,
    secretaryId: optionalId,
  })
  .strict()
  .superRefine(refineTimes);

/** Without filters: every meeting of every team (overview), newest first. */
export const MeetingList = z
  .object({
    teamId: id.optional(),
    wijkId: id.optional(),
    /** Meetings on or after this date only (the Overleggen list shows recent years; ten years stay in the database). */
    from: isoDate('Vanaf').optional(),
  })
  .strict();
export const MeetingRef = z.object({ meetingId: id }).strict();

// ---- the overview "Overleggen": filter, sort and a window, done by the back end ---------------

/** upcoming: the komende first (soonest on top), then the afgelopen (latest on top); the screen's own order. */
export const MEETING_SORT_KEYS = {
  upcoming: 'Komende eerst',
  date: 'Datum',
  wijk: 'Wijk',
  place: 'Plaats',
  status: 'Status',
  signals: 'Signalen',
  actions: 'Acties',
  decisions: 'Besluiten',
} as const;
export type MeetingSortKey = keyof typeof MEETING_SORT_KEYS;

export const MeetingFilter = z
  .object({
    teamId: id.optional(),
    wijkId: id.optional(),
    status: meetingStatus.optional(),
    from: isoDate('Vanaf').optional(),
    to: isoDate('Tot en met').optional(),
    /** Words in the place, the wijk or the date (yyyy-mm-dd): each word must occur. */
    text: searchText,
  })
  .strict();
export type MeetingFilter = z.output<typeof MeetingFilter>;

export const MeetingSort = sortOn(MEETING_SORT_KEYS);
export type MeetingSort = z.output<typeof MeetingSort>;
export const DEFAULT_MEETING_SORT: MeetingSort = { key: 'upcoming', dir: 'asc' };

export const MeetingQuery = z.object({ filter: MeetingFilter.default({}), sort: MeetingSort.default(DEFAULT_MEETING_SORT) }).strict();
export type MeetingQuery = z.output<typeof MeetingQuery>;

export const MeetingPageRequest = MeetingQuery.extend(pageWindow).strict();
export const MeetingPage = pageOf(MeetingSummary).extend({
  /** Of the filtered list: how many are today or later (in the default order they come first). */
  upcoming: z.number(),
});
export type MeetingPage = z.infer<typeof MeetingPage>;

const templateItemInput = z
  .object({
    title: requiredText('Titel van het agendapunt', 120),
    kind: agendaItemKind.default('overig'),
    plannedMinutes: minutes('Geplande tijd'),
  })
  .strict();

export const TemplateGet = z.object({ teamId: id }).strict();
export const TemplateUpdate = z
  .object({
    teamId: id,
    items: z
      .array(templateItemInput)
      .min(1, { error: 'Een agenda heeft minstens één agendapunt.' })
      .max(30, { error: 'Hoogstens 30 agendapunten.' })
      .superRefine((items, ctx) => {
        const missing = missingRequiredKinds(items.map((i) => i.kind));
        if (items.length > 0 && missing.length > 0) ctx.addIssue({ code: 'custom', message: requiredKindMessage.missing(missing) });
      }),
  })
  .strict();

export const AgendaItemAdd = z
  .object({
    meetingId: id,
    title: requiredText('Titel van het agendapunt', 120),
    kind: agendaItemKind.default('overig'),
    plannedMinutes: minutes('Geplande tijd').default(10),
    /** 0-based position; omitted: at the end. */
    index: z.number({ error: 'Positie moet een getal zijn.' }).int().min(0, { error: 'Positie kan niet negatief zijn.' }).optional(),
  })
  .strict();

/** Partial: only the fields given change (notes are saved while typing). */
export const AgendaItemUpdate = z
  .object({
    id,
    title: requiredText('Titel van het agendapunt', 120).optional(),
    kind: agendaItemKind.optional(),
    plannedMinutes: minutes('Geplande tijd').optional(),
    /** Undefined leaves the notes alone; '' or null clears them. */
    notes: z
      .string({ error: 'Notities moeten tekst zijn.' })
      .max(20000, { error: 'Notities mogen hoogstens 20000 tekens lang zijn.' })
      .transform((v) => (v.trim() === '' ? null : v))
      .nullable()
      .optional(),
  })
  .strict();

/** Either a 0-based target index or one step up/down. */
export const AgendaItemMove = z
  .object({
    id,
    toIndex: z.number({ error: 'Positie moet een getal zijn.' }).int().min(0, { error: 'Positie kan niet negatief zijn.' }).optional(),
    direction: z.enum(['up', 'down'], { error: 'Kies omhoog of omlaag.' }).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.toIndex === undefined) === (v.direction === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'Geef een nieuwe positie of een richting op.', path: ['toIndex'] });
    }
  });

/** Starting or finishing; `confirmEarly`: the chair confirmed doing so before the meeting's date. */
export const MeetingTransition = z.object({ id, confirmEarly: z.boolean().optional() }).strict();

export const AgendaSetCurrent = z.object({ meetingId: id, itemId: id.nullable() }).strict();
