import { z } from 'zod';
import { command, query } from '../channel';
import { ById } from '../schemas/masterdata';
import { ActionInMeeting } from '../schemas/actions';
import { SignalInMeeting } from '../schemas/signals';
import {
  AgendaItem,
  AgendaItemAdd,
  AgendaItemMove,
  AgendaItemUpdate,
  AgendaSetCurrent,
  AgendaTemplate,
  CarriedGroupRequest,
  IcsExport,
  Meeting,
  MeetingAgenda,
  MeetingCreate,
  MeetingDetail,
  MeetingList,
  MeetingPage,
  MeetingPageRequest,
  MeetingRef,
  MeetingSummary,
  MeetingTransition,
  MeetingUpdate,
  SignalChoice,
  TemplateGet,
  TemplateUpdate,
  UndoResult,
} from '../schemas/meetings';

/** The meeting screen shows nearly everything about one meeting and its team. */
const MEETING_SCREEN = ['meeting', 'agenda', 'attendance', 'signal', 'action', 'decision', 'undo', 'team', 'wijk', 'person', 'organisation'] as const;

/** A meeting row with its counts reads all of these. */
const MEETING_OVERVIEW = ['meeting', 'team', 'wijk', 'person', 'agenda', 'agendaCurrent', 'attendance', 'signal', 'action', 'decision'] as const;

/** Planning and chairing a meeting: the meeting itself, its agenda and timer, the team template, undo. */
export const meetingChannels = {
  'meeting:list': query(MeetingList, z.array(MeetingSummary), MEETING_OVERVIEW),
  // Overleggen: the window the table shows, filtered and sorted by the back end.
  'meeting:page': query(MeetingPageRequest, MeetingPage, MEETING_OVERVIEW),
  'meeting:create': command(MeetingCreate, Meeting, ['meeting', 'agenda', 'attendance']),
  'meeting:get': query(ById, MeetingDetail, MEETING_SCREEN),
  // One group of what carries over, read when the chair opens it (a big team's meeting read sends only the headers);
  // the signals an action can be agreed on, read when the action form opens.
  'carriedAction:list': query(CarriedGroupRequest, z.array(ActionInMeeting), MEETING_SCREEN),
  'carriedSignal:list': query(CarriedGroupRequest, z.array(SignalInMeeting), MEETING_SCREEN),
  'signalChoice:list': query(MeetingRef, z.array(SignalChoice), ['meeting', 'signal']),
  'meeting:update': command(MeetingUpdate, Meeting, ['meeting', 'attendance']),
  'meeting:delete': command(ById, z.object({ id: z.number() }), ['meeting', 'agenda', 'attendance']),
  'meeting:start': command(MeetingTransition, Meeting, ['meeting', 'agenda', 'attendance']),
  'meeting:finish': command(MeetingTransition, Meeting, ['meeting', 'agenda', 'undo']),
  'meeting:reopen': command(ById, Meeting, ['meeting']),
  'meeting:exportIcs': query(ById, IcsExport, ['meeting', 'agenda', 'attendance', 'person']),

  'agenda:addItem': command(AgendaItemAdd, AgendaItem, ['agenda', 'undo']),
  'agenda:updateItem': command(AgendaItemUpdate, AgendaItem, ['agenda', 'undo']),
  'agenda:moveItem': command(AgendaItemMove, MeetingAgenda, ['agenda', 'undo']),
  'agenda:removeItem': command(ById, z.object({ id: z.number() }), ['agenda', 'undo']),
  // The meeting screen applies the answer itself (see the topic agendaCurrent).
  'agenda:setCurrent': command(AgendaSetCurrent, MeetingAgenda, ['agendaCurrent']),
  'agenda:next': command(MeetingRef, MeetingAgenda, ['agendaCurrent']),

  'template:get': query(TemplateGet, AgendaTemplate, ['template']),
  'template:update': command(TemplateUpdate, AgendaTemplate, ['template']),

  'undo:last': command(MeetingRef, UndoResult, ['meeting', 'agenda', 'attendance', 'signal', 'action', 'decision', 'wijkagenda', 'undo']),
};
