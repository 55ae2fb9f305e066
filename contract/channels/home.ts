import { query } from '../channel';
import { empty } from '../fields';
import { HomeSummary } from '../schemas/home';

export const homeChannels = {
  'home:summary': query(empty, HomeSummary, ['action', 'meeting', 'wijk', 'organisation', 'person', 'team']),
};
