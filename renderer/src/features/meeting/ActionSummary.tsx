import type { Action, ActionHorizon, ActionStatus } from '../../../../contract/schemas/actions';
import { formatDate } from '../../ui/format';
import { ActionStatusBadge, HorizonBadge, OverdueBadge } from '../actions/actionBadges';

/** What was agreed, with its horizon, status and (in words as well as colour) whether it is overdue. */
export function ActionTitle({ what, horizon, status, overdue }: { what: string; horizon: ActionHorizon; status: ActionStatus; overdue: boolean }) {
  return (
    <div className="wo-card__title">
      <strong>{what}</strong>
      <span className="wo-badges">
        <HorizonBadge horizon={horizon} />
        <ActionStatusBadge status={status} horizon={horizon} />
        {overdue ? <OverdueBadge /> : null}
      </span>
    </div>
  );
}

/** Wat, wie, wanneer and why of one agreement, with overdue marked in words as well as colour. */
export function ActionSummary({ action }: { action: Action }) {
  return (
    <>
      <ActionTitle what={action.what} horizon={action.horizon} status={action.status} overdue={action.overdue} />
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
