/**
 * Calendar rules shared by contract, back end and renderer. Dates are local ISO dates
 * (YYYY-MM-DD) and times HH:MM in the gemeente's own time zone; no I/O here.
 */

/**
 * The years a date in this app can sensibly fall in. Outside them a typo is far more likely than
 * a real meeting or deadline, and two-digit years would be read by JavaScript as 19xx.
 */
export const SANE_YEARS = { from: 2000, to: 2099 } as const;

export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

export const isSaneYear = (isoDate: string): boolean => {
  const year = yearOf(isoDate);
  return Number.isInteger(year) && year >= SANE_YEARS.from && year <= SANE_YEARS.to;
};

export const saneYearMessage = (label: string): string => `${label} moet tussen ${SANE_YEARS.from} en ${SANE_YEARS.to} liggen; controleer het jaartal.`;

/** Milliseconds of a local date and time read as if it were UTC (calendar arithmetic only). Years < 100 stay themselves. */
export function wallClock(date: string, time = '00:00'): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const t = new Date(Date.UTC(2000, mo - 1, d, h, mi));
  t.setUTCFullYear(y);
  return t.getTime();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local date and time that many minutes after a local date and time (crosses midnight, month and year ends). */
export function addMinutes(date: string, time: string, minutes: number): { date: string; time: string } {
  const t = new Date(wallClock(date, time) + minutes * 60_000);
  return { date: `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`, time: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}` };
}

/** Whole minutes from one HH:MM to a later one on the same day (negative when it is earlier). */
export const minutesBetween = (from: string, to: string): number => (wallClock('2000-01-01', to) - wallClock('2000-01-01', from)) / 60_000;

const LONG_DATE_NL = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "donderdag 10 december 2026". */
export const longDateNl = (date: string): string => LONG_DATE_NL.format(new Date(wallClock(date, '12:00')));

// Building an Intl formatter costs more than a whole meeting query: one per time zone, made once.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a time zone as YYYY-MM-DD (meetings and deadlines are local dates). */
export function localDate(instant: Date, timeZone = 'Europe/Amsterdam'): string {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('sv-SE', { timeZone })));
  return format.format(instant);
}
