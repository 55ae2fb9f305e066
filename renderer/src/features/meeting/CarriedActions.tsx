import { ACTION_STATUSES, type ActionHorizon, type ActionInMeeting, type ActionStatus } from '../../../../contract/schemas/actions';
import { call } from '../../api/client';
import { StatusBadge } from '../../ui/Alert';
import { formatDate } from '../../ui/format';
import { ActionSummary } from './ActionSummary';
import { FollowUpForm } from './FollowUpForm';
import { useMeeting } from './MeetingContext';

/**
 * The action list of earlier meetings: every open agreement comes back until it is closed, and
 * the chair sees how many are still to be discussed.
 */
export function CarriedActions({ horizon }: { horizon?: ActionHorizon }) {
  const { detail } = useMeeting();
  const actions = detail.carriedActions.filter((a) => !horizon || a.horizon === horizon);
  const discussed = actions.filter((a) => a.followUpHere).length;
  const overdue = actions.filter((a) => a.overdue).length;
  const title = horizon === 'ooit' ? 'Afspraken voor later (Ooit): wanneer komt het antwoord?' : 'Actielijst: openstaande acties uit eerdere overleggen';
  return (
    <section className="wo-panel" aria-labelledby={`lopende-acties-${horizon ?? 'alle'}`}>
      <div className="wo-panel__head">
        <h3 className="utrecht-heading-3" id={`lopende-acties-${horizon ?? 'alle'}`}>
          {title}
        </h3>
        <p className="wo-panel__count">
          {discussed} van {actions.length} besproken{overdue ? ` · ${overdue} verlopen` : ''}
        </p>
      </div>
      {actions.length === 0 ? <p className="wo-hint">Geen openstaande acties.</p> : null}
      <ul className="wo-cards">
        {actions.map((a) => (
          <CarriedAction key={a.id} action={a} />
        ))}
      </ul>
    </section>
  );
}

function CarriedAction({ action }: { action: ActionInMeeting }) {
  const { meetingId, readOnly } = useMeeting();
  const here = action.followUpHere;
  const before = action.followUps.filter((f) => f.id !== here?.id);
  const last = before[before.length - 1];
  return (
    <li className={['wo-card', 'wo-action', action.overdue ? 'wo-action--overdue' : '', here ? 'wo-card--done' : ''].join(' ')}>
      <ActionSummary action={action} />
      <p className="wo-card__meta">Afgesproken in het overleg van {formatDate(action.meetingDate)}{last ? ` · vorige voortgang (${formatDate(last.meetingDate)}): ${last.note ?? 'status gewijzigd'}` : ''}</p>
      {here ? (
        <p className="wo-discussed">
          <StatusBadge tone="safe">Besproken</StatusBadge> {here.note ?? ''}
          {here.statusAfter ? ` — status: ${ACTION_STATUSES[here.statusAfter]}` : ''}
        </p>
      ) : (
        <p className="wo-discussed">
          <StatusBadge tone="warning">Nog niet besproken</StatusBadge>
        </p>
      )}
      {!readOnly ? (
        <FollowUpForm<ActionStatus>
          label={`Voortgang van actie ${action.what}`}
          statuses={ACTION_STATUSES}
          current={action.status}
          save={({ note, status }) => call('action:followUp', { actionId: action.id, meetingId, note, status })}
        />
      ) : null}
    </li>
  );
}
