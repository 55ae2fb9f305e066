import type { BackendContext } from '../context';
import { todayIn } from '../context';
import type { Action, ActionFollowUp, ActionInMeeting } from '../../contract/schemas/actions';
import type { AgendaItem, MeetingAgenda } from '../../contract/schemas/meetings';
import type { Signal, SignalFollowUp, SignalInMeeting } from '../../contract/schemas/signals';
import { listAgendaItems, type AgendaItemRow } from '../../db/queries/agenda';
import { getMeeting } from '../../db/queries/meetings';
import { getActionRow, type ActionRow } from '../../db/queries/actions';
import { followUpsFor } from '../../db/queries/followUps';
import { deriveAction } from '../../domain/action';
import { withFollowUps } from '../../domain/followUp';
import { elapsedSeconds } from '../../domain/meeting';

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

/** Adds the derived fields (open, overdue, due date) to a stored action. */
export const toAction = (row: ActionRow, today: string): Action => deriveAction(row, today);

export function actionById(ctx: BackendContext, id: number): Action {
  return toAction(getActionRow(ctx.db, id)!, todayIn(ctx));
}

export function signalsInMeeting(ctx: BackendContext, signals: Signal[], meetingId: number): SignalInMeeting[] {
  const followUps = followUpsFor<SignalFollowUp['statusBefore']>(ctx.db, 'signal', signals.map((s) => s.id));
  return signals.map((s) => withFollowUps(s, followUps.get(s.id) ?? [], meetingId));
}

export function actionsInMeeting(ctx: BackendContext, actions: Action[], meetingId: number): ActionInMeeting[] {
  const followUps = followUpsFor<ActionFollowUp['statusBefore']>(ctx.db, 'action', actions.map((a) => a.id));
  return actions.map((a) => withFollowUps(a, followUps.get(a.id) ?? [], meetingId));
}
