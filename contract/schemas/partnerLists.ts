import { z } from 'zod';
import { id, isoDate } from '../fields';

/**
 * "Actielijsten maken": every organisation with open actions in a team gets its own list (PDF)
 * and a mail draft (.eml), written to a folder the user picks. From a held meeting (its date) or
 * from Alle acties for a team on any date.
 */
const source = {
  /** After a meeting: that meeting's team, on its date. */
  meetingId: id.optional(),
  /** From the actions overview: a team, on a date (default today). */
  teamId: id.optional(),
  asOf: isoDate('Datum').optional(),
};
const needsSource = (v: { meetingId?: number; teamId?: number }, ctx: z.RefinementCtx) => {
  if (!v.meetingId && !v.teamId) ctx.addIssue({ code: 'custom', message: 'Kies een overleg of een team.', path: ['teamId'] });
};

export const PartnerListPlanRequest = z.object(source).strict().superRefine(needsSource);
export type PartnerListPlanRequest = z.output<typeof PartnerListPlanRequest>;

export const PartnerListPlanOrganisation = z.object({
  organisationId: z.number(),
  organisationName: z.string(),
  /** Open actions in this team on the date (its list holds those of every team). */
  openActions: z.number(),
  /** From a meeting: nobody of the organisation was there (afgemeld, afwezig, or not registered). */
  absent: z.boolean(),
  /** Members of the team with an e-mail address the draft goes to. */
  recipients: z.number(),
});
export type PartnerListPlanOrganisation = z.infer<typeof PartnerListPlanOrganisation>;

export const PartnerListPlan = z.object({
  teamId: z.number(),
  teamName: z.string(),
  wijkName: z.string(),
  asOf: z.string(),
  meetingId: z.number().nullable(),
  meetingDate: z.string().nullable(),
  organisations: z.array(PartnerListPlanOrganisation),
  /** The verslag that goes with the mails (vastgesteld), if there is one. */
  verslagTitle: z.string().nullable(),
  /** Whether this app can show a folder in the file manager (not in the dev web host). */
  canOpenFolder: z.boolean(),
});
export type PartnerListPlan = z.infer<typeof PartnerListPlan>;

export const PartnerListMakeRequest = z
  .object({ ...source, organisationId: id, folderId: z.string({ error: 'Kies eerst een map.' }).uuid({ error: 'Kies eerst een map.' }) })
  .strict()
  .superRefine(needsSource);

export const PartnerListMade = z.object({
  organisationId: z.number(),
  organisationName: z.string(),
  counts: z.object({ open: z.number(), overdue: z.number(), finished: z.number(), signals: z.number() }),
  /** File names as written in the folder. */
  files: z.array(z.string()),
  /** E-mail addresses the draft is addressed to (empty: the user fills them in). */
  recipients: z.array(z.string()),
});
export type PartnerListMade = z.infer<typeof PartnerListMade>;

export const FolderChooseRequest = z.object({ purpose: z.enum(['partnerLists'], { error: 'Onbekend doel.' }) }).strict();
/** Null when the user cancelled the dialog. */
export const ChosenFolder = z.object({ folderId: z.string(), path: z.string() }).nullable();
export const FolderRef = z.object({ folderId: z.string().uuid({ error: 'Onbekende map.' }) }).strict();
export const FolderOpened = z.object({ opened: z.boolean() });
