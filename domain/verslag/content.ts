/**
 * What a verslag says, in the form that goes to every partner: labels resolved, confidential
 * signals reduced to theme, buurt, status and probleemeigenaar. A concept is built from the
 * meeting's data each time; at vaststelling this content is frozen (JSON) and never changes again.
 */
import { ACTION_HORIZONS, actionDueDate, actionStatusLabel, isActionOpen, type ActionHorizon, type ActionStatus } from '../action';
import type { AgendaItemKind } from '../agenda';
import type { AttendanceStatus } from '../attendance';
import { longDateNl } from '../calendar';
import { CONFIDENTIAL_DETAILS, coverConfidentialAction } from '../privacy';
import { SIGNAL_ROUTES, SIGNAL_STATUSES, SIGNAL_THEMES, type SignalRoute, type SignalSensitivity, type SignalStatus, type SignalTheme } from '../signal';


export interface VerslagSignal {
  confidential: boolean;
  /** Null for a vertrouwelijk signal: its title may identify a resident. */
  title: string | null;
  theme: string;
  buurt: string | null;
  status: string;
  problemOwner: string | null;
  broughtBy: string | null;
  description: string | null;
  routedTo: string | null;
  outcome: string | null;
  /** The note of this meeting's follow-up, for signals from earlier meetings. */
  followUpNote: string | null;
  /** "Nieuw → Doorgezet" when the status changed in this meeting. */
  statusChange: string | null;
}

export interface VerslagAction {
  what: string;
  /** "Woonstichting Kustwonen (Ahmed Bouzid)". */
  owner: string;
  horizon: string;
  /** What the horizon requires: a deadline, randvoorwaarden and afhandeltermijn, or a motivering. */
  requirement: string;
  /** The date that counts (deadline, or afhandeltermijn for Ooit). */
  due: string | null;
  status: string;
  isOpen: boolean;
  /** Open and its due date lay before the meeting. */
  overdue: boolean;
  /** Where it came from: a signal (a vertrouwelijk one without its title) or an agenda item. */
  why: string | null;
  how: string | null;
  /** The meeting it was agreed in. */
  agreedOn: string;
  followUpNote: string | null;
  statusChange: string | null;
}

export interface VerslagItem {
  agendaItemId: number;
  number: number;
  title: string;
  kind: AgendaItemKind;
  /** The notulist's summary (starts from the notes taken in the meeting). */
  summary: string | null;
  decisions: string[];
  signalsNew: VerslagSignal[];
  signalsFollowed: VerslagSignal[];
  actionsNew: VerslagAction[];
  actionsUpdated: VerslagAction[];
}

export interface VerslagAttendee {
  name: string;
  role: string;
  status: AttendanceStatus | null;
  substitute: string | null;
  chair: boolean;
  secretary: boolean;
}

export interface VerslagContent {
  municipality: string;
  team: string;
  wijk: string;
  date: string;
  startTime: string;
  endTime: string | null;
  place: string;
  chair: string | null;
  secretary: string | null;
  attendance: { organisation: string; members: VerslagAttendee[] }[];
  guests: { name: string; organisation: string | null; role: string | null }[];
  items: VerslagItem[];
  /** The actielijst: every open action of the team, overdue ones marked. */
  openActions: VerslagAction[];
}

export type VerslagStatus = 'concept' | 'vastgesteld';

/** One version as listed: who made it and why, and when and where it was vastgesteld. */
export interface VerslagVersionInfo {
  version: number;
  status: VerslagStatus;
  reason: string | null;
  createdAt: string;
  createdBy: string | null;
  vastgesteldOn: string | null;
  vastgesteldAt: string | null;
  vastgesteldBy: string | null;
  vastgesteldInMeetingId: number | null;
  vastgesteldInMeetingDate: string | null;
}

export const VERSLAG_LOCKED =
  'Dit verslag is vastgesteld en kan niet meer worden gewijzigd. Maak een correctie: die wordt een nieuwe versie.';
export const VERSLAG_REASON_REQUIRED = 'Geef aan wat er wordt gecorrigeerd en waarom.';

// ---- from the meeting's data to the partner-safe content ----------------------------------------

export interface SignalFacts {
  title: string;
  theme: SignalTheme;
  sensitivity: SignalSensitivity;
  status: SignalStatus;
  buurtName: string | null;
  problemOwnerName: string | null;
  broughtByOrganisationName: string | null;
  broughtByPersonName: string | null;
  description: string | null;
  routedTo: SignalRoute | null;
  outcome: string | null;
  followUpHere: { note: string | null; statusBefore: SignalStatus; statusAfter: SignalStatus | null } | null;
}

const change = <S extends string>(labels: (s: S) => string, f: { statusBefore: S; statusAfter: S | null } | null): string | null =>
  f && f.statusAfter && f.statusAfter !== f.statusBefore ? `${labels(f.statusBefore)} → ${labels(f.statusAfter)}` : null;

/**
 * A signal as the verslag shows it. Vertrouwelijk: only theme, buurt, status and
 * probleemeigenaar, never its title, description, location, outcome or notes.
 */
export function verslagSignal(s: SignalFacts): VerslagSignal {
  const confidential = s.sensitivity === 'vertrouwelijk';
  const common = {
    confidential,
    theme: SIGNAL_THEMES[s.theme],
    buurt: s.buurtName,
    status: SIGNAL_STATUSES[s.status],
    problemOwner: s.problemOwnerName,
    statusChange: change((x: SignalStatus) => SIGNAL_STATUSES[x], s.followUpHere),
  };
  if (confidential) return { ...common, title: null, broughtBy: null, description: null, routedTo: null, outcome: null, followUpNote: null };
  return {
    ...common,
    title: s.title,
    broughtBy: [s.broughtByOrganisationName, s.broughtByPersonName].filter(Boolean).join(', ') || null,
    description: s.description,
    routedTo: s.routedTo ? SIGNAL_ROUTES[s.routedTo] : null,
    outcome: s.outcome,
    followUpNote: s.followUpHere?.note ?? null,
  };
}

export interface ActionFacts {
  what: string;
  ownerOrganisationName: string;
  ownerPersonName: string | null;
  horizon: ActionHorizon;
  deadline: string | null;
  preconditions: string | null;
  decisionDue: string | null;
  motivation: string | null;
  status: ActionStatus;
  how: string | null;
  whyText: string | null;
  meetingDate: string;
  agendaItemTitle: string | null;
  signalTitle: string | null;
  /** The signal it came from, when that one is vertrouwelijk: then only its theme and buurt show. */
  confidentialSignal: { theme: SignalTheme; buurtName: string | null } | null;
  followUpHere: { note: string | null; statusBefore: ActionStatus; statusAfter: ActionStatus | null } | null;
}

const dateNl = (iso: string) => longDateNl(iso).replace(/^\S+ /, '');

/** What the horizon asks of an agreement, in words (afspraak is afspraak). */
export function horizonRequirement(a: Pick<ActionFacts, 'horizon' | 'deadline' | 'preconditions' | 'decisionDue' | 'motivation'>): string {
  switch (a.horizon) {
    case 'nu':
      return a.deadline ? `Gereed vóór ${dateNl(a.deadline)}` : 'Direct';
    case 'ooit':
      return `Randvoorwaarden: ${a.preconditions ?? '—'}; definitief antwoord vóór ${a.decisionDue ? dateNl(a.decisionDue) : '—'}`;
    case 'nooit':
      return `Gaat niet door: ${a.motivation ?? '—'}`;
  }
}

/** An action as the verslag shows it; overdue is judged at the meeting's date. */
export function verslagAction(facts: ActionFacts, meetingDate: string): VerslagAction {
  const a = coverConfidentialAction(facts, facts.confidentialSignal !== null);
  const due = actionDueDate(a);
  const open = isActionOpen(a);
  const why = a.confidentialSignal
    ? `Vertrouwelijk signaal (${[SIGNAL_THEMES[a.confidentialSignal.theme], a.confidentialSignal.buurtName].filter(Boolean).join(', ')}); ${CONFIDENTIAL_DETAILS}`
    : a.signalTitle
      ? `Signaal: ${a.signalTitle}`
      : a.agendaItemTitle
        ? `Agendapunt: ${a.agendaItemTitle}`
        : null;
  return {
    what: a.what,
    owner: a.ownerPersonName ? `${a.ownerOrganisationName} (${a.ownerPersonName})` : a.ownerOrganisationName,
    horizon: ACTION_HORIZONS[a.horizon],
    requirement: horizonRequirement(a),
    due,
    status: actionStatusLabel(a.status, a.horizon),
    isOpen: open,
    overdue: open && due !== null && due < meetingDate,
    // The toelichting of an action on a vertrouwelijk signal can name the resident.
    why: a.confidentialSignal ? why : [why, a.whyText].filter(Boolean).join(' — ') || null,
    how: a.how,
    agreedOn: a.meetingDate,
    followUpNote: a.confidentialSignal ? null : (a.followUpHere?.note ?? null),
    statusChange: change((x: ActionStatus) => actionStatusLabel(x, a.horizon), a.followUpHere),
  };
}

/** The actielijst order: overdue first, then by due date (none last), then as agreed. */
export const actielijstOrder = (a: VerslagAction, b: VerslagAction): number =>
  Number(b.overdue) - Number(a.overdue) || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.agreedOn.localeCompare(b.agreedOn);

// ---- versions ---------------------------------------------------------------------------------

/**
 * What changed between two versions, in words for the version list: the parts of the verslag
 * whose content differs. Pure, so the list and its test need no database.
 */
export function verslagChanges(before: VerslagContent, after: VerslagContent): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const changes: string[] = [];
  const head = (c: VerslagContent) => [c.team, c.wijk, c.date, c.startTime, c.endTime, c.place, c.chair, c.secretary];
  if (!same(head(before), head(after))) changes.push('Gegevens van het overleg');
  if (!same([before.attendance, before.guests], [after.attendance, after.guests])) changes.push('Aanwezigheid');
  for (const item of after.items) {
    const old = before.items.find((i) => i.agendaItemId === item.agendaItemId);
    if (!old) {
      changes.push(`Agendapunt ${item.title} toegevoegd`);
      continue;
    }
    if (!same(old.summary, item.summary)) changes.push(`Verslag bij ${item.title}`);
    if (!same(old.decisions, item.decisions)) changes.push(`Besluiten bij ${item.title}`);
    if (!same([old.signalsNew, old.signalsFollowed], [item.signalsNew, item.signalsFollowed])) changes.push(`Signalen bij ${item.title}`);
    if (!same([old.actionsNew, old.actionsUpdated], [item.actionsNew, item.actionsUpdated])) changes.push(`Acties bij ${item.title}`);
  }
  for (const old of before.items) if (!after.items.some((i) => i.agendaItemId === old.agendaItemId)) changes.push(`Agendapunt ${old.title} vervallen`);
  if (!same(before.openActions, after.openActions)) changes.push('Actielijst');
  return changes;
}

export { dateNl as verslagDate };
