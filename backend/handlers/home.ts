import { todayIn } from '../context';
import type { HandlerMap } from '../handler';
import { homeSummary, setupFacts } from '../../db/queries/home';

export const homeHandlers: HandlerMap<'home:summary'> = {
  'home:summary': (ctx) => ({ wijken: homeSummary(ctx.db, todayIn(ctx)), setup: setupFacts(ctx.db) }),
};
