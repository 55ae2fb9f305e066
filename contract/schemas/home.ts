import { z } from 'zod';
import { meetingStatus } from './meetings';

/** One wijk on the Start screen: its next (or running) meeting and its open agreements, counted in SQL. */
export const HomeWijk = z.object({
  wijkId: z.number(),
  openActions: z.number(),
  overdueActions: z.number(),
  nextMeeting: z
    .object({ id: z.number(), date: z.string(), startTime: z.string(), place: z.string(), status: meetingStatus })
    .nullable(),
});
export type HomeWijk = z.infer<typeof HomeWijk>;

export const HomeSummary = z.object({ wijken: z.array(HomeWijk) });
export type HomeSummary = z.infer<typeof HomeSummary>;
