import { z } from 'zod';
import type { VerslagContent as VerslagContentType, VerslagVersionInfo as VerslagVersionInfoType } from '../../domain/verslag/content';
import { VERSLAG_REASON_REQUIRED } from '../../domain/verslag/content';
import { id, isoDate, optionalId, requiredText } from '../fields';
import { agendaItemKind } from './meetings';
import { attendanceStatus } from './attendance';
import { documentFormat } from './documents';

const VerslagSignal = z.object({
  confidential: z.boolean(),
  title: z.string().nullable(),
  theme: z.string(),
  buurt: z.string().nullable(),
  status: z.string(),
  problemOwner: z.string().nullable(),
  broughtBy: z.string().nullable(),
  description: z.string().nullable(),
  routedTo: z.string().nullable(),
  outcome: z.string().nullable(),
  followUpNote: z.string().nullable(),
  statusChange: z.string().nullable(),
});

const VerslagAction = z.object({
  what: z.string(),
  owner: z.string(),
  horizon: z.string(),
  requirement: z.string(),
  due: z.string().nullable(),
  status: z.string(),
  isOpen: z.boolean(),
  overdue: z.boolean(),
  why: z.string().nullable(),
  how: z.string().nullable(),
  agreedOn: z.string(),
  followUpNote: z.string().nullable(),
  statusChange: z.string().nullable(),
});

export const VerslagContent = z.object({
  municipality: z.string(),
  team: z.string(),
  wijk: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string().nullable(),
  place: z.string(),
  chair: z.string().nullable(),
  secretary: z.string().nullable(),
  attendance: z.array(
    z.object({
      organisation: z.string(),
      members: z.array(z.object({ name: z.string(), role: z.string(), status: attendanceStatus.nullable(), substitute: z.string().nullable(), chair: z.boolean(), secretary: z.boolean() })),
    }),
  ),
  guests: z.array(z.object({ name: z.string(), organisation: z.string().nullable(), role: z.string().nullable() })),
  items: z.array(
    z.object({
      agendaItemId: z.number(),
      number: z.number(),
      title: z.string(),
      kind: agendaItemKind,
      summary: z.string().nullable(),
      decisions: z.array(z.string()),
      signalsNew: z.array(VerslagSignal),
      signalsFollowed: z.array(VerslagSignal),
      actionsNew: z.array(VerslagAction),
      actionsUpdated: z.array(VerslagAction),
    }),
  ),
  openActions: z.array(VerslagAction),
}) satisfies z.ZodType<VerslagContentType>;

export const VerslagVersionInfo = z.object({
  version: z.number(),
  status: z.enum(['concept', 'vastgesteld']),
  reason: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  vastgesteldOn: z.string().nullable(),
  vastgesteldAt: z.string().nullable(),
  vastgesteldBy: z.string().nullable(),
  vastgesteldInMeetingId: z.number().nullable(),
  vastgesteldInMeetingDate: z.string().nullable(),
}) satisfies z.ZodType<VerslagVersionInfoType>;

/** A version in the list: with what changed compared to the version before it. */
export const VerslagVersionListed = VerslagVersionInfo.extend({ changes: z.array(z.string()) });

/** Everything the verslag screen shows for one meeting (and the vergadermodus for the previous one). */
export const VerslagView = z.object({
  meetingId: z.number(),
  meetingStatus: z.enum(['gepland', 'bezig', 'afgerond']),
  teamId: z.number(),
  /** Null while there is no verslag yet (verslag:create starts one). */
  versions: z.array(VerslagVersionListed),
  /** The version shown: the asked one, else the latest. */
  selected: VerslagVersionInfo.nullable(),
  /** What the selected version says: frozen when vastgesteld, live from the meeting when concept. */
  content: VerslagContent,
  /** The notulist's own text per agenda item of the selected version (for the editor). */
  summaries: z.array(z.object({ agendaItemId: z.number(), text: z.string() })),
  /** The notes taken per agenda item during the meeting: where the summaries start from. */
  notes: z.array(z.object({ agendaItemId: z.number(), notes: z.string().nullable() })),
  /** The selected version can be edited (concept, the latest). */
  editable: z.boolean(),
  /** When the document is made: the response's moment, so the preview matches the export. */
  createdAt: z.string(),
});
export type VerslagView = z.infer<typeof VerslagView>;

// ---- requests -------------------------------------------------------------------------------

export const VerslagGet = z.object({ meetingId: id, version: z.number().int().positive().optional() }).strict();
export const VerslagCreate = z.object({ meetingId: id }).strict();
export const VerslagSaveSummary = z
  .object({
    meetingId: id,
    agendaItemId: id,
    text: z
      .string({ error: 'De tekst moet tekst zijn.' })
      .max(20000, { error: 'De tekst bij een agendapunt mag hoogstens 20000 tekens lang zijn.' })
      .transform((v) => (v.trim() === '' ? null : v))
      .nullable(),
  })
  .strict();
export const VerslagSummarySaved = z.object({ agendaItemId: z.number(), text: z.string().nullable() });

/**
 * Vaststellen: in a later meeting of the team (the chair, under "Verslag en actielijst vorig
 * overleg"), or by the notulist with the date it was agreed (for example by e-mail).
 */
export const VerslagEstablish = z
  .object({
    meetingId: id,
    inMeetingId: optionalId,
    date: isoDate('Datum van vaststelling').nullable().optional().transform((v) => v ?? null),
    byPersonId: optionalId,
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.inMeetingId === null) === (v.date === null)) {
      ctx.addIssue({ code: 'custom', message: 'Stel het verslag vast in een overleg, of geef de datum waarop het is vastgesteld.', path: ['date'] });
    }
  });

export const VerslagCorrect = z
  .object({ meetingId: id, reason: requiredText('Reden van de correctie', 500).refine((v) => v.length >= 3, { error: VERSLAG_REASON_REQUIRED }), byPersonId: optionalId })
  .strict();

export const VerslagExport = z.object({ meetingId: id, version: z.number({ error: 'Kies een versie.' }).int().positive(), format: documentFormat }).strict();
