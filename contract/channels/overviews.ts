import { asyncQuery } from '../channel';
import { ActionQuery } from '../schemas/actions';
import { DocumentFile } from '../schemas/documents';
import { SignalQuery } from '../schemas/signals';

/**
 * "Alle acties" and "Alle signalen" as XLSX: what the screen shows (its filter and sort, the same
 * query schema as the window the table fetches), with typed columns and no confidential content.
 */
export const overviewChannels = {
  'action:export': asyncQuery(ActionQuery, DocumentFile, ['action', 'signal', 'agenda', 'meeting', 'team', 'wijk', 'organisation', 'person', 'municipality']),
  'signal:export': asyncQuery(SignalQuery, DocumentFile, ['signal', 'meeting', 'team', 'wijk', 'organisation', 'person', 'municipality']),
};
