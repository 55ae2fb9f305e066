/** Dutch dates for documents; dates are stored as YYYY-MM-DD and must not shift with time zones. */
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** "17 november 2026" */
export function longDateNl(iso: string): string {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "17-11-2026" */
export function shortDateNl(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;
}

/** `date` (YYYY-MM-DD) plus whole months; the day is clamped to the target month (31 aug + 6 = 28/29 feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
