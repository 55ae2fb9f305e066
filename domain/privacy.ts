/** Privacy of residents: what partners may see of a signal, and how long confidential details are kept. */
import type { SignalSensitivity } from './signal';

/** Retention of confidential details: afgehandeld vertrouwelijk signals lose them after this term. */
export const CONFIDENTIAL_RETENTION_MONTHS = 6;
export const CONFIDENTIAL_RETENTION_LABEL =
  `De omschrijving en locatie van vertrouwelijke signalen worden ${CONFIDENTIAL_RETENTION_MONTHS} maanden na afhandeling gewist.`;

export const SIGNAL_VIEWS = {
  intern: 'Intern (volledig)',
  partner: 'Voor partners (zonder vertrouwelijke inhoud)',
} as const;
export type SignalView = keyof typeof SIGNAL_VIEWS;

/**
 * Vertrouwelijk signals that were afgehandeld before the returned date lose their personal details.
 * Month arithmetic clamps to the end of a shorter month (31 Aug − 6 months → 28/29 Feb).
 */
export function retentionCutoff(today: string, months = CONFIDENTIAL_RETENTION_MONTHS): string {
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Partner view: a vertrouwelijk signal comes without the fields that can identify a resident. */
export const redactSignal = <T extends { sensitivity: SignalSensitivity; description: string | null; location: string | null; redacted: boolean }>(s: T): T =>
  s.sensitivity === 'vertrouwelijk' ? { ...s, description: null, location: null, redacted: true } : s;
