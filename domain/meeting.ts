import { addMinutes, longDateNl, minutesBetween } from './calendar';

/** Meetings: their status, their order within a team, and the timer per agenda item. */

export const MEETING_STATUSES = {
  gepland: 'Gepland',
  bezig: 'Bezig',
  afgerond: 'Afgerond',
} as const;
export type MeetingStatus = keyof typeof MEETING_STATUSES;

export const MEETING_CLOSED = 'Dit overleg is afgerond. Heropen het overleg om nog iets te wijzigen.';

/** Everything recorded in a meeting is locked once it is afgerond. */
export const isMeetingEditable = (m: { status: MeetingStatus }): boolean => m.status !== 'afgerond';

/**
 * The attendance list of a meeting follows the team until the meeting is afgerond; the
 * organisation and role snapshot follows the person only while the meeting is still gepland
 * (once held, it is history).
 */
export const attendanceFollowsTeam = (m: { status: MeetingStatus }): boolean => m.status !== 'afgerond';
export const attendanceSnapshotFollowsPerson = (m: { status: MeetingStatus }): boolean => m.status === 'gepland';

type Ordered = { date: string; startTime: string; id: number };
/** Meetings of a team are ordered by date, start time and id. */
export const meetingIsBefore = (a: Ordered, b: Ordered): boolean =>
  a.date !== b.date ? a.date < b.date : a.startTime !== b.startTime ? a.startTime < b.startTime : a.id < b.id;

/** Seconds of the running turn of an agenda item (0 when it is not current). */
export function runningSeconds(currentSince: string | null, now: Date): number {
  if (!currentSince) return 0;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(currentSince)) / 1000));
}

/** Time spent on an item so far: finished turns plus the running one. */
export const elapsedSeconds = (item: { spentSeconds: number; currentSince: string | null }, now: Date): number =>
  item.spentSeconds + runningSeconds(item.currentSince, now);

// ---- When a meeting may start and finish, when it ends, whether its agenda fits, what is still open ----

interface Dated {
  status: MeetingStatus;
  /** YYYY-MM-DD */
  date: string;
}

/** Why a status change is refused; `confirm` refusals go through once the chair confirms. */
export type Refusal = { kind: 'conflict' | 'confirm'; message: string };

export const MEETING_NOT_STARTED =
  'Dit overleg is nog niet gestart, dus het kan niet worden afgerond. Start het eerst; is het niet doorgegaan, verplaats of verwijder het dan.';
export const MEETING_ALREADY_STARTED = 'Dit overleg is al begonnen.';
export const MEETING_ALREADY_FINISHED = 'Dit overleg is al afgerond.';

const early = (meeting: Dated, today: string, verb: 'starten' | 'afronden'): string =>
  `Dit overleg staat gepland op ${longDateNl(meeting.date)}, en vandaag is het ${longDateNl(today)}. Weet u zeker dat u het nu al wilt ${verb}?`;

/** A meeting starts once, and before its date only when the chair says so. */
export function startRefusal(meeting: Dated, today: string, confirmedEarly = false): Refusal | null {
  if (meeting.status === 'bezig') return { kind: 'conflict', message: MEETING_ALREADY_STARTED };
  if (meeting.status === 'afgerond') return { kind: 'conflict', message: MEETING_CLOSED };
  if (today < meeting.date && !confirmedEarly) return { kind: 'confirm', message: early(meeting, today, 'starten') };
  return null;
}

/** Only a meeting that was held can be finished; before its date only when the chair says so. */
export function finishRefusal(meeting: Dated, today: string, confirmedEarly = false): Refusal | null {
  if (meeting.status === 'gepland') return { kind: 'conflict', message: MEETING_NOT_STARTED };
  if (meeting.status === 'afgerond') return { kind: 'conflict', message: MEETING_ALREADY_FINISHED };
  if (today < meeting.date && !confirmedEarly) return { kind: 'confirm', message: early(meeting, today, 'afronden') };
  return null;
}

/** Without an end time a meeting lasts as long as its agenda, at least half an hour. */
export const MIN_MEETING_MINUTES = 30;

/** The local end of a meeting: its end time, or start plus the agenda's minutes (may be the next day). */
export function plannedEnd(meeting: { date: string; startTime: string; endTime: string | null }, agendaMinutes: number): { date: string; time: string } {
  if (meeting.endTime && meeting.endTime > meeting.startTime) return { date: meeting.date, time: meeting.endTime };
  return addMinutes(meeting.date, meeting.startTime, Math.max(MIN_MEETING_MINUTES, agendaMinutes));
}

export interface AgendaFit {
  /** Minutes between start and end time; null without an end time. */
  slotMinutes: number | null;
  agendaMinutes: number;
  /** Agenda minutes beyond the slot (0 when it fits). */
  overBy: number;
}

/** Does the agenda fit in the time the meeting has? (95 minutes of agenda in a 90-minute slot does not.) */
export function agendaFit(meeting: { startTime: string; endTime: string | null }, plannedMinutes: readonly number[]): AgendaFit {
  const agendaMinutes = plannedMinutes.reduce((sum, m) => sum + m, 0);
  const slotMinutes = meeting.endTime ? minutesBetween(meeting.startTime, meeting.endTime) : null;
  return { slotMinutes, agendaMinutes, overBy: slotMinutes !== null && slotMinutes > 0 ? Math.max(0, agendaMinutes - slotMinutes) : 0 };
}

/** "De agenda telt 95 minuten, 5 meer dan de 90 minuten van het overleg." or null when it fits. */
export function agendaFitWarning(fit: AgendaFit): string | null {
  if (fit.overBy <= 0 || fit.slotMinutes === null) return null;
  return `De agenda telt ${fit.agendaMinutes} minuten, ${fit.overBy} meer dan de ${fit.slotMinutes} minuten van het overleg.`;
}

/** The meeting clock: minutes since the start and until the planned end (negative: over time). */
export function meetingClock(now: { date: string; time: string }, startedAt: { date: string; time: string }, end: { date: string; time: string }): { runningMinutes: number; minutesLeft: number } {
  const toMinutes = (p: { date: string; time: string }) => Date.UTC(Number(p.date.slice(0, 4)), Number(p.date.slice(5, 7)) - 1, Number(p.date.slice(8, 10)), Number(p.time.slice(0, 2)), Number(p.time.slice(3, 5))) / 60_000;
  return { runningMinutes: Math.max(0, toMinutes(now) - toMinutes(startedAt)), minutesLeft: toMinutes(end) - toMinutes(now) };
}

interface ItemState {
  title: string;
  spentSeconds: number;
  isCurrent: boolean;
}

export interface UnfinishedBusiness {
  /** Agenda items that were never current. */
  notDiscussed: string[];
  /** Members whose attendance was not recorded. */
  unregistered: string[];
  /** Open actions and signals of earlier meetings without a follow-up in this one. */
  actionsWithoutFollowUp: number;
  signalsWithoutFollowUp: number;
}

/** What is still open when the chair wants to close the meeting: said before it closes, not after. */
export function unfinishedBusiness(detail: {
  agenda: readonly ItemState[];
  attendance: readonly { name: string; status: string | null }[];
  /** Counted where the items are (the meeting read): open and not yet followed up in this meeting. */
  carriedActions: { readonly waiting: number };
  carriedSignals: { readonly waiting: number };
}): UnfinishedBusiness {
  return {
    notDiscussed: detail.agenda.filter((i) => i.spentSeconds < 1 && !i.isCurrent).map((i) => i.title),
    unregistered: detail.attendance.filter((r) => r.status === null).map((r) => r.name),
    actionsWithoutFollowUp: detail.carriedActions.waiting,
    signalsWithoutFollowUp: detail.carriedSignals.waiting,
  };
}

export const isAllDone = (u: UnfinishedBusiness): boolean =>
  u.notDiscussed.length === 0 && u.unregistered.length === 0 && u.actionsWithoutFollowUp === 0 && u.signalsWithoutFollowUp === 0;
