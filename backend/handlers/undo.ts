import { DomainError } from '../../contract';
import type { HandlerMap } from '../handler';
import { dropLatestUndo, undoLabel, undoLatest } from '../../db/queries/undo';
import { requireEditableMeeting } from '../meeting/guards';
import { isForeignKeyViolation } from '../../db/errors';


export const undoHandlers: HandlerMap<'undo:last'> = {
  'undo:last': (ctx, req) => {
    requireEditableMeeting(ctx, req.meetingId);
    try {
      const undone = ctx.db.transaction(() => undoLatest(ctx.db, req.meetingId)).immediate();
      return { undone, undoLabel: undoLabel(ctx.db, req.meetingId) };
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
      // Something was linked to it since (e.g. an action to a new signal): this step can never be
      // applied, so drop it rather than block every earlier step.
      ctx.db.transaction(() => dropLatestUndo(ctx.db, req.meetingId)).immediate();
      throw new DomainError(
        'conflict',
        'Deze wijziging kan niet meer ongedaan worden gemaakt, omdat er intussen iets aan is gekoppeld. De stap is overgeslagen; probeer opnieuw voor de stap daarvoor.',
      );
    }
  },
};
