import { DomainError, notFound } from '../../contract';
import type { ActionCreate } from '../../contract/schemas/actions';
import type { Meeting } from '../../contract/schemas/meetings';
import { todayIn, type BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import * as q from '../../db/queries/actions';
import { pageActions } from '../../db/queries/actionPage';
import { getSignal } from '../../db/queries/signals';
import { getPerson } from '../../db/queries/people';
import { getOrganisation } from '../../db/queries/organisations';
import { UndoRecorder, undoText } from '../../db/queries/undo';
import { effectiveDate, meetingIsBefore, quoted, requireEditableMeeting, requireItemOfMeeting, requireMeeting } from '../meeting/guards';
import { actionById, toAction } from '../meeting/views';
import { isActionOpen } from '../rules/actions';

const requireActionRow = (ctx: BackendContext, id: number) => q.getActionRow(ctx.db, id) ?? (() => { throw notFound('Deze actie'); })();

type ActionRefs = Pick<ActionCreate, 'signalId' | 'ownerOrganisationId' | 'ownerPersonId'>;

/** Wie: the owner organisation must exist and a named person must work there; waarom: a signal of the same team. */
function checkReferences(ctx: BackendContext, req: ActionRefs, meeting: Meeting): void {
  if (req.signalId !== null) {
    const signal = getSignal(ctx.db, req.signalId);
    if (!signal || signal.teamId !== meeting.teamId) {
      throw new DomainError('validation', 'Kies een signaal van dit team.', { signalId: 'Kies een signaal van dit team.' });
    }
    if (meetingIsBefore(meeting, requireMeeting(ctx, signal.meetingId))) {
      throw new DomainError('validation', 'Dit signaal is pas in een later overleg ingebracht.', { signalId: 'Kies een signaal dat al is ingebracht.' });
    }
  }
  const organisation = getOrganisation(ctx.db, req.ownerOrganisationId);
  if (!organisation) throw new DomainError('validation', 'Kies wie de actie uitvoert.', { ownerOrganisationId: 'Kies een bestaande organisatie.' });
  if (req.ownerPersonId !== null) {
    const person = getPerson(ctx.db, req.ownerPersonId);
    if (!person) throw new DomainError('validation', 'Deze persoon bestaat niet (meer).', { ownerPersonId: 'Kies een bestaande persoon.' });
    if (person.organisationId !== organisation.id) {
      throw new DomainError('validation', `${person.name} werkt niet bij ${organisation.name}.`, {
        ownerPersonId: `Kies iemand van ${organisation.name}, of laat de persoon leeg.`,
      });
    }
  }
}

/** Closed on: set when an action stops being open, kept while it stays closed, cleared when it reopens. */
function closedOnFor(next: Parameters<typeof isActionOpen>[0], previous: (Parameters<typeof isActionOpen>[0] & { closedOn: string | null }) | null, date: string): string | null {
  if (isActionOpen(next)) return null;
  return previous && !isActionOpen(previous) ? (previous.closedOn ?? date) : date;
}

export const actionHandlers: HandlerMap<'action:create' | 'action:update' | 'action:followUp' | 'action:list' | 'action:page' | 'action:get'> = {
  'action:create': (ctx, { meetingId, ...req }) =>
    ctx.db.transaction(() => {
      const meeting = requireEditableMeeting(ctx, meetingId);
      requireItemOfMeeting(ctx, req.agendaItemId, meeting.id);
      checkReferences(ctx, req, meeting);
      const id = q.insertAction(ctx.db, meeting.teamId, meeting.id, { ...req, closedOn: closedOnFor(req, null, meeting.date) }, ctx.now());
      new UndoRecorder(ctx.db, meeting.id).created('action', id).save(undoText.created(`Nieuwe actie ${quoted(req.what)}`), ctx.now());
      return actionById(ctx, id);
    })(),

  'action:update': (ctx, { id, meetingId, ...req }) =>
    ctx.db.transaction(() => {
      const action = requireActionRow(ctx, id);
      const meeting = meetingId !== null ? requireEditableMeeting(ctx, meetingId) : null;
      if (meeting && meeting.teamId !== action.teamId) {
        throw new DomainError('validation', 'Deze actie hoort bij een ander team.', { meetingId: 'Deze actie hoort bij een ander team.' });
      }
      const origin = requireMeeting(ctx, action.meetingId);
      requireItemOfMeeting(ctx, req.agendaItemId, origin.id);
      checkReferences(ctx, req, origin);
      const undo = meeting ? new UndoRecorder(ctx.db, meeting.id).before('action', id) : null;
      q.updateAction(ctx.db, id, { ...req, closedOn: closedOnFor(req, action, effectiveDate(ctx, meeting)) }, ctx.now());
      undo?.save(undoText.changed(`actie ${quoted(req.what)}`), ctx.now());
      return actionById(ctx, id);
    })(),

  'action:followUp': (ctx, req) =>
    ctx.db.transaction(() => {
      const action = requireActionRow(ctx, req.actionId);
      const meeting = requireEditableMeeting(ctx, req.meetingId);
      if (meeting.teamId !== action.teamId) {
        throw new DomainError('validation', 'Deze actie hoort bij een ander team.', { meetingId: 'Deze actie hoort bij een ander team.' });
      }
      if (meetingIsBefore(meeting, requireMeeting(ctx, action.meetingId))) {
        throw new DomainError('validation', 'Deze actie is pas in een later overleg afgesproken.', { meetingId: 'Kies een overleg op of na het overleg van de afspraak.' });
      }
      const status = req.status ?? action.status;
      // Vervallen needs a reason; the follow-up note is that reason.
      const cancelReason = status === 'vervallen' && status !== action.status ? req.note : action.cancelReason;

      const undo = new UndoRecorder(ctx.db, meeting.id).before('action', action.id);
      const existing = q.getActionFollowUp(ctx.db, action.id, meeting.id);
      if (existing) {
        undo.before('action_follow_up', existing.id);
        q.updateActionFollowUp(ctx.db, existing.id, req.note ?? existing.note, status !== existing.statusBefore ? status : null, ctx.now());
      } else {
        const followUpId = q.insertActionFollowUp(
          ctx.db,
          { actionId: action.id, meetingId: meeting.id, note: req.note, statusBefore: action.status, statusAfter: status !== action.status ? status : null },
          ctx.now(),
        );
        undo.created('action_follow_up', followUpId);
      }
      if (status !== action.status) {
        const next = { ...action, status, cancelReason };
        q.updateAction(ctx.db, action.id, { ...next, closedOn: closedOnFor(next, action, meeting.date) }, ctx.now());
      }
      const subject = `voortgang bij actie ${quoted(action.what)}`;
      undo.save(existing ? undoText.changed(`de ${subject}`) : undoText.created(`Nieuwe ${subject}`), ctx.now());
      return { followUp: q.getActionFollowUp(ctx.db, action.id, meeting.id)!, action: actionById(ctx, action.id) };
    })(),

  'action:page': (ctx, { offset, limit, ...query }) => {
    const today = todayIn(ctx);
    const page = pageActions(ctx.db, query, { offset, limit }, today);
    return { rows: page.rows.map((row) => toAction(row, today)), offset, total: page.total, open: page.open, overdue: page.overdue };
  },

  'action:get': (ctx, { id }) => toAction(requireActionRow(ctx, id), todayIn(ctx)),

  'action:list': (ctx, req) => {
    const today = todayIn(ctx);
    return q.listActionRows(ctx.db, req).map((row) => toAction(row, today));
  },
};
