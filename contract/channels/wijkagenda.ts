import { z } from 'zod';
import { asyncQuery, command, query, type Topic } from '../channel';
import { DocumentFile } from '../schemas/documents';
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
  WijkagendaExport,
  WijkagendaOverviewRow,
} from '../schemas/wijkagenda';
import { MeetingRef } from '../schemas/meetings';

/** An agreement reads through to its action (status, who, progress), decision and meeting. */
const AGENDA_READS: readonly Topic[] = ['wijkagenda', 'action', 'decision', 'meeting', 'signal', 'organisation', 'person', 'wijk'];

/** The wijkagenda: themes, agreements from meetings or by hand, progress, actualisatie, the year turn. */
export const wijkagendaChannels = {
  'wijkagenda:get': query(WijkagendaGet, Wijkagenda, AGENDA_READS),
  'wijkagenda:list': query(WijkagendaOverview, z.array(WijkagendaOverviewRow), AGENDA_READS),
  'wijkagenda:createTheme': command(ThemeCreate, Theme, ['wijkagenda']),
  'wijkagenda:updateTheme': command(ThemeUpdate, Theme, ['wijkagenda']),
  'naarWijkagenda:list': query(MeetingRef, MeetingCandidates, AGENDA_READS),
  'wijkagenda:addFromMeeting': command(AddFromMeeting, AddFromMeetingResult, ['wijkagenda']),
  'wijkagenda:addByHand': command(AddByHand, Agreement, ['wijkagenda']),
  'wijkagenda:updateAgreement': command(AgreementUpdate, Agreement, ['wijkagenda']),
  'wijkagenda:removeAgreement': command(AgreementRemove, z.object({ id: z.number() }), ['wijkagenda']),
  'wijkagendaInMeeting:get': query(WijkagendaForMeeting, WijkagendaInMeeting, AGENDA_READS),
  // An action's agreement is followed up as the action itself.
  'wijkagenda:followUp': command(AgreementFollowUp, AgreementFollowUpResult, ['wijkagenda', 'action', 'undo']),
  'wijkagenda:review': command(ReviewCreate, Review, ['wijkagenda']),
  'wijkagendaReview:get': query(ReviewGet, Review, ['wijkagenda', 'wijk']),
  'wijkagenda:rollover': command(Rollover, RolloverResult, ['wijkagenda']),
  // The file is made in the document worker; the agenda is read before it goes there.
  'wijkagenda:export': asyncQuery(WijkagendaExport, DocumentFile, [...AGENDA_READS, 'municipality']),
};
