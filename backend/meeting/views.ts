import type { BackendContext } from '../context';
import { todayIn } from '../context';
import type { Action, ActionFollowUp, ActionInMeeting } from '../../contract/schemas/actions';
import type { AgendaItem, MeetingAgenda } from '../../contract/schemas/meetings';
import type { Signal, SignalFollowUp, SignalInMeeting } from '../../contract/schemas/signals';
import { listAgendaItems, type AgendaItemRow } from '../../db/queries/agenda';
import { getMeeting } from '../../db/queries/meetings';
import { followUpsForActions, getActionRow, type ActionRow } from '../../db/queries/actions';
import { followUpsForSignals } from '../../db/queries/signals';
import { actionDueDate, isActionOpen, isActionOverdue } from '../rules/actions';
import { elapsedSeconds } from '../rules/timer';

export const toAgendaItem = (row: AgendaItemRow, currentItemId: number | null, now: Date): AgendaItem => ({
  ...row,
  elapsedSeconds: elapsedSeconds(row, now),
  isCurrent: row.id === currentItemId,
});

export function meetingAgenda(ctx: BackendContext, meetingId: number): MeetingAgenda {
  const meeting = getMeeting(ctx.db, meetingId)!;
  const now = ctx.now();
  return {
    meetingId,
    currentItemId: meeting.currentItemId,
    items: listAgendaItems(ctx.db, meetingId).map((row) => toAgendaItem(row, meeting.currentItemId, now)),
  };
}

/** Adds the computed fields (open, overdue, due date) to a stored action. */
export const toAction = (row: ActionRow, today: string): Action => ({
  ...row,
  dueDate: actionDueDate(row),
  overdue: isActionOverdue(row, today),
  isOpen: isActionOpen(row),
});

export function actionById(ctx: BackendContext, id: number): Action {
  return toAction(getActionRow(ctx.db, id)!, todayIn(ctx));
}

/** Partner view: a vertrouwelijk signal comes without the fields that can identify a resident. */
export const redactSignal = (s: Signal): Signal =>
  s.sensitivity === 'vertrouwelijk' ? { ...s, description: null, location: null, outcome: null, redacted: true } : s;

export function signalsInMeeting(ctx: BackendContext, signals: Signal[], meetingId: number): SignalInMeeting[] {
  const followUps = followUpsForSignals(ctx.db, signals.map((s) => s.id));
  return signals.map((s) => withFollowUps(s, followUps.get(s.id) ?? [], meetingId));
}

export function actionsInMeeting(ctx: BackendContext, actions: Action[], meetingId: number): ActionInMeeting[] {
  const followUps = followUpsForActions(ctx.db, actions.map((a) => a.id));
  return actions.map((a) => withFollowUps(a, followUps.get(a.id) ?? [], meetingId));
}

function withFollowUps<T, F extends SignalFollowUp | ActionFollowUp>(item: T, followUps: F[], meetingId: number): T & { followUps: F[]; followUpHere: F | null } {
  return { ...item, followUps, followUpHere: followUps.find((f) => f.meetingId === meetingId) ?? null };
}
