// First: sets zod's messages to Dutch before any schema is used.
import './locale';
import type { z } from 'zod';
import type { Result } from './errors';
import { masterdataChannels } from './channels/masterdata';
import { meetingChannels } from './channels/meetings';
import { attendanceChannels } from './channels/attendance';
import { signalChannels } from './channels/signals';
import { actionChannels } from './channels/actions';
import { verslagChannels } from './channels/verslag';
import { privacyChannels } from './channels/privacy';
import { backupChannels } from './channels/backup';
import { partnerListChannels } from './channels/partnerLists';
import { wijkagendaChannels } from './channels/wijkagenda';
import { homeChannels } from './channels/home';
import { overviewChannels } from './channels/overviews';

/**
 * The single source of truth between renderer and back end: every channel, its request schema
 * (validated at the boundary) and its response schema. Add a domain by adding its map here.
 */
export const channels = {
  ...masterdataChannels,
  ...meetingChannels,
  ...attendanceChannels,
  ...signalChannels,
  ...actionChannels,
  ...verslagChannels,
  ...privacyChannels,
  ...backupChannels,
  ...partnerListChannels,
  ...wijkagendaChannels,
  ...homeChannels,
  ...overviewChannels,
};

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type RequestOf<C extends Channel> = z.input<Channels[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Channels[C]['response']>;
/** Channels answered asynchronously (see ChannelDef.async): hosts reach them through `invoke`. */
export type AsyncChannel = { [K in Channel]: Channels[K] extends { async: true } ? K : never }[Channel];

export const channelNames = Object.keys(channels) as Channel[];
export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(channels, name);
export const isAsyncChannel = (name: Channel): name is AsyncChannel => (channels[name] as { async?: true }).async === true;

/** What the preload (Electron) or the test/dev bridge puts on `window.api`. */
export interface Bridge {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
}

export * from './errors';
