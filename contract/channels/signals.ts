import { z } from 'zod';
import { command, query } from '../channel';
import { empty } from '../fields';
import { PrivacyPurgeResult, Signal, SignalCreate, SignalFollowUpRequest, SignalFollowUpResult, SignalList, SignalUpdate } from '../schemas/signals';

export const signalChannels = {
  'signal:create': command(SignalCreate, Signal, ['signal', 'undo']),
  'signal:update': command(SignalUpdate, Signal, ['signal', 'undo']),
  'signal:followUp': command(SignalFollowUpRequest, SignalFollowUpResult, ['signal', 'undo']),
  'signal:list': query(SignalList, z.array(Signal), ['signal', 'meeting', 'team', 'wijk', 'organisation', 'person']),
  'privacy:purge': command(empty, PrivacyPurgeResult, ['signal', 'undo', 'audit']),
};
