import { z } from 'zod';
import { channel } from '../channel';
import { ById } from '../schemas/masterdata';
import { Action, ActionCreate, ActionFollowUpRequest, ActionFollowUpResult, ActionList, ActionPage, ActionPageRequest, ActionUpdate } from '../schemas/actions';
import { Decision, DecisionCreate, DecisionUpdate } from '../schemas/decisions';

export const actionChannels = {
  'action:create': channel(ActionCreate, Action),
  'action:update': channel(ActionUpdate, Action),
  'action:followUp': channel(ActionFollowUpRequest, ActionFollowUpResult),
  'action:list': channel(ActionList, z.array(Action)),
  /** "Alle acties": filtered, sorted and one window of it, with totals. */
  'action:page': channel(ActionPageRequest, ActionPage),
  'action:get': channel(ById, Action),

  'decision:create': channel(DecisionCreate, Decision),
  'decision:update': channel(DecisionUpdate, Decision),
  'decision:delete': channel(ById, z.object({ id: z.number() })),
};
