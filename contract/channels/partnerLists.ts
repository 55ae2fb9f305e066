import { asyncCommand, query } from '../channel';
import { ChosenFolder, FolderChooseRequest, FolderOpened, FolderRef, PartnerListMade, PartnerListMakeRequest, PartnerListPlan, PartnerListPlanRequest } from '../schemas/partnerLists';

/** Partner action lists: which organisations get one, and making them into a folder the user picks. */
export const partnerListChannels = {
  /** The lists a team would send on a date: its organisations with open actions, who was absent, who gets the mail. */
  'partnerList:list': query(PartnerListPlanRequest, PartnerListPlan, ['action', 'meeting', 'team', 'organisation', 'person', 'attendance', 'wijk', 'partnerList']),
  /** One organisation's list (PDF/A) and mail draft (.eml) into the chosen folder; recorded for "finished since". */
  'partnerList:make': asyncCommand(PartnerListMakeRequest, PartnerListMade, ['partnerList']),
  /** The host asks the user for a folder (Electron: the native dialog); null when cancelled. */
  'folder:choose': asyncCommand(FolderChooseRequest, ChosenFolder, ['exportFolder']),
  /** Shows a chosen folder in the file manager. */
  'folder:open': asyncCommand(FolderRef, FolderOpened, ['exportFolder']),
};
