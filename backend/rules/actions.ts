import type { ActionHorizon, ActionStatus } from '../../contract/schemas/actions';

export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_uitvoering'];

interface ActionState {
  status: ActionStatus;
  horizon: ActionHorizon;
}

/**
 * Open = still owed to the team: open or in uitvoering, and not Nooit (a Nooit agreement is
 * settled by its motivering). Ooit counts as open until its definitive answer.
 */
export const isActionOpen = (a: ActionState): boolean => OPEN_ACTION_STATUSES.includes(a.status) && a.horizon !== 'nooit';

/** The date that counts: the afhandeltermijn for Ooit, the deadline otherwise. */
export const actionDueDate = (a: { horizon: ActionHorizon; deadline: string | null; decisionDue: string | null }): string | null =>
  a.horizon === 'ooit' ? a.decisionDue : a.deadline;

/** Overdue: still open and its due date lies before today (dates are YYYY-MM-DD, so they compare as text). */
export const isActionOverdue = (
  a: ActionState & { deadline: string | null; decisionDue: string | null },
  today: string,
): boolean => {
  const due = actionDueDate(a);
  return isActionOpen(a) && due !== null && due < today;
};
