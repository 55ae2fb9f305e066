import { DomainError, notFound, present } from '../../contract';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import * as q from '../../db/queries/decisions';
import { UndoRecorder, undoText } from '../../db/queries/undo';
import { agreementsOfDecision } from '../../db/queries/wijkagenda';
import { quoted, requireAgendaItem, requireEditableMeeting } from '../meeting/guards';

const requireDecision = (ctx: BackendContext, id: number) => q.getDecision(ctx.db, id) ?? (() => { throw notFound('Dit besluit'); })();

/** Besluiten belong to an agenda item and can change only while the meeting is not afgerond. */
export const decisionHandlers: HandlerMap<'decision:create' | 'decision:update' | 'decision:delete'> = {
  'decision:create': (ctx, req) =>
    ctx.db.transaction(() => {
      const item = requireAgendaItem(ctx, req.agendaItemId);
      const meeting = requireEditableMeeting(ctx, item.meetingId);
      const id = q.insertDecision(ctx.db, meeting.id, item.id, req.text, ctx.now());
      new UndoRecorder(ctx.db, meeting.id).created('decision', id).save(undoText.created(`Nieuw besluit ${quoted(req.text, 40)}`), ctx.now());
      return present(q.getDecision(ctx.db, id), 'Dit besluit');
    })(),

  'decision:update': (ctx, req) =>
    ctx.db.transaction(() => {
      const decision = requireDecision(ctx, req.id);
      requireEditableMeeting(ctx, decision.meetingId);
      const undo = new UndoRecorder(ctx.db, decision.meetingId).before('decision', decision.id);
      q.updateDecision(ctx.db, decision.id, req.text);
      undo.save(undoText.changed(`besluit ${quoted(decision.text, 40)}`), ctx.now());
      return present(q.getDecision(ctx.db, decision.id), 'Dit besluit');
    })(),

  'decision:delete': (ctx, req) =>
    ctx.db.transaction(() => {
      const decision = requireDecision(ctx, req.id);
      requireEditableMeeting(ctx, decision.meetingId);
      if (agreementsOfDecision(ctx.db, decision.id) > 0) {
        throw new DomainError('conflict', 'Dit besluit staat op de wijkagenda en blijft daarom bestaan. Haal het eerst van de wijkagenda af.');
      }
      const undo = new UndoRecorder(ctx.db, decision.meetingId).before('decision', decision.id);
      q.deleteDecision(ctx.db, decision.id);
      undo.save(undoText.deleted(`Verwijderd besluit ${quoted(decision.text, 40)}`), ctx.now());
      return { id: decision.id };
    })(),
};
