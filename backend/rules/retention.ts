import { CONFIDENTIAL_RETENTION_MONTHS } from '../../contract/schemas/signals';

/**
 * Vertrouwelijk signals that were afgehandeld before the returned date lose their personal details.
 * Month arithmetic clamps to the end of a shorter month (31 Aug − 6 months → 28/29 Feb).
 */
export function retentionCutoff(today: string, months = CONFIDENTIAL_RETENTION_MONTHS): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

