import { z } from 'zod';
import { channel } from '../channel';
import { empty } from '../fields';
import { ById } from '../schemas/masterdata';
import { PrivacyPurgeResult, Signal, SignalCreate, SignalFollowUpRequest, SignalFollowUpResult, SignalList, SignalPage, SignalPageRequest, SignalUpdate } from '../schemas/signals';
import { SearchRequest, SearchResponse } from '../schemas/search';

export const signalChannels = {
  'signal:create': channel(SignalCreate, Signal),
  'signal:update': channel(SignalUpdate, Signal),
  'signal:followUp': channel(SignalFollowUpRequest, SignalFollowUpResult),
  'signal:list': channel(SignalList, z.array(Signal)),
  /** "Alle signalen": filtered, sorted and one window of it, with totals. */
  'signal:page': channel(SignalPageRequest, SignalPage),
  'signal:get': channel(ById, Signal),
  /** Full-text search over signals, actions and decisions, ranked, with filters. */
  'search:query': channel(SearchRequest, SearchResponse),
  'privacy:purge': channel(empty, PrivacyPurgeResult),
};
