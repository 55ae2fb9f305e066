import { z } from 'zod';
import { command, query } from '../channel';
import { ById } from '../schemas/masterdata';
import { AttendanceReport, AttendanceReportRequest, AttendanceRow, AttendanceSet, Guest, GuestAdd } from '../schemas/attendance';

export const attendanceChannels = {
  'attendance:set': command(AttendanceSet, AttendanceRow, ['attendance', 'undo']),
  'attendance:addGuest': command(GuestAdd, Guest, ['attendance', 'undo']),
  'attendance:removeGuest': command(ById, z.object({ id: z.number() }), ['attendance', 'undo']),
  'report:attendance': query(AttendanceReportRequest, AttendanceReport, ['attendance', 'meeting', 'team', 'organisation']),
};
