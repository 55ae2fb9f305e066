import { z } from 'zod';
import { channel } from '../channel';
import { ById } from '../schemas/masterdata';
import {
  AgendaItem,
  AgendaItemAdd,
  AgendaItemMove,
  AgendaItemUpdate,
  AgendaSetCurrent,
  AgendaTemplate,
  IcsExport,
  Meeting,
  MeetingAgenda,
  MeetingCreate,
  MeetingDetail,
  MeetingList,
  MeetingRef,
  MeetingSummary,
  MeetingTransition,
  MeetingUpdate,
  TemplateGet,
  TemplateUpdate,
  UndoResult,
} from '../schemas/meetings';

/** Planning and chairing a meeting: the meeting itself, its agenda and timer, the team template, undo. */
export const meetingChannels = {
  'meeting:list': channel(MeetingList, z.array(MeetingSummary)),
  'meeting:create': channel(MeetingCreate, Meeting),
  'meeting:get': channel(ById, MeetingDetail),
  'meeting:update': channel(MeetingUpdate, Meeting),
  'meeting:delete': channel(ById, z.object({ id: z.number() })),
  'meeting:start': channel(MeetingTransition, Meeting),
  'meeting:finish': channel(MeetingTransition, Meeting),
  'meeting:reopen': channel(ById, Meeting),
  'meeting:exportIcs': channel(ById, IcsExport),

  'agenda:addItem': channel(AgendaItemAdd, AgendaItem),
  'agenda:updateItem': channel(AgendaItemUpdate, AgendaItem),
  'agenda:moveItem': channel(AgendaItemMove, MeetingAgenda),
  'agenda:removeItem': channel(ById, z.object({ id: z.number() })),
  'agenda:setCurrent': channel(AgendaSetCurrent, MeetingAgenda),
  'agenda:next': channel(MeetingRef, MeetingAgenda),

  'template:get': channel(TemplateGet, AgendaTemplate),
  'template:update': channel(TemplateUpdate, AgendaTemplate),

  'undo:last': channel(MeetingRef, UndoResult),
};
