/** Privacy of residents: what partners may see of a signal, and how long confidential details are kept. */
import type { SignalSensitivity } from './signal';
import { addMonths } from './dates';

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
export const retentionCutoff = (today: string, months = CONFIDENTIAL_RETENTION_MONTHS): string => addMonths(today, -months);

/** Partner view: a vertrouwelijk signal comes without the fields that can identify a resident. */
export const redactSignal = <T extends { sensitivity: SignalSensitivity; description: string | null; location: string | null; redacted: boolean }>(s: T): T =>
  s.sensitivity === 'vertrouwelijk' ? { ...s, description: null, location: null, redacted: true } : s;
