import { z } from 'zod';
import { channel } from '../channel';
import { empty } from '../fields';
import { PrivacyPurgeResult, Signal, SignalCreate, SignalFollowUpRequest, SignalFollowUpResult, SignalList, SignalUpdate } from '../schemas/signals';

export const signalChannels = {
  'signal:create': channel(SignalCreate, Signal),
  'signal:update': channel(SignalUpdate, Signal),
  'signal:followUp': channel(SignalFollowUpRequest, SignalFollowUpResult),
  'signal:list': channel(SignalList, z.array(Signal)),
  'privacy:purge': channel(empty, PrivacyPurgeResult),
};
