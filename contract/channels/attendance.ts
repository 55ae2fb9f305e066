import { z } from 'zod';
import { channel } from '../channel';
import { ById } from '../schemas/masterdata';
import { AttendanceReport, AttendanceReportRequest, AttendanceRow, AttendanceSet, Guest, GuestAdd } from '../schemas/attendance';

export const attendanceChannels = {
  'attendance:set': channel(AttendanceSet, AttendanceRow),
  'attendance:addGuest': channel(GuestAdd, Guest),
  'attendance:removeGuest': channel(ById, z.object({ id: z.number() })),
  'report:attendance': channel(AttendanceReportRequest, AttendanceReport),
};
