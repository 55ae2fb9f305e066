import type { z } from 'zod';

/** One IPC channel: the request the back end accepts and the response it promises. */
export interface ChannelDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}

export const channel = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelDef<Req, Res> => ({
  request,
  response,
});
