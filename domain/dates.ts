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
