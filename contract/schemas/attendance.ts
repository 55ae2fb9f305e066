import { z } from 'zod';
import { id, isoDate, labelledEnum, optionalId, optionalText } from '../fields';

import { ATTENDANCE_STATUSES } from '../../domain/attendance';

export { ATTENDANCE_STATUSES, ATTENDANCE_THRESHOLD, ATTENDANCE_THRESHOLD_LABEL, type AttendanceStatus } from '../../domain/attendance';
export const attendanceStatus = labelledEnum(ATTENDANCE_STATUSES, 'Kies aanwezig, afgemeld, afwezig of vervangen.');

/** One team member at one meeting. Organisation and role are a snapshot taken at the meeting. */
export const AttendanceRow = z.object({
  id: z.number(),
  meetingId: z.number(),
  personId: z.number(),
  name: z.string(),
  role: z.string(),
  organisationId: z.number(),
  organisationName: z.string(),
  /** Null: not recorded yet. */
  status: attendanceStatus.nullable(),
  substitutePersonId: z.number().nullable(),
  substituteName: z.string().nullable(),
  substituteOrganisationId: z.number().nullable(),
  substituteOrganisationName: z.string().nullable(),
  isChair: z.boolean(),
  isSecretary: z.boolean(),
});
export type AttendanceRow = z.infer<typeof AttendanceRow>;

export const Guest = z.object({
  id: z.number(),
  meetingId: z.number(),
  personId: z.number().nullable(),
  name: z.string(),
  organisationId: z.number().nullable(),
  organisationName: z.string().nullable(),
  role: z.string().nullable(),
});
export type Guest = z.infer<typeof Guest>;

export const AttendanceReportRow = z.object({
  organisationId: z.number(),
  organisationName: z.string(),
  attendanceRequired: z.boolean(),
  /**
   * Meetings (bezig/afgerond) in the period of teams where the organisation had a member that day.
   * Organisations with an obligation are always listed, if need be with 0.
   */
  expected: z.number(),
  /** Aanwezig or vervangen (a substitute counts for the organisation). */
  attended: z.number(),
  afgemeld: z.number(),
  afwezig: z.number(),
  /**
   * Expected, but not known: no member was there and at least one has nothing recorded
   * ('niet geregistreerd'). Shown apart; it is no shown attendance, so it lowers the rate.
   */
  unrecorded: z.number(),
  /** expected − unrecorded: the meetings whose attendance is known. */
  recorded: z.number(),
  /** attended / expected, 0–1 (an unregistered meeting is no shown attendance); null when nothing was expected. */
  rate: z.number().nullable(),
  /** Only with an obligation and a known rate below the threshold. */
  fallsShort: z.boolean(),
});
export type AttendanceReportRow = z.infer<typeof AttendanceReportRow>;

export const AttendanceReport = z.object({
  from: z.string(),
  to: z.string(),
  meetingCount: z.number(),
  threshold: z.number(),
  thresholdLabel: z.string(),
  rows: z.array(AttendanceReportRow),
});
export type AttendanceReport = z.infer<typeof AttendanceReport>;

// ---- requests -------------------------------------------------------------------------------

export const AttendanceSet = z
  .object({
    meetingId: id,
    personId: id,
    /** Null clears the registration. */
    status: attendanceStatus.nullable(),
    substitutePersonId: optionalId,
    substituteName: optionalText('Naam van de vervanger', 120),
    /** Defaults to the organisation of the substitute person, else of the member. */
    substituteOrganisationId: optionalId,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.status === 'vervangen' && !v.substitutePersonId && !v.substituteName) {
      ctx.addIssue({ code: 'custom', message: 'Kies wie er vervangt, of typ de naam van de vervanger.', path: ['substitutePersonId'] });
    }
  });

export const GuestAdd = z
  .object({
    meetingId: id,
    personId: optionalId,
    name: optionalText('Naam', 120),
    organisationId: optionalId,
    /** Free text for an organisation that is not registered. */
    organisationName: optionalText('Organisatie', 120),
    role: optionalText('Functie', 80),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.personId && !v.name) ctx.addIssue({ code: 'custom', message: 'Vul de naam van de gast in of kies een persoon.', path: ['name'] });
  });

const reportPeriod = { from: isoDate('Vanaf'), to: isoDate('Tot en met'), teamId: id.optional(), wijkId: id.optional() };
const periodInOrder = (v: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (v.from > v.to) ctx.addIssue({ code: 'custom', message: 'De einddatum ligt vóór de begindatum.', path: ['to'] });
};

export const AttendanceReportRequest = z.object(reportPeriod).strict().superRefine(periodInOrder);

/** The same report as a file: XLSX (the numbers, for further use) or PDF (for the conversation with a partner). */
export const AttendanceExportRequest = z
  .object({ ...reportPeriod, format: z.enum(['xlsx', 'pdf'], { error: 'Kies Excel (XLSX) of PDF.' }) })
  .strict()
  .superRefine(periodInOrder);
