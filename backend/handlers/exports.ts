import { attendanceDocument, attendanceFileBase, attendanceScope } from '../../domain/documents/attendanceDocument';
import { attendanceDetailSheet, attendanceSheet, overviewWorkbook, type AttendanceDetailRow } from '../../domain/documents/overviewSheets';
import { meetingOutcomes, OUTCOME_LABELS, percentNl } from '../../domain/attendance';
import { attendanceFactDetails } from '../../db/queries/attendance';
import { listOrganisations } from '../../db/queries/organisations';
import { longDateNl } from '../../domain/dates';
import { gemeenteName } from '../../domain/text';
import { getMunicipality } from '../../db/queries/municipality';
import { getTeam } from '../../db/queries/teams';
import { getWijk } from '../../db/queries/wijken';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import { exportDocument } from '../documents/export';
import { exportWorkbook } from '../documents/exportWorkbook';
import { attendanceReport } from './attendance';

/** Who a file comes from: the gemeente. */
export const authorOf = (ctx: BackendContext): string => gemeenteName(getMunicipality(ctx.db)?.name ?? '');

/** Per organisation per meeting, by organisation and date: what the rates are made of. */
function attendanceDetails(ctx: BackendContext, req: { from: string; to: string; teamId?: number; wijkId?: number }): AttendanceDetailRow[] {
  const organisations = new Map(listOrganisations(ctx.db).map((o) => [o.id, o]));
  return meetingOutcomes(attendanceFactDetails(ctx.db, req))
    .map(({ fact, outcome }) => {
      const o = organisations.get(fact.organisationId);
      return {
        organisationName: o?.name ?? '',
        attendanceRequired: o?.attendanceRequired ?? false,
        date: fact.date,
        wijkName: fact.wijkName,
        outcome: OUTCOME_LABELS[outcome],
        attended: outcome === 'attended',
      };
    })
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl') || a.date.localeCompare(b.date));
}

function wijkNameOf(ctx: BackendContext, req: { wijkId?: number; teamId?: number }): string | null {
  if (req.wijkId) return getWijk(ctx.db, req.wijkId)?.name ?? null;
  if (req.teamId) return getTeam(ctx.db, req.teamId)?.wijkName ?? null;
  return null;
}

export const exportHandlers: HandlerMap<'report:attendanceExport'> = {
  /** Aanwezigheid as shown (same period and wijk): XLSX for the numbers, PDF for the conversation. */
  'report:attendanceExport': async (ctx, { format, ...req }) => {
    const report = attendanceReport(ctx, req);
    const wijkName = wijkNameOf(ctx, req);
    const author = authorOf(ctx);
    const createdAt = ctx.now().toISOString();
    const base = attendanceFileBase(report.from, report.to, wijkName);
    const details = attendanceDetails(ctx, req);
    if (format === 'pdf') {
      return exportDocument(ctx, attendanceDocument({ ...report, wijkName, details, municipalityName: author, createdAt }), 'pdf', base);
    }
    const workbook = overviewWorkbook({
      title: `Aanwezigheid partnerorganisaties ${longDateNl(report.from)} t/m ${longDateNl(report.to)}`,
      author,
      createdAt,
      sheet: attendanceSheet(report.rows),
      more: [attendanceDetailSheet(details)],
      about: [
        { label: 'Periode', value: `${longDateNl(report.from)} t/m ${longDateNl(report.to)}` },
        { label: 'Wijk', value: attendanceScope(wijkName) },
        { label: 'Gehouden overleggen', value: String(report.meetingCount) },
        { label: 'Norm', value: `${percentNl(report.threshold)} voor organisaties met aanwezigheidsplicht. ${report.thresholdLabel}` },
      ],
    });
    return exportWorkbook(ctx, workbook, base);
  },
};
