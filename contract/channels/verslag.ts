import { asyncQuery, command, query } from '../channel';
import { DocumentFile } from '../schemas/documents';
import { VerslagCorrect, VerslagCreate, VerslagEstablish, VerslagExport, VerslagGet, VerslagSaveSummary, VerslagSummarySaved, VerslagView } from '../schemas/verslag';

/** A concept verslag is built live from the meeting, so it reads everything the meeting holds. */
const VERSLAG_READS = ['verslag', 'meeting', 'agenda', 'agendaCurrent', 'attendance', 'signal', 'action', 'decision', 'team', 'wijk', 'person', 'organisation', 'municipality'] as const;

/** The verslag of a meeting: drafting, vaststellen, corrections as new versions, and the documents. */
export const verslagChannels = {
  'verslag:get': query(VerslagGet, VerslagView, VERSLAG_READS),
  'verslag:create': command(VerslagCreate, VerslagView, ['verslag']),
  'verslag:saveSummary': command(VerslagSaveSummary, VerslagSummarySaved, ['verslag']),
  'verslag:establish': command(VerslagEstablish, VerslagView, ['verslag']),
  'verslag:correct': command(VerslagCorrect, VerslagView, ['verslag']),
  'verslag:export': asyncQuery(VerslagExport, DocumentFile, VERSLAG_READS),
};
