/**
 * Actions ("afspraak is afspraak"): the horizon rule (Nu / Ooit / Nooit), what "open" and
 * "overdue" mean, and how the status reads. Every layer asks this module; the database CHECKs in
 * migration 002 are only the last line of defence.
 */

export const ACTION_HORIZONS = {
  nu: 'Nu',
  ooit: 'Ooit',
  nooit: 'Nooit',
} as const;
export type ActionHorizon = keyof typeof ACTION_HORIZONS;

export const ACTION_HORIZON_HINTS: Record<ActionHorizon, string> = {
  nu: 'Wordt direct opgepakt: vul in wanneer het klaar is.',
  ooit: 'Goed idee dat nog niet kan: vul de randvoorwaarden in en wanneer er een definitief antwoord komt.',
  nooit: 'Gaat niet gebeuren: vul de motivering in, zodat iedereen weet waarom.',
};

export const ACTION_STATUSES = {
  open: 'Open',
  in_uitvoering: 'In uitvoering',
  gereed: 'Gereed',
  vervallen: 'Vervallen',
} as const;
export type ActionStatus = keyof typeof ACTION_STATUSES;

/** Statuses in which an agreement is still owed (unless it is Nooit). */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_uitvoering'];

/** Field messages of the horizon and status rules. */
export const ACTION_RULE_MESSAGES = {
  deadline: 'Vul een datum in: wanneer is het klaar?',
  preconditions: 'Vul de randvoorwaarden in: waar hangt het van af?',
  decisionDue: 'Vul een afhandeltermijn in: wanneer komt er een definitief antwoord?',
  motivation: 'Vul de motivering in: waarom gebeurt dit niet?',
  cancelReason: 'Geef aan waarom de actie vervalt.',
  why: 'Koppel de actie aan een signaal of een agendapunt: waarom doen we dit?',
} as const;

/** The fields the horizon and status rules look at. */
export interface ActionRuleFields {
  horizon: ActionHorizon;
  status: ActionStatus;
  deadline: string | null;
  preconditions: string | null;
  decisionDue: string | null;
  motivation: string | null;
  cancelReason: string | null;
}

export type ActionRuleInput = Partial<ActionRuleFields>;
export type ActionRuleField = keyof typeof ACTION_RULE_MESSAGES;

/**
 * The horizon rules as field → message: Nu needs a deadline, Ooit needs randvoorwaarden and an
 * afhandeltermijn, Nooit needs a motivering; vervallen needs a reason; and every action says why
 * (a signal or an agenda item). Pure, so the renderer shows the same messages while typing.
 */
export function actionRuleProblems(v: ActionRuleInput & { agendaItemId?: number | null; signalId?: number | null }): Partial<Record<ActionRuleField, string>> {
  const problems: Partial<Record<ActionRuleField, string>> = {};
  if (v.horizon === 'nu' && !v.deadline) problems.deadline = ACTION_RULE_MESSAGES.deadline;
  if (v.horizon === 'ooit') {
    if (!v.preconditions) problems.preconditions = ACTION_RULE_MESSAGES.preconditions;
    if (!v.decisionDue) problems.decisionDue = ACTION_RULE_MESSAGES.decisionDue;
  }
  if (v.horizon === 'nooit' && !v.motivation) problems.motivation = ACTION_RULE_MESSAGES.motivation;
  if (v.status === 'vervallen' && !v.cancelReason) problems.cancelReason = ACTION_RULE_MESSAGES.cancelReason;
  if ('agendaItemId' in v || 'signalId' in v) {
    if (!v.agendaItemId && !v.signalId) problems.why = ACTION_RULE_MESSAGES.why;
  }
  return problems;
}

/**
 * Clears what the horizon does not use, whatever a client sends: a Nooit agreement has no
 * deadline and no afhandeltermijn (it would otherwise show as overdue), only Ooit has
 * randvoorwaarden and an afhandeltermijn, only Nooit a motivering, only vervallen a reason.
 */
export function normaliseAction<T extends ActionRuleFields>(v: T): T {
  return {
    ...v,
    deadline: v.horizon === 'nooit' ? null : v.deadline,
    preconditions: v.horizon === 'ooit' ? v.preconditions : null,
    decisionDue: v.horizon === 'ooit' ? v.decisionDue : null,
    motivation: v.horizon === 'nooit' ? v.motivation : null,
    cancelReason: v.status === 'vervallen' ? v.cancelReason : null,
  };
}

type ActionState = Pick<ActionRuleFields, 'status' | 'horizon'>;

/**
 * Open = still owed to the team: open or in uitvoering, and not Nooit (a Nooit agreement is
 * settled by its motivering). Ooit counts as open until its definitive answer. The database keeps
 * `closed_on IS NULL` exactly for open actions (see actionClosedOn), so SQL filters on that.
 */
export const isActionOpen = (a: ActionState): boolean => OPEN_ACTION_STATUSES.includes(a.status) && a.horizon !== 'nooit';

/** The date that counts: the afhandeltermijn for Ooit, the deadline otherwise. */
export const actionDueDate = (a: Pick<ActionRuleFields, 'horizon' | 'deadline' | 'decisionDue'>): string | null =>
  a.horizon === 'ooit' ? a.decisionDue : a.deadline;

/** Overdue: still open and its due date lies before today (dates are YYYY-MM-DD, so they compare as text). */
export const isActionOverdue = (a: ActionState & Pick<ActionRuleFields, 'deadline' | 'decisionDue'>, today: string): boolean => {
  const due = actionDueDate(a);
  return isActionOpen(a) && due !== null && due < today;
};

/** Closed on: set when an action stops being open, kept while it stays closed, cleared when it reopens. */
export function actionClosedOn(next: ActionState, previous: (ActionState & { closedOn: string | null }) | null, date: string): string | null {
  if (isActionOpen(next)) return null;
  return previous && !isActionOpen(previous) ? (previous.closedOn ?? date) : date;
}

/** The derived fields every action carries to the client. */
export const deriveAction = <T extends ActionState & Pick<ActionRuleFields, 'deadline' | 'decisionDue'>>(a: T, today: string) => ({
  ...a,
  dueDate: actionDueDate(a),
  overdue: isActionOverdue(a, today),
  isOpen: isActionOpen(a),
});

/**
 * A Nooit agreement is settled the moment it is made (it never comes back), so "Open" would
 * mislead: its status reads "Gaat niet door".
 */
export const isSettledNooit = (a: { status: ActionStatus; horizon?: ActionHorizon }): boolean =>
  a.horizon === 'nooit' && OPEN_ACTION_STATUSES.includes(a.status);

export const NOOIT_STATUS_LABEL = 'Gaat niet door';

/** The status as a user reads it (also what the overview's search matches). */
export const actionStatusLabel = (status: ActionStatus, horizon?: ActionHorizon): string =>
  isSettledNooit({ status, horizon }) ? NOOIT_STATUS_LABEL : ACTION_STATUSES[status];
