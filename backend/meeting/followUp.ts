import { DomainError } from '../../contract';
import type { Meeting } from '../../contract/schemas/meetings';
import { FOLLOW_UP_TEXT, planFollowUp, type FollowUpKind, type FollowUpPlan, type FollowUpRequest } from '../../domain/followUp';
import { meetingIsBefore } from '../../domain/meeting';
import { followedItemTable, followUpTable, getFollowUp, insertFollowUp, updateFollowUp, type FollowUpRow } from '../../db/queries/followUps';
import { UndoRecorder, undoText } from '../../db/queries/undo';
import type { BackendContext } from '../context';
import { quoted, requireEditableMeeting, requireMeeting } from './guards';

/** The item a follow-up is about: an action or a signal. */
export interface FollowedItem<S extends string> {
  id: number;
  teamId: number;
  /** The meeting where it was raised. */
  meetingId: number;
  status: S;
}

/** The meeting a follow-up is recorded in: editable, of the item's team, and not before the item was raised. */
export function requireFollowUpMeeting(ctx: BackendContext, kind: FollowUpKind, item: FollowedItem<string>, meetingId: number): Meeting {
  const text = FOLLOW_UP_TEXT[kind];
  const meeting = requireEditableMeeting(ctx, meetingId);
  if (meeting.teamId !== item.teamId) throw new DomainError('validation', text.otherTeam, { meetingId: text.otherTeam });
  if (meetingIsBefore(meeting, requireMeeting(ctx, item.meetingId))) throw new DomainError('validation', text.later, { meetingId: text.laterField });
  return meeting;
}

/**
 * Records the follow-up of an action or a signal in a meeting (one per item per meeting: a second
 * one edits it), undoable in that meeting. `applyToItem` writes the item's own change (its status,
 * and whatever that kind keeps with it) after the undo recorder has its before-image.
 */
export function recordFollowUp<S extends string>(
  ctx: BackendContext,
  kind: FollowUpKind,
  item: FollowedItem<S> & { title: string },
  meeting: Meeting,
  req: FollowUpRequest<S>,
  applyToItem: (plan: FollowUpPlan<S>) => void,
): FollowUpRow<S> {
  const table = followUpTable(kind);
  const undo = new UndoRecorder(ctx.db, meeting.id).before(followedItemTable(kind), item.id);
  const existing = getFollowUp<S>(ctx.db, kind, item.id, meeting.id);
  const plan = planFollowUp(item, existing, req);
  if (existing) {
    undo.before(table, existing.id);
    updateFollowUp(ctx.db, kind, existing.id, plan.note, plan.statusAfter, ctx.now());
  } else {
    const id = insertFollowUp(ctx.db, kind, { itemId: item.id, meetingId: meeting.id, note: plan.note, statusBefore: plan.statusBefore, statusAfter: plan.statusAfter }, ctx.now());
    undo.created(table, id);
  }
  applyToItem(plan);
  const subject = `voortgang bij ${FOLLOW_UP_TEXT[kind].subject} ${quoted(item.title)}`;
  undo.save(existing ? undoText.changed(`de ${subject}`) : undoText.created(`Nieuwe ${subject}`), ctx.now());
  const saved = getFollowUp<S>(ctx.db, kind, item.id, meeting.id);
  if (!saved) throw new Error(`${table} for ${item.id} in meeting ${meeting.id} was not stored`);
  return saved;
}
