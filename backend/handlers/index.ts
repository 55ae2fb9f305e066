import type { Channel } from '../../contract';
import type { HandlerMap } from '../handler';
import { appHandlers } from './app';
import { wijkHandlers } from './wijken';
import { organisationHandlers } from './organisations';
import { peopleHandlers } from './people';
import { teamHandlers } from './teams';
import { meetingHandlers } from './meetings';
import { agendaHandlers } from './agenda';
import { attendanceHandlers } from './attendance';
import { signalHandlers } from './signals';
import { actionHandlers } from './actions';
import { decisionHandlers } from './decisions';
import { undoHandlers } from './undo';
import { verslagHandlers } from './verslag';
import { privacyHandlers } from './privacy';
import { backupHandlers } from './backup';
import { partnerListHandlers } from './partnerLists';
import { partnerListFileHandlers } from './partnerListFiles';
import { exportHandlers } from './exports';
import { overviewExportHandlers } from './overviewExports';
import { wijkagendaHandlers } from './wijkagenda';
import { homeHandlers } from './home';

/** Every channel of the contract has exactly one handler; the type makes a missing one a compile error. */
export const handlers: HandlerMap<Channel> = {
  ...appHandlers,
  ...wijkHandlers,
  ...organisationHandlers,
  ...peopleHandlers,
  ...teamHandlers,
  ...meetingHandlers,
  ...agendaHandlers,
  ...attendanceHandlers,
  ...signalHandlers,
  ...actionHandlers,
  ...decisionHandlers,
  ...undoHandlers,
  ...verslagHandlers,
  ...privacyHandlers,
  ...backupHandlers,
  ...partnerListHandlers,
  ...partnerListFileHandlers,
  ...exportHandlers,
  ...overviewExportHandlers,
  ...wijkagendaHandlers,
  ...homeHandlers,
};
