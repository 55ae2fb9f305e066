/**
 * The partner action list: what one organisation has to do, across every team it works in.
 * Partners do not use the app; this list is how "afspraak is afspraak" reaches them, so it is
 * built here as plain data (one pure function) and every file format renders the same thing.
 *
 * Privacy: a vertrouwelijk signal only ever appears as theme, buurt and status ("details bij de
 * wijkmanager"). The confidential variants below have no field that could carry a title,
 * description, location, outcome or note, so no renderer can print one by mistake.
 */
import { actionDueDate, type ActionHorizon, type ActionStatus } from './action';
import { coverConfidentialAction } from './privacy';
import type { SignalSensitivity, SignalStatus, SignalTheme, SignalUrgency } from './signal';

/** Without a previous list, "finished since" looks back this far (a WCT meets every 4–8 weeks). */
export const FIRST_LIST_LOOKBACK_DAYS = 56;

// ---- input ----------------------------------------------------------------------------------

/** An action of the organisation as the database knows it, with the signal it came from. */
export interface PartnerListActionInput {
  id: number;
  teamId: number;
  teamName: string;
  wijkId: number;
  wijkName: string;
  meetingId: number;
  meetingDate: string;
  ownerOrganisationId: number;
  ownerPersonName: string | null;
  what: string;
  how: string | null;
  whyText: string | null;
  agendaItemTitle: string | null;
  signalId: number | null;
  signalTitle: string | null;
  signalSensitivity: SignalSensitivity | null;
  signalTheme: SignalTheme | null;
  signalBuurtName: string | null;
  signalStatus: SignalStatus | null;
  horizon: ActionHorizon;
  deadline: string | null;
  preconditions: string | null;
  decisionDue: string | null;
  motivation: string | null;
  status: ActionStatus;
  cancelReason: string | null;
  closedOn: string | null;
  lastFollowUpNote: string | null;
  lastFollowUpDate: string | null;
}

/** A signal the organisation is probleemeigenaar of. */
export interface PartnerListSignalInput {
  id: number;
  teamId: number;
  wijkId: number;
  wijkName: string;
  problemOwnerId: number | null;
  title: string;
  date: string;
  theme: SignalTheme;
  buurtName: string | null;
  location: string | null;
  description: string | null;
  outcome: string | null;
  urgency: SignalUrgency;
  sensitivity: SignalSensitivity;
  status: SignalStatus;
  closedOn: string | null;
  lastFollowUpNote: string | null;
  lastFollowUpDate: string | null;
}

export interface PartnerListContact {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface PartnerListTeamInput {
  id: number;
  name: string;
  wijkId: number;
  wijkName: string;
  /** The chair: the person partners contact about the list (and about confidential details). */
  wijkmanager: PartnerListContact | null;
}

export interface PartnerListInput {
  organisation: { id: number; name: string };
  municipalityName: string;
  /** The date of the list: what was open on this day; overdue = due before it. */
  asOf: string;
  /** The date of the organisation's previous list, if any. */
  previousListOn: string | null;
  /** Teams the organisation works in (seats, actions, signals). */
  teams: readonly PartnerListTeamInput[];
  actions: readonly PartnerListActionInput[];
  signals: readonly PartnerListSignalInput[];
}

// ---- output ---------------------------------------------------------------------------------

/** Waarom: the signal or agenda item the action came from. A confidential signal only by theme and buurt. */
export type PartnerListWhy =
  | { kind: 'signal'; title: string; note: string | null }
  | { kind: 'confidentialSignal'; theme: SignalTheme; buurtName: string | null; status: SignalStatus | null }
  | { kind: 'agendaItem'; title: string; note: string | null }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

export interface PartnerListItem {
  id: number;
  wijkId: number;
  wijkName: string;
  teamName: string;
  meetingId: number;
  meetingDate: string;
  what: string;
  how: string | null;
  why: PartnerListWhy;
  /** Wie: the person, if one was named (the organisation is the list's own). */
  personName: string | null;
  horizon: ActionHorizon;
  /** Deadline, or the afhandeltermijn for Ooit. */
  dueDate: string | null;
  /** Ooit: what it depends on. */
  preconditions: string | null;
  status: ActionStatus;
  overdue: boolean;
  closedOn: string | null;
  cancelReason: string | null;
  latestNote: { date: string | null; text: string } | null;
}

export interface PartnerListMeetingGroup {
  meetingId: number;
  meetingDate: string;
  items: PartnerListItem[];
}

export interface PartnerListWijkGroup {
  wijkId: number;
  wijkName: string;
  teamName: string;
  meetings: PartnerListMeetingGroup[];
}

export type PartnerListSignal =
  | {
      confidential: false;
      id: number;
      wijkName: string;
      title: string;
      date: string;
      theme: SignalTheme;
      buurtName: string | null;
      location: string | null;
      urgency: SignalUrgency;
      status: SignalStatus;
      latestNote: { date: string | null; text: string } | null;
    }
  | {
      confidential: true;
      id: number;
      wijkName: string;
      date: string;
      theme: SignalTheme;
      buurtName: string | null;
      status: SignalStatus;
    };

export interface PartnerList {
  organisation: { id: number; name: string };
  municipalityName: string;
  asOf: string;
  /** "Finished since": the previous list's date, or the look-back date when there was none. */
  finishedSince: string;
  hasPreviousList: boolean;
  teams: PartnerListTeamInput[];
  /** Open and past their due date: first, whatever wijk or meeting they belong to. */
  overdue: PartnerListItem[];
  /** The other open actions, grouped by wijk and then by the meeting where they were agreed. */
  open: PartnerListWijkGroup[];
  /** Gereed or vervallen after the previous list, up to the list date. */
  finished: PartnerListItem[];
  signals: PartnerListSignal[];
  counts: { open: number; overdue: number; finished: number; signals: number };
}

// ---- rules ----------------------------------------------------------------------------------

/** Open on a date: agreed on or before it, and not yet closed then (Nooit closes the day it is agreed). */
export const wasOpenOn = (a: Pick<PartnerListActionInput, 'meetingDate' | 'closedOn'>, date: string): boolean =>
  a.meetingDate <= date && (a.closedOn === null || a.closedOn > date);

/** Finished in the window (after `since`, up to and including `asOf`): gereed or vervallen, not a Nooit. */
export const finishedBetween = (a: Pick<PartnerListActionInput, 'closedOn' | 'status' | 'horizon'>, since: string, asOf: string): boolean =>
  a.closedOn !== null && a.closedOn > since && a.closedOn <= asOf && a.horizon !== 'nooit' && (a.status === 'gereed' || a.status === 'vervallen');

/** A signal is on the list while it is open on the list date. */
export const signalOpenOn = (s: Pick<PartnerListSignalInput, 'date' | 'closedOn'>, date: string): boolean =>
  s.date <= date && (s.closedOn === null || s.closedOn > date);

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
const byDue = (a: PartnerListItem, b: PartnerListItem) =>
  (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99') || a.meetingDate.localeCompare(b.meetingDate) || a.id - b.id;

/** Unknown sensitivity counts as confidential: the safe side. */
const fromConfidentialSignal = (a: PartnerListActionInput): boolean => a.signalId !== null && (a.signalSensitivity !== 'normaal' || a.signalTheme === null);

function whyOf(a: PartnerListActionInput): PartnerListWhy {
  if (a.signalId !== null) {
    if (fromConfidentialSignal(a)) {
      // Unknown sensitivity counts as confidential: the safe side.
      return { kind: 'confidentialSignal', theme: a.signalTheme ?? 'overig', buurtName: a.signalBuurtName, status: a.signalStatus };
    }
    return { kind: 'signal', title: a.signalTitle ?? '', note: a.whyText };
  }
  if (a.agendaItemTitle) return { kind: 'agendaItem', title: a.agendaItemTitle, note: a.whyText };
  return a.whyText ? { kind: 'text', text: a.whyText } : { kind: 'none' };
}

function toItem(action: PartnerListActionInput, asOf: string, open: boolean): PartnerListItem {
  const a = coverConfidentialAction(action, fromConfidentialSignal(action));
  const dueDate = actionDueDate(a);
  // On a past list date an action closed later was still open then: show it as it stood.
  const status: ActionStatus = open && (a.status === 'gereed' || a.status === 'vervallen') ? 'open' : a.status;
  return {
    id: a.id,
    wijkId: a.wijkId,
    wijkName: a.wijkName,
    teamName: a.teamName,
    meetingId: a.meetingId,
    meetingDate: a.meetingDate,
    what: a.what,
    how: a.how,
    why: whyOf(a),
    personName: a.ownerPersonName,
    horizon: a.horizon,
    dueDate,
    preconditions: a.horizon === 'ooit' ? a.preconditions : null,
    status,
    overdue: open && dueDate !== null && dueDate < asOf,
    closedOn: open ? null : a.closedOn,
    cancelReason: !open && a.status === 'vervallen' ? a.cancelReason : null,
    latestNote: a.lastFollowUpNote && (a.lastFollowUpDate === null || a.lastFollowUpDate <= asOf) ? { date: a.lastFollowUpDate, text: a.lastFollowUpNote } : null,
  };
}

function toSignal(s: PartnerListSignalInput, asOf: string): PartnerListSignal {
  if (s.sensitivity !== 'normaal') {
    return { confidential: true, id: s.id, wijkName: s.wijkName, date: s.date, theme: s.theme, buurtName: s.buurtName, status: s.status };
  }
  return {
    confidential: false,
    id: s.id,
    wijkName: s.wijkName,
    title: s.title,
    date: s.date,
    theme: s.theme,
    buurtName: s.buurtName,
    location: s.location,
    urgency: s.urgency,
    status: s.status,
    latestNote: s.lastFollowUpNote && (s.lastFollowUpDate === null || s.lastFollowUpDate <= asOf) ? { date: s.lastFollowUpDate, text: s.lastFollowUpNote } : null,
  };
}

function groupByWijkAndMeeting(items: readonly PartnerListItem[]): PartnerListWijkGroup[] {
  const wijken = new Map<number, PartnerListWijkGroup>();
  for (const item of items) {
    let wijk = wijken.get(item.wijkId);
    if (!wijk) wijken.set(item.wijkId, (wijk = { wijkId: item.wijkId, wijkName: item.wijkName, teamName: item.teamName, meetings: [] }));
    let meeting = wijk.meetings.find((m) => m.meetingId === item.meetingId);
    if (!meeting) wijk.meetings.push((meeting = { meetingId: item.meetingId, meetingDate: item.meetingDate, items: [] }));
    meeting.items.push(item);
  }
  const groups = [...wijken.values()].sort((a, b) => collator.compare(a.wijkName, b.wijkName));
  for (const g of groups) {
    // Oldest meeting first: what has been waiting longest comes first.
    g.meetings.sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.meetingId - b.meetingId);
    for (const m of g.meetings) m.items.sort(byDue);
  }
  return groups;
}

/**
 * Builds one organisation's list. Only the organisation's own actions and the signals it is
 * probleemeigenaar of are used, whatever the caller passes: another organisation's case can
 * never end up on this list.
 */
export function buildPartnerList(input: PartnerListInput): PartnerList {
  const { organisation, asOf } = input;
  const since = input.previousListOn ?? addDays(asOf, -FIRST_LIST_LOOKBACK_DAYS);
  const own = input.actions.filter((a) => a.ownerOrganisationId === organisation.id);

  const open = own.filter((a) => a.horizon !== 'nooit' && wasOpenOn(a, asOf)).map((a) => toItem(a, asOf, true));
  const overdue = open.filter((i) => i.overdue).sort(byDue);
  const notOverdue = open.filter((i) => !i.overdue);
  const finished = own
    .filter((a) => finishedBetween(a, since, asOf))
    .map((a) => toItem(a, asOf, false))
    .sort((a, b) => (a.closedOn ?? '').localeCompare(b.closedOn ?? '') || a.id - b.id);
  const signals = input.signals
    .filter((s) => s.problemOwnerId === organisation.id && signalOpenOn(s, asOf))
    .sort((a, b) => collator.compare(a.wijkName, b.wijkName) || a.date.localeCompare(b.date) || a.id - b.id)
    .map((s) => toSignal(s, asOf));

  return {
    organisation: { id: organisation.id, name: organisation.name },
    municipalityName: input.municipalityName,
    asOf,
    finishedSince: since,
    hasPreviousList: input.previousListOn !== null,
    teams: [...input.teams].sort((a, b) => collator.compare(a.wijkName, b.wijkName)),
    overdue,
    open: groupByWijkAndMeeting(notOverdue),
    finished,
    signals,
    counts: { open: open.length, overdue: overdue.length, finished: finished.length, signals: signals.length },
  };
}

/** The file name (without extension) a secretary finds back: "Actielijst Woonstichting Kustwonen 2026-11-17". */
export const partnerListFileBase = (organisationName: string, asOf: string): string => `Actielijst ${organisationName} ${asOf}`;
