import { SIGNAL_STATUSES, type SignalStatus } from '../../../../contract/schemas/signals';
import { StatusBadge } from '../../ui/Alert';

/** A drawn lock: emoji fonts are missing on many office laptops, an SVG always renders. */
export const LockIcon = () => (
  <svg className="wo-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="0.85em" height="0.85em">
    <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h.5A1.5 1.5 0 0 1 14 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 13.5v-5A1.5 1.5 0 0 1 3.5 7H4zm2 0h4V5a2 2 0 1 0-4 0v2z" />
  </svg>
);

/** Vertrouwelijk is said in words and with a lock, never by colour alone. */
export const ConfidentialBadge = () => (
  <StatusBadge tone="danger" title="Bevat persoonsgegevens: niet delen buiten het WCT">
    <LockIcon /> Vertrouwelijk
  </StatusBadge>
);

export const SignalStatusBadge = ({ status }: { status: SignalStatus }) => (
  <StatusBadge tone={status === 'afgehandeld' ? 'safe' : 'neutral'}>{SIGNAL_STATUSES[status]}</StatusBadge>
);
