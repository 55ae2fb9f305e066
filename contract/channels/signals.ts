import { z } from 'zod';
import { command, query } from '../channel';
import { empty } from '../fields';
import { ById } from '../schemas/masterdata';
import { PrivacyPurgeResult, Signal, SignalCreate, SignalFollowUpRequest, SignalFollowUpResult, SignalList, SignalPage, SignalPageRequest, SignalUpdate } from '../schemas/signals';
import { SearchRequest, SearchResponse } from '../schemas/search';

export const signalChannels = {
  'signal:create': command(SignalCreate, Signal, ['signal', 'undo']),
  'signal:update': command(SignalUpdate, Signal, ['signal', 'undo']),
  'signal:followUp': command(SignalFollowUpRequest, SignalFollowUpResult, ['signal', 'undo']),
  'signal:list': query(SignalList, z.array(Signal), ['signal', 'meeting', 'team', 'wijk', 'organisation', 'person']),
  /** "Alle signalen": filtered, sorted and one window of it, with totals. */
  'signal:page': query(SignalPageRequest, SignalPage, ['signal', 'meeting', 'team', 'wijk', 'organisation', 'person']),
  'signal:get': query(ById, Signal, ['signal', 'meeting', 'team', 'wijk', 'organisation', 'person']),
  /** Full-text search over signals, actions, decisions and verslagen, ranked, with filters. */
  'search:query': query(SearchRequest, SearchResponse, ['signal', 'action', 'decision', 'verslag', 'meeting', 'team', 'wijk']),
  'privacy:purge': command(empty, PrivacyPurgeResult, ['signal', 'undo', 'audit']),
};
