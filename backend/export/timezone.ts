import { wallClock } from '../../domain/calendar';
/** Meetings are planned in Dutch local time; calendars get UTC, so summer and winter time must be right. */
export const MEETING_TIME_ZONE = 'Europe/Amsterdam';

const partsFormatter = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatter.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatter.set(timeZone, f);
  }
  return f;
}

/** Offset of the zone from UTC at an instant, in minutes (Amsterdam: +60 in winter, +120 in summer). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/** The instant of a local date and time (YYYY-MM-DD, HH:MM) in a time zone. */
export function zonedTimeToUtc(date: string, time: string, timeZone = MEETING_TIME_ZONE): Date {
  // wallClock keeps years below 100 as they are (Date.UTC would read them as 19xx).
  const wall = wallClock(date, time);
  // The offset at the wall time read as UTC is right except within hours of a switch; one re-check fixes that.
  let instant = wall - offsetMinutes(wall, timeZone) * 60000;
  const corrected = wall - offsetMinutes(instant, timeZone) * 60000;
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}
