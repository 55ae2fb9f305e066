import { query } from '../channel';
import { PartnerListPlan, PartnerListPlanRequest } from '../schemas/partnerLists';

/** Partner action lists: which organisations get one, and making them into a chosen folder. */
export const partnerListChannels = {
  /** The lists a team would send on a date: its organisations with open actions, who was absent, who gets the mail. */
  'partnerList:list': query(PartnerListPlanRequest, PartnerListPlan, ['action', 'meeting', 'team', 'organisation', 'person', 'attendance', 'wijk', 'partnerList']),
};
