import { present } from '../../contract';
import type { BackendContext } from '../context';
import { todayIn } from '../context';
import type { Action, ActionFollowUp, ActionInMeeting } from '../../contract/schemas/actions';
import type { AgendaItem, MeetingAgenda } from '../../contract/schemas/meetings';
import type { Signal, SignalFollowUp, SignalInMeeting } from '../../contract/schemas/signals';
import { listAgendaItems, type AgendaItemRow } from '../../db/queries/agenda';
import { requireMeeting } from './guards';
import { getActionRow, type ActionRow } from '../../db/queries/actions';
import { shownFollowUpsFor } from '../../db/queries/followUps';
import { deriveAction } from '../../domain/action';
import { withFollowUps } from '../../domain/followUp';
import { elapsedSeconds } from '../../domain/meeting';

export const toAgendaItem = (row: AgendaItemRow, currentItemId: number | null, now: Date): AgendaItem => ({
  ...row,
  elapsedSeconds: elapsedSeconds(row, now),
  isCurrent: row.id === currentItemId,
});

export function meetingAgenda(ctx: BackendContext, meetingId: number): MeetingAgenda {
  const meeting = requireMeeting(ctx, meetingId);
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
  return toAction(present(getActionRow(ctx.db, id), 'Deze actie'), todayIn(ctx));
}

type MeetingKey = { id: number; date: string; startTime: string };

/** Signals as the meeting screen shows them: with their latest earlier follow-up and this meeting's. */
export function signalsInMeeting(ctx: BackendContext, signals: Signal[], meeting: MeetingKey): SignalInMeeting[] {
  const followUps = shownFollowUpsFor<SignalFollowUp['statusBefore']>(ctx.db, 'signal', signals.map((s) => s.id), meeting);
  return signals.map((s) => withFollowUps(s, followUps.get(s.id) ?? [], meeting.id));
}

/** Actions as the meeting screen shows them: with their latest earlier follow-up and this meeting's. */
export function actionsInMeeting(ctx: BackendContext, actions: Action[], meeting: MeetingKey): ActionInMeeting[] {
  const followUps = shownFollowUpsFor<ActionFollowUp['statusBefore']>(ctx.db, 'action', actions.map((a) => a.id), meeting);
  return actions.map((a) => withFollowUps(a, followUps.get(a.id) ?? [], meeting.id));
}
