import type { BackendContext } from '../context';
import { todayIn } from '../context';
import type { ActionInMeeting } from '../../contract/schemas/actions';
import type { SignalInMeeting } from '../../contract/schemas/signals';
import type { CarriedGroupRequest, Meeting, MeetingDetail, SignalChoice } from '../../contract/schemas/meetings';
import { listAgendaItems } from '../../db/queries/agenda';
import { adjacentMeetings } from '../../db/queries/meetings';
import { requireMeeting } from './guards';
import { listAttendance, listGuests } from '../../db/queries/attendance';
import { listCarriedSignals, listSignals } from '../../db/queries/signals';
import { listActionRows, listCarriedActions } from '../../db/queries/actions';
import { carriedActionGroups, carriedSignalGroups, listSignalChoices, type CarriedGroupRow } from '../../db/queries/carried';
import { listDecisions } from '../../db/queries/decisions';
import { getWijk } from '../../db/queries/wijken';
import { undoLabel } from '../../db/queries/undo';
import { CARRIED_INLINE_UP_TO, orderFollowUpGroups, problemOwnerGroupName } from '../../domain/followUp';
import { actionsInMeeting, signalsInMeeting, toAction, toAgendaItem } from './views';

type Core = Omit<MeetingDetail, 'carriedActions' | 'carriedSignals'>;

/** The meeting itself and what was raised, agreed and decided in it. */
function meetingCore(ctx: BackendContext, meeting: Meeting): Core {
  const { db } = ctx;
  const { id } = meeting;
  const now = ctx.now();
  const { previousId, nextId } = adjacentMeetings(db, meeting);
  const signals = listSignals(db, { meetingId: id }).sort((a, b) => a.id - b.id);
  const today = todayIn(ctx);
  const actions = listActionRows(db, { meetingId: id })
    .sort((a, b) => a.id - b.id)
    .map((row) => toAction(row, today));
  return {
    meeting,
    agenda: listAgendaItems(db, id).map((row) => toAgendaItem(row, meeting.currentItemId, now)),
    attendance: listAttendance(db, id),
    guests: listGuests(db, id),
    signals: signalsInMeeting(ctx, signals, meeting),
    actions: actionsInMeeting(ctx, actions, meeting),
    decisions: listDecisions(db, id),
    buurten: getWijk(db, meeting.wijkId)?.buurten ?? [],
    previousMeetingId: previousId,
    nextMeetingId: nextId,
    undoLabel: undoLabel(db, id),
  };
}

/** Every action of earlier meetings carried into this one (or one organisation's), with the follow-ups the screen shows. */
function carriedActions(ctx: BackendContext, meeting: Meeting, ownerOrganisationId?: number): ActionInMeeting[] {
  const today = todayIn(ctx);
  return actionsInMeeting(ctx, listCarriedActions(ctx.db, meeting, ownerOrganisationId).map((row) => toAction(row, today)), meeting);
}

/** Every signal of earlier meetings carried into this one (or one problem owner's), with the follow-ups the screen shows. */
function carriedSignals(ctx: BackendContext, meeting: Meeting, problemOwnerId?: number | null): SignalInMeeting[] {
  return signalsInMeeting(ctx, listCarriedSignals(ctx.db, meeting, problemOwnerId), meeting);
}

/** The counts of the group headers, and the items themselves when there are few enough to show them all. */
function carriedSection<T>(rows: readonly CarriedGroupRow[], items: () => T[]) {
  const sum = (field: 'total' | 'discussed' | 'overdue' | 'waiting') => rows.reduce((n, r) => n + r[field], 0);
  const total = sum('total');
  return {
    total,
    discussed: sum('discussed'),
    overdue: sum('overdue'),
    waiting: sum('waiting'),
    groups: orderFollowUpGroups(rows.map((r) => ({ key: r.key, name: problemOwnerGroupName(r.name), total: r.total, overdue: r.overdue, discussed: r.discussed }))),
    items: total <= CARRIED_INLINE_UP_TO ? items() : null,
  };
}

/**
 * What the meeting screen shows first. What carries over from earlier meetings is counted per
 * group in SQL; a team with hundreds of open actions gets the group headers only, and the chair's
 * opening a group reads its items (carriedAction:list, carriedSignal:list). A pure read: the attendance list is kept in line
 * by the commands that change a team, a person, an organisation or the meeting
 * (backend/meeting/attendance.ts).
 */
export function buildMeetingDetail(ctx: BackendContext, id: number): MeetingDetail {
  const meeting = requireMeeting(ctx, id);
  const today = todayIn(ctx);
  return {
    ...meetingCore(ctx, meeting),
    carriedSignals: carriedSection(carriedSignalGroups(ctx.db, meeting), () => carriedSignals(ctx, meeting)),
    carriedActions: carriedSection(carriedActionGroups(ctx.db, meeting, today), () => carriedActions(ctx, meeting)),
  };
}

/** The whole meeting with every carried item, for the verslag (a document holds all of them). */
export function buildMeetingRecord(ctx: BackendContext, id: number): Core & { carriedActions: ActionInMeeting[]; carriedSignals: SignalInMeeting[] } {
  const meeting = requireMeeting(ctx, id);
  return { ...meetingCore(ctx, meeting), carriedSignals: carriedSignals(ctx, meeting), carriedActions: carriedActions(ctx, meeting) };
}

/** A group key as the headers carry it: an organisation's id, or '' for signals without a problem owner. */
const groupId = (group: string): number | null => (group === '' ? null : Number(group));

/** The carried actions of one organisation, when the chair opens its group. */
export function carriedActionGroup(ctx: BackendContext, req: CarriedGroupRequest): ActionInMeeting[] {
  const meeting = requireMeeting(ctx, req.meetingId);
  const owner = groupId(req.group);
  // Every action has an organisation: the '' group holds none.
  return owner === null ? [] : carriedActions(ctx, meeting, owner);
}

/** The carried signals of one problem owner ('' : those without one), when the chair opens its group. */
export function carriedSignalGroup(ctx: BackendContext, req: CarriedGroupRequest): SignalInMeeting[] {
  const meeting = requireMeeting(ctx, req.meetingId);
  return carriedSignals(ctx, meeting, groupId(req.group));
}

/** The signals an action in this meeting can be agreed on: raised here or carried into it. */
export function signalChoices(ctx: BackendContext, meetingId: number): SignalChoice[] {
  return listSignalChoices(ctx.db, requireMeeting(ctx, meetingId));
}
