import { z } from 'zod';
import { channel } from '../channel';
import {
  AddByHand,
  AddFromMeeting,
  AddFromMeetingResult,
  Agreement,
  AgreementFollowUp,
  AgreementFollowUpResult,
  AgreementRemove,
  AgreementUpdate,
  MeetingCandidates,
  Review,
  ReviewCreate,
  ReviewGet,
  Rollover,
  RolloverResult,
  Theme,
  ThemeCreate,
  ThemeUpdate,
  Wijkagenda,
  WijkagendaForMeeting,
  WijkagendaGet,
  WijkagendaInMeeting,
  WijkagendaOverview,
  WijkagendaOverviewRow,
} from '../schemas/wijkagenda';
import { MeetingRef } from '../schemas/meetings';

/** The wijkagenda: themes, agreements from meetings or by hand, progress, actualisatie, the year turn. */
export const wijkagendaChannels = {
  'wijkagenda:get': channel(WijkagendaGet, Wijkagenda),
  'wijkagenda:overview': channel(WijkagendaOverview, z.array(WijkagendaOverviewRow)),
  'wijkagenda:createTheme': channel(ThemeCreate, Theme),
  'wijkagenda:updateTheme': channel(ThemeUpdate, Theme),
  'wijkagenda:candidates': channel(MeetingRef, MeetingCandidates),
  'wijkagenda:addFromMeeting': channel(AddFromMeeting, AddFromMeetingResult),
  'wijkagenda:addByHand': channel(AddByHand, Agreement),
  'wijkagenda:updateAgreement': channel(AgreementUpdate, Agreement),
  'wijkagenda:removeAgreement': channel(AgreementRemove, z.object({ id: z.number() })),
  'wijkagenda:forMeeting': channel(WijkagendaForMeeting, WijkagendaInMeeting),
  'wijkagenda:followUp': channel(AgreementFollowUp, AgreementFollowUpResult),
  'wijkagenda:review': channel(ReviewCreate, Review),
  'wijkagenda:getReview': channel(ReviewGet, Review),
  'wijkagenda:rollover': channel(Rollover, RolloverResult),
};
