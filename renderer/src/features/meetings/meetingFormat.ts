import type { Meeting, MeetingStatus } from '../../../../contract/schemas/meetings';

// One formatter for all rows: constructing Intl objects per cell is what makes long tables slow.
const shortDay = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "di 24 nov 2026" — compact enough for a table cell, still unambiguous. */
export function formatDayShort(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return shortDay.format(new Date(Date.UTC(y, m - 1, d)));
}

export const timeRange = (m: Pick<Meeting, 'startTime' | 'endTime'>): string => (m.endTime ? `${m.startTime}–${m.endTime}` : m.startTime);

/** Same tones as the meeting screen, so a status looks the same everywhere. */
export const MEETING_STATUS_TONE: Record<MeetingStatus, 'neutral' | 'active' | 'inactive'> = {
  gepland: 'neutral',
  bezig: 'active',
  afgerond: 'inactive',
};
