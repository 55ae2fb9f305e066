import type { BackendContext } from '../context';
import type { Meeting } from '../../contract/schemas/meetings';
import { getAgendaItem, setItemTimer } from '../../db/queries/agenda';
import { setCurrentItem } from '../../db/queries/meetings';
import { runningSeconds } from '../../domain/meeting';
import { requireAgendaItem } from './guards';

/** Ends the running turn of the current item, adding its seconds to the item's total. */
export function stopCurrentItem(ctx: BackendContext, meeting: Pick<Meeting, 'id' | 'currentItemId'>): void {
  if (meeting.currentItemId === null) return;
  const item = getAgendaItem(ctx.db, meeting.currentItemId);
  if (item) setItemTimer(ctx.db, item.id, item.spentSeconds + runningSeconds(item.currentSince, ctx.now()), null);
  setCurrentItem(ctx.db, meeting.id, null);
}

/** Makes another item current: the old turn is accumulated, the new one starts now. */
export function switchCurrentItem(ctx: BackendContext, meeting: Pick<Meeting, 'id' | 'currentItemId'>, itemId: number | null): void {
  if (meeting.currentItemId === itemId) return;
  stopCurrentItem(ctx, meeting);
  if (itemId === null) return;
  const item = requireAgendaItem(ctx, itemId);
  setItemTimer(ctx.db, item.id, item.spentSeconds, ctx.now().toISOString());
  setCurrentItem(ctx.db, meeting.id, item.id);
}
