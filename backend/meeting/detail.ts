import { present } from '../../contract';
import type { BackendContext } from '../context';
import { todayIn } from '../context';
import type { MeetingDetail } from '../../contract/schemas/meetings';
import { listAgendaItems } from '../../db/queries/agenda';
import { adjacentMeetings, getMeeting } from '../../db/queries/meetings';
import { listAttendance, listGuests } from '../../db/queries/attendance';
import { listCarryOverSignalCandidates, listSignals } from '../../db/queries/signals';
import { listActionRows, listCarryOverActionCandidates } from '../../db/queries/actions';
import { listDecisions } from '../../db/queries/decisions';
import { getWijk } from '../../db/queries/wijken';
import { undoLabel } from '../../db/queries/undo';
import { carriesOver } from '../../domain/followUp';
import { isSignalOpen } from '../../domain/signal';
import { actionsInMeeting, signalsInMeeting, toAction, toAgendaItem } from './views';

/**
 * Everything the meeting screen shows, including what carries over from earlier meetings of the
 * team. A pure read: the attendance list is kept in line by the commands that change a team, a
 * person, an organisation or the meeting (backend/meeting/attendance.ts).
 */
export function buildMeetingDetail(ctx: BackendContext, id: number): MeetingDetail {
  const { db } = ctx;
  const meeting = present(getMeeting(db, id), 'Dit overleg');
  const now = ctx.now();
  const today = todayIn(ctx);
  const { previousId, nextId } = adjacentMeetings(db, meeting);

  // Raised here, plus candidates from earlier meetings; the carry-over rule decides which of those stay.
  const signalsHere = listSignals(db, { meetingId: id }).sort((a, b) => a.id - b.id);
  const actionsHere = listActionRows(db, { meetingId: id }).sort((a, b) => a.id - b.id);
  const hereSignalIds = new Set(signalsHere.map((s) => s.id));
  const hereActionIds = new Set(actionsHere.map((a) => a.id));
  const signals = signalsInMeeting(ctx, [...signalsHere, ...listCarryOverSignalCandidates(db, meeting)], meeting);
  const actions = actionsInMeeting(
    ctx,
    [...actionsHere, ...listCarryOverActionCandidates(db, meeting)].map((row) => toAction(row, today)),
    meeting,
  );

  return {
    meeting,
    agenda: listAgendaItems(db, id).map((row) => toAgendaItem(row, meeting.currentItemId, now)),
    attendance: listAttendance(db, id),
    guests: listGuests(db, id),
    signals: signals.filter((s) => hereSignalIds.has(s.id)),
    // A follow-up in this meeting keeps an item on screen even once it is closed.
    carriedSignals: signals.filter(
      (s) => !hereSignalIds.has(s.id) && carriesOver({ isOpen: isSignalOpen(s), closedOn: s.closedOn }, meeting, s.followUpHere !== null),
    ),
    actions: actions.filter((a) => hereActionIds.has(a.id)),
    carriedActions: actions.filter((a) => !hereActionIds.has(a.id) && carriesOver(a, meeting, a.followUpHere !== null)),
    decisions: listDecisions(db, id),
    buurten: getWijk(db, meeting.wijkId)?.buurten ?? [],
    previousMeetingId: previousId,
    nextMeetingId: nextId,
    undoLabel: undoLabel(db, id),
  };
}
