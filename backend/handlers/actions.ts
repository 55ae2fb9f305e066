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
import { actionClosedOn, normaliseAction } from '../../domain/action';
import { recordFollowUp, requireFollowUpMeeting } from '../meeting/followUp';
import { recordCorrection, requireCorrection } from '../privacy/audit';

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

export const actionHandlers: HandlerMap<'action:create' | 'action:update' | 'action:followUp' | 'action:list' | 'action:page' | 'action:get'> = {
  'action:create': (ctx, { meetingId, ...req }) =>
    ctx.db.transaction(() => {
      const meeting = requireEditableMeeting(ctx, meetingId);
      requireItemOfMeeting(ctx, req.agendaItemId, meeting.id);
      checkReferences(ctx, req, meeting);
      const id = q.insertAction(ctx.db, meeting.teamId, meeting.id, { ...req, closedOn: actionClosedOn(req, null, meeting.date) }, ctx.now());
      new UndoRecorder(ctx.db, meeting.id).created('action', id).save(undoText.created(`Nieuwe actie ${quoted(req.what)}`), ctx.now());
      return actionById(ctx, id);
    })(),

  'action:update': (ctx, { id, meetingId, correction, ...req }) =>
    ctx.db.transaction(() => {
      const action = requireActionRow(ctx, id);
      const meeting = meetingId !== null ? requireEditableMeeting(ctx, meetingId) : null;
      if (meeting && meeting.teamId !== action.teamId) {
        throw new DomainError('validation', 'Deze actie hoort bij een ander team.', { meetingId: 'Deze actie hoort bij een ander team.' });
      }
      const origin = requireMeeting(ctx, action.meetingId);
      const correctionReason = requireCorrection(origin, meeting, correction);
      requireItemOfMeeting(ctx, req.agendaItemId, origin.id);
      checkReferences(ctx, req, origin);
      const undo = meeting ? new UndoRecorder(ctx.db, meeting.id).before('action', id) : null;
      q.updateAction(ctx.db, id, { ...req, closedOn: actionClosedOn(req, action, effectiveDate(ctx, meeting)) }, ctx.now());
      undo?.save(undoText.changed(`actie ${quoted(req.what)}`), ctx.now());
      if (correctionReason) recordCorrection(ctx, correctionReason);
      return actionById(ctx, id);
    })(),

  'action:followUp': (ctx, req) =>
    ctx.db.transaction(() => {
      const action = requireActionRow(ctx, req.actionId);
      const meeting = requireFollowUpMeeting(ctx, 'action', action, req.meetingId);
      const followUp = recordFollowUp(ctx, 'action', { ...action, title: action.what }, meeting, req, (plan) => {
        if (!plan.statusChanged) return;
        // Vervallen needs a reason; the follow-up note is that reason.
        const next = { ...action, status: plan.status, cancelReason: plan.status === 'vervallen' ? req.note : action.cancelReason };
        q.updateAction(ctx.db, action.id, { ...normaliseAction(next), closedOn: actionClosedOn(next, action, meeting.date) }, ctx.now());
      });
      return { followUp, action: actionById(ctx, action.id) };
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
