import { attendanceDocument, attendanceFileBase, attendanceScope } from '../../domain/documents/attendanceDocument';
import { attendanceSheet, overviewWorkbook } from '../../domain/documents/overviewSheets';
import { longDateNl } from '../../domain/dates';
import { getMunicipality } from '../../db/queries/municipality';
import { getTeam } from '../../db/queries/teams';
import { getWijk } from '../../db/queries/wijken';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import { exportDocument } from '../documents/export';
import { exportWorkbook } from '../documents/exportWorkbook';
import { attendanceReport } from './attendance';

const authorOf = (ctx: BackendContext): string => {
  const name = getMunicipality(ctx.db)?.name ?? '';
  return /^gemeente /i.test(name) ? name : `Gemeente ${name}`.trim();
};

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
    if (format === 'pdf') {
      return exportDocument(ctx, attendanceDocument({ ...report, wijkName, municipalityName: author, createdAt }), 'pdf', base);
    }
    const workbook = overviewWorkbook({
      title: `Aanwezigheid partnerorganisaties ${longDateNl(report.from)} t/m ${longDateNl(report.to)}`,
      author,
      createdAt,
      sheet: attendanceSheet(report.rows),
      about: [
        { label: 'Periode', value: `${longDateNl(report.from)} t/m ${longDateNl(report.to)}` },
        { label: 'Wijk', value: attendanceScope(wijkName) },
        { label: 'Gehouden overleggen', value: String(report.meetingCount) },
        { label: 'Norm', value: `${Math.round(report.threshold * 100)}% voor organisaties met aanwezigheidsplicht. ${report.thresholdLabel}` },
      ],
    });
    return exportWorkbook(ctx, workbook, base);
  },
};
