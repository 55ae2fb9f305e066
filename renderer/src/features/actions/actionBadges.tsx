import { ACTION_HORIZONS, ACTION_STATUSES, type ActionHorizon, type ActionStatus } from '../../../../contract/schemas/actions';
import { StatusBadge } from '../../ui/Alert';

// The same tones as on the meeting screen, so an agreement looks the same everywhere.
const horizonTone = { nu: 'active', ooit: 'warning', nooit: 'inactive' } as const;
const statusTone = { open: 'neutral', in_uitvoering: 'neutral', gereed: 'safe', vervallen: 'inactive' } as const;

export const HorizonBadge = ({ horizon }: { horizon: ActionHorizon }) => <StatusBadge tone={horizonTone[horizon]}>{ACTION_HORIZONS[horizon]}</StatusBadge>;

/**
 * The status as a badge. A Nooit agreement is settled the moment it is made (it never comes back),
 * so "Open" would mislead: it says that it will not happen.
 */
const settledNooit = (status: ActionStatus, horizon?: ActionHorizon) => horizon === 'nooit' && (status === 'open' || status === 'in_uitvoering');

/** The status as a user reads it (also what the overview's search matches). */
export const actionStatusLabel = (status: ActionStatus, horizon?: ActionHorizon): string => (settledNooit(status, horizon) ? 'Gaat niet door' : ACTION_STATUSES[status]);

export const ActionStatusBadge = ({ status, horizon }: { status: ActionStatus; horizon?: ActionHorizon }) => (
  <StatusBadge tone={settledNooit(status, horizon) ? 'inactive' : statusTone[status]}>{actionStatusLabel(status, horizon)}</StatusBadge>
);

/** Overdue is said in words and with a symbol, never by colour alone. */
export const OverdueBadge = () => (
  <StatusBadge tone="danger" title="De deadline of afhandeltermijn is verstreken">
    <span aria-hidden="true">⚠ </span>Verlopen
  </StatusBadge>
);
