import { z } from 'zod';
import { command, query, TOPICS } from '../channel';
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
  'app:info': query(empty, AppInfo, ['app', 'municipality']),
  'setup:create': command(SetupRequest, AppInfo, TOPICS),
  'setup:loadDemo': command(empty, AppInfo, TOPICS),
  'setup:leaveDemo': command(empty, AppInfo, TOPICS),

  'municipality:get': query(empty, Municipality, ['municipality']),
  'municipality:update': command(MunicipalityUpdate, Municipality, ['municipality', 'app']),

  'wijk:list': query(empty, z.array(Wijk), ['wijk']),
  'wijk:create': command(WijkCreate, Wijk, ['wijk', 'team']),
  'wijk:update': command(WijkUpdate, Wijk, ['wijk', 'team']),
  'buurt:create': command(BuurtCreate, Buurt, ['wijk']),
  'buurt:update': command(BuurtUpdate, Buurt, ['wijk']),
  'buurt:delete': command(ById, z.object({ id: z.number() }), ['wijk']),

  'organisation:list': query(empty, z.array(Organisation), ['organisation']),
  'organisation:create': command(OrganisationCreate, Organisation, ['organisation']),
  'organisation:update': command(OrganisationUpdate, Organisation, ['organisation', 'attendance']),

  'person:list': query(empty, z.array(Person), ['person', 'organisation']),
  'person:create': command(PersonCreate, Person, ['person']),
  'person:update': command(PersonUpdate, PersonUpdateResult, ['person', 'team', 'attendance']),
  'person:setActive': command(PersonSetActive, Person, ['person', 'team', 'attendance']),

  'team:get': query(TeamByWijk, Team, ['team', 'person', 'organisation', 'wijk']),
  'team:updateRoles': command(TeamRolesUpdate, Team, ['team']),
  'team:addMember': command(TeamMemberAdd, Team, ['team', 'attendance']),
  'team:endMember': command(TeamMemberEnd, Team, ['team', 'attendance']),
};
