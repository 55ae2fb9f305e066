import { z } from 'zod';
import { asyncQuery, command, query } from '../channel';
import { DocumentFile } from '../schemas/documents';
import { ById } from '../schemas/masterdata';
import { AttendanceExportRequest, AttendanceReport, AttendanceReportRequest, AttendanceRow, AttendanceSet, Guest, GuestAdd } from '../schemas/attendance';

export const attendanceChannels = {
  'attendance:set': command(AttendanceSet, AttendanceRow, ['attendance', 'undo']),
  'attendance:addGuest': command(GuestAdd, Guest, ['attendance', 'undo']),
  'attendance:removeGuest': command(ById, z.object({ id: z.number() }), ['attendance', 'undo']),
  'report:attendance': query(AttendanceReportRequest, AttendanceReport, ['attendance', 'meeting', 'team', 'organisation']),
  /** The same report as XLSX or PDF, with the detail per meeting. */
  'report:attendanceExport': asyncQuery(AttendanceExportRequest, DocumentFile, ['attendance', 'meeting', 'team', 'organisation', 'wijk', 'municipality']),
};
