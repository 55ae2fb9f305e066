import { z } from 'zod';
import { command, query } from '../channel';
import { ById } from '../schemas/masterdata';
import { Action, ActionCreate, ActionFollowUpRequest, ActionFollowUpResult, ActionList, ActionUpdate } from '../schemas/actions';
import { Decision, DecisionCreate, DecisionUpdate } from '../schemas/decisions';

export const actionChannels = {
  'action:create': command(ActionCreate, Action, ['action', 'undo']),
  'action:update': command(ActionUpdate, Action, ['action', 'undo']),
  'action:followUp': command(ActionFollowUpRequest, ActionFollowUpResult, ['action', 'undo']),
  'action:list': query(ActionList, z.array(Action), ['action', 'signal', 'agenda', 'meeting', 'team', 'wijk', 'organisation', 'person']),

  'decision:create': command(DecisionCreate, Decision, ['decision', 'undo']),
  'decision:update': command(DecisionUpdate, Decision, ['decision', 'undo']),
  'decision:delete': command(ById, z.object({ id: z.number() }), ['decision', 'undo']),
};
