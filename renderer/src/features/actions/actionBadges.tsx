import { ACTION_HORIZONS, actionStatusLabel, isSettledNooit, type ActionHorizon, type ActionStatus } from '../../../../domain/action';
import { StatusBadge } from '../../ui/Alert';

// The same tones as on the meeting screen, so an agreement looks the same everywhere.
const horizonTone = { nu: 'active', ooit: 'warning', nooit: 'inactive' } as const;
const statusTone = { open: 'neutral', in_uitvoering: 'neutral', gereed: 'safe', vervallen: 'inactive' } as const;

export const HorizonBadge = ({ horizon }: { horizon: ActionHorizon }) => <StatusBadge tone={horizonTone[horizon]}>{ACTION_HORIZONS[horizon]}</StatusBadge>;

/** The status as a badge, worded by domain/action.ts (a settled Nooit reads "Gaat niet door"). */
export const ActionStatusBadge = ({ status, horizon }: { status: ActionStatus; horizon?: ActionHorizon }) => (
  <StatusBadge tone={isSettledNooit({ status, horizon }) ? 'inactive' : statusTone[status]}>{actionStatusLabel(status, horizon)}</StatusBadge>
);

/** Overdue is said in words and with a symbol, never by colour alone. */
export const OverdueBadge = () => (
  <StatusBadge tone="danger" title="De deadline of afhandeltermijn is verstreken">
    <span aria-hidden="true">⚠ </span>Verlopen
  </StatusBadge>
);
