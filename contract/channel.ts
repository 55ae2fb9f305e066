import type { z } from 'zod';

/**
 * The kinds of data a channel reads or a command changes. A command lists what it changes; every
 * query lists what it reads; the renderer refreshes exactly the queries whose data changed.
 */
export const TOPICS = [
  'app',
  'municipality',
  'wijk',
  'organisation',
  'person',
  'team',
  'template',
  'meeting',
  'agenda',
  'attendance',
  'signal',
  'action',
  'decision',
  'wijkagenda',
  'undo',
  // The audit trail (every command adds to it) and the user profile it names.
  'audit',
  'profile',
  'backup',
  /** The record of partner action lists made ("finished since the previous list"). */
  'partnerList',
  /** The verslag of a meeting: its versions and the notulist's texts. */
  'verslag',
  /**
   * Which agenda item is current, and the timers that moves. Its commands answer with the whole
   * new agenda state (MeetingAgenda), which the vergadermodus applies to its meeting read itself:
   * changing item never reloads the meeting. Other screens that show timers read it.
   */
  'agendaCurrent',
  /** Folders the user chose in this session to receive files (kept by the host, not in the database). */
  'exportFolder',
] as const;
export type Topic = (typeof TOPICS)[number];

/** A query reads and never writes; the dispatcher runs it without a write transaction. */
export interface QueryDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  kind: 'query';
  request: Req;
  response: Res;
  /** The data its response is built from. */
  reads: readonly Topic[];
  /**
   * Answered asynchronously: the work (making a document) runs off the thread that answers the
   * UI. Hosts call these through `invoke`; the response comes when the work is done. The handler
   * reads the database before its first await (that part runs read-only like any query).
   */
  async?: true;
}

/** A command changes data and says which. */
export interface CommandDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  kind: 'command';
  request: Req;
  response: Res;
  /** The data it may change: queries reading any of these are stale afterwards. */
  changes: readonly Topic[];
}

/** One IPC channel: the request the back end accepts and the response it promises. */
export type ChannelDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> = QueryDef<Req, Res> | CommandDef<Req, Res>;

export const query = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res, reads: readonly Topic[]): QueryDef<Req, Res> => ({
  kind: 'query',
  request,
  response,
  reads,
});

export const command = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res, changes: readonly Topic[]): CommandDef<Req, Res> => ({
  kind: 'command',
  request,
  response,
  changes,
});

/** Does `def` read data that a command changing `changed` touched? */
export const isStaleAfter = (def: ChannelDef, changed: readonly Topic[]): boolean =>
  def.kind === 'query' && def.reads.some((t) => changed.includes(t));

/** A query whose handler returns a promise: a document export (see QueryDef.async). */
export const asyncQuery = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res, reads: readonly Topic[]): QueryDef<Req, Res> & { async: true } => ({
  kind: 'query',
  request,
  response,
  reads,
  async: true,
});

/**
 * A command whose handler returns a promise: it makes files (the partner action lists) or waits
 * for the user (a folder dialog). Reached through `invoke` like an asynchronous query.
 */
export const asyncCommand = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res, changes: readonly Topic[]): CommandDef<Req, Res> & { async: true } => ({
  kind: 'command',
  request,
  response,
  changes,
  async: true,
});
