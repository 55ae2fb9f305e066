import { useMemo, useState } from 'react';
import { ACTION_STATUSES, type ActionHorizon, type ActionInMeeting, type ActionStatus } from '../../../../contract/schemas/actions';
import { groupActionsByOrganisation, type ActionGroup } from '../../../../domain/action';
import { call } from '../../api/client';
import { StatusBadge } from '../../ui/Alert';
import { formatDate } from '../../ui/format';
import { ActionSummary } from './ActionSummary';
import { FollowUpForm } from './FollowUpForm';
import { useMeeting } from './MeetingContext';

/** Up to this many carried actions are all shown at once; a longer list opens per organisation. */
export const ALL_OPEN_UP_TO = 24;

/**
 * The action list of earlier meetings: every open agreement comes back until it is closed, and
 * the chair sees how many are still to be discussed. Grouped per organisation, the ones with
 * overdue actions first; a long list (ten years of a busy team) shows its groups closed and
 * renders an organisation's actions only when it is opened, so the screen stays quick.
 */
export function CarriedActions({ horizon }: { horizon?: ActionHorizon }) {
  const { detail } = useMeeting();
  const actions = useMemo(() => detail.carriedActions.filter((a) => !horizon || a.horizon === horizon), [detail.carriedActions, horizon]);
  const groups = useMemo(() => groupActionsByOrganisation(actions.map((a) => ({ ...a, discussed: a.followUpHere !== null }))), [actions]);
  const discussed = actions.filter((a) => a.followUpHere).length;
  const overdue = actions.filter((a) => a.overdue).length;
  const compact = actions.length > ALL_OPEN_UP_TO;
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
      {compact ? (
        <>
          <p className="wo-hint">Per organisatie; open een organisatie om haar acties te bespreken. Organisaties met verlopen acties staan bovenaan.</p>
          {groups.map((g) => (
            <OrganisationGroup key={g.organisationId} group={g} horizon={horizon} />
          ))}
        </>
      ) : (
        <ul className="wo-cards">
          {groups.flatMap((g) => g.actions).map((a) => (
            <CarriedAction key={a.id} action={a} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One organisation's carried actions: a header with its counts; the actions only once opened. */
function OrganisationGroup({ group, horizon }: { group: ActionGroup<ActionInMeeting>; horizon: ActionHorizon | undefined }) {
  const [open, setOpen] = useState(false);
  const listId = `acties-${horizon ?? 'alle'}-${group.organisationId}`;
  return (
    <div className="wo-group">
      <h4 className="wo-group__head">
        <button type="button" className="wo-group__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {group.organisationName}
          <span className="wo-group__count">
            {' '}
            {group.actions.length} {group.actions.length === 1 ? 'actie' : 'acties'} · {group.discussed} besproken
          </span>
          {group.overdue > 0 ? (
            <>
              {' '}
              <StatusBadge tone="danger">{group.overdue} verlopen</StatusBadge>
            </>
          ) : null}
        </button>
      </h4>
      {open ? (
        <ul className="wo-cards" id={listId}>
          {group.actions.map((a) => (
            <CarriedAction key={a.id} action={a} />
          ))}
        </ul>
      ) : null}
    </div>
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
