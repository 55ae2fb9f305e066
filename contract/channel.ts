import type { z } from 'zod';

/** One IPC channel: the request the back end accepts and the response it promises. */
export interface ChannelDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
  /**
   * Answered asynchronously: the work (making a document) runs off the thread that answers the
   * UI. Hosts call these through `invoke`; the response comes when the work is done.
   */
  async?: true;
}

export const channel = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelDef<Req, Res> => ({
  request,
  response,
});

/** A channel whose handler returns a promise (document exports). */
export const asyncChannel = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelDef<Req, Res> & { async: true } => ({
  request,
  response,
  async: true,
});
