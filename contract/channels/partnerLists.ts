import { channel } from '../channel';
import { PartnerListPlan, PartnerListPlanRequest } from '../schemas/partnerLists';

/** Partner action lists: which organisations get one, and making them into a chosen folder. */
export const partnerListChannels = {
  'partnerList:plan': channel(PartnerListPlanRequest, PartnerListPlan),
};
