import { ACTION_HORIZONS, ACTION_STATUSES, type Action } from '../../../../contract/schemas/actions';
import { StatusBadge } from '../../ui/Alert';
import { formatDate } from '../../ui/format';

const horizonTone = { nu: 'active', ooit: 'warning', nooit: 'inactive' } as const;

/** Wat, wie, wanneer and why of one agreement, with overdue marked in words as well as colour. */
export function ActionSummary({ action }: { action: Action }) {
  return (
    <>
      <div className="wo-card__title">
        <strong>{action.what}</strong>
        <span className="wo-badges">
          <StatusBadge tone={horizonTone[action.horizon]}>{ACTION_HORIZONS[action.horizon]}</StatusBadge>
          <StatusBadge tone={action.status === 'gereed' ? 'safe' : action.status === 'vervallen' ? 'inactive' : 'neutral'}>{ACTION_STATUSES[action.status]}</StatusBadge>
          {action.overdue ? (
            <StatusBadge tone="danger">
              <span aria-hidden="true">⚠ </span>Verlopen
            </StatusBadge>
          ) : null}
        </span>
      </div>
      <p className="wo-card__meta">
        <span>Wie: {action.ownerOrganisationName}{action.ownerPersonName ? ` (${action.ownerPersonName})` : ''}</span>
        {action.horizon === 'ooit' ? (
          <span>Antwoord uiterlijk: {formatDate(action.decisionDue)}</span>
        ) : action.deadline ? (
          <span className={action.overdue ? 'wo-overdue' : undefined}>Wanneer: {formatDate(action.deadline)}</span>
        ) : null}
        <span>
          Waarom: {action.signalTitle ? `signaal “${action.signalTitle}”` : action.agendaItemTitle ? `agendapunt “${action.agendaItemTitle}”` : '—'}
          {action.whyText ? ` — ${action.whyText}` : ''}
        </span>
      </p>
      {action.how ? <p className="wo-card__text">Hoe: {action.how}</p> : null}
      {action.horizon === 'ooit' && action.preconditions ? <p className="wo-card__text">Randvoorwaarden: {action.preconditions}</p> : null}
      {action.horizon === 'nooit' && action.motivation ? <p className="wo-card__text">Motivering: {action.motivation}</p> : null}
    </>
  );
}
