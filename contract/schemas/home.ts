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

/** What is set up yet (domain/setup.ts), counted in SQL: the Start screen's set-up steps. */
export const HomeSetup = z.object({
  wijken: z.number(),
  organisations: z.number(),
  people: z.number(),
  teamMembers: z.number(),
  meetings: z.number(),
});

export const HomeSummary = z.object({ wijken: z.array(HomeWijk), setup: HomeSetup });
export type HomeSummary = z.infer<typeof HomeSummary>;
