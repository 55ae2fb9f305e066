import { z } from 'zod';
import { channel } from '../channel';
import { empty } from '../fields';
import {
  AppInfo,
  Buurt,
  BuurtCreate,
  BuurtUpdate,
  ById,
  Municipality,
  MunicipalityUpdate,
  Organisation,
  OrganisationCreate,
  OrganisationUpdate,
  Person,
  PersonCreate,
  PersonSetActive,
  PersonUpdate,
  PersonUpdateResult,
  SetupRequest,
  Team,
  TeamByWijk,
  TeamMemberAdd,
  TeamMemberEnd,
  TeamRolesUpdate,
  Wijk,
  WijkCreate,
  WijkUpdate,
} from '../schemas/masterdata';

export const masterdataChannels = {
  'app:info': channel(empty, AppInfo),
  'setup:create': channel(SetupRequest, AppInfo),
  'setup:loadDemo': channel(empty, AppInfo),
  'setup:leaveDemo': channel(empty, AppInfo),

  'municipality:get': channel(empty, Municipality),
  'municipality:update': channel(MunicipalityUpdate, Municipality),

  'wijk:list': channel(empty, z.array(Wijk)),
  'wijk:create': channel(WijkCreate, Wijk),
  'wijk:update': channel(WijkUpdate, Wijk),
  'buurt:create': channel(BuurtCreate, Buurt),
  'buurt:update': channel(BuurtUpdate, Buurt),
  'buurt:delete': channel(ById, z.object({ id: z.number() })),

  'organisation:list': channel(empty, z.array(Organisation)),
  'organisation:create': channel(OrganisationCreate, Organisation),
  'organisation:update': channel(OrganisationUpdate, Organisation),

  'person:list': channel(empty, z.array(Person)),
  'person:create': channel(PersonCreate, Person),
  'person:update': channel(PersonUpdate, PersonUpdateResult),
  'person:setActive': channel(PersonSetActive, Person),

  'team:get': channel(TeamByWijk, Team),
  'team:updateRoles': channel(TeamRolesUpdate, Team),
  'team:addMember': channel(TeamMemberAdd, Team),
  'team:endMember': channel(TeamMemberEnd, Team),
};
