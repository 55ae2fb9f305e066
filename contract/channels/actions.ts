import { z } from 'zod';
import { command, query } from '../channel';
import { ById } from '../schemas/masterdata';
import { Action, ActionCreate, ActionFollowUpRequest, ActionFollowUpResult, ActionList, ActionPage, ActionPageRequest, ActionUpdate } from '../schemas/actions';
import { Decision, DecisionCreate, DecisionUpdate } from '../schemas/decisions';

export const actionChannels = {
  'action:create': command(ActionCreate, Action, ['action', 'undo']),
  'action:update': command(ActionUpdate, Action, ['action', 'undo']),
  'action:followUp': command(ActionFollowUpRequest, ActionFollowUpResult, ['action', 'undo']),
  'action:list': query(ActionList, z.array(Action), ['action', 'signal', 'agenda', 'meeting', 'team', 'wijk', 'organisation', 'person']),
  /** "Alle acties": filtered, sorted and one window of it, with totals. */
  'action:page': query(ActionPageRequest, ActionPage, ['action', 'signal', 'agenda', 'meeting', 'team', 'wijk', 'organisation', 'person']),
  'action:get': query(ById, Action, ['action', 'signal', 'agenda', 'meeting', 'team', 'wijk', 'organisation', 'person']),

  'decision:create': command(DecisionCreate, Decision, ['decision', 'undo']),
  'decision:update': command(DecisionUpdate, Decision, ['decision', 'undo']),
  'decision:delete': command(ById, z.object({ id: z.number() }), ['decision', 'undo']),
};
