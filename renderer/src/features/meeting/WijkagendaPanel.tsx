import { ACTION_STATUSES, type ActionStatus } from '../../../../contract/schemas/actions';
import type { AgreementInMeeting } from '../../../../contract/schemas/wijkagenda';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { formatDate } from '../../ui/format';
import { ActionStatusBadge, HorizonBadge, OverdueBadge } from '../actions/actionBadges';
import { Origin } from '../wijkagenda/WijkagendaScreen';
import { FollowUpForm } from './FollowUpForm';
import { useMeeting } from './MeetingContext';

/**
 * Agenda item "Wijkagenda": the wijk's agreements of this year, overdue first, so the chair walks
 * through them. Progress is the same follow-up as for actions (an action's agreement is followed
 * up as that action).
 */
export function WijkagendaPanel() {
  const { meetingId, detail } = useMeeting();
  const agenda = useQuery('wijkagendaInMeeting:get', { meetingId });
  const data = agenda.data;
  if (agenda.error) return <Alert type="error">{agenda.error}</Alert>;
  if (!data) return <p className="wo-loading">Wijkagenda wordt geladen…</p>;
  const discussed = data.agreements.filter((a) => a.followUpHere).length;
  const overdue = data.agreements.filter((a) => a.overdue).length;
  return (
    <section className="wo-panel" aria-labelledby="wijkagenda-in-overleg">
      <div className="wo-panel__head">
        <h3 className="utrecht-heading-3" id="wijkagenda-in-overleg">
          Wijkagenda {data.wijkName} {data.year}: voortgang van de afspraken
        </h3>
        <p className="wo-panel__count">
          {discussed} van {data.agreements.length} besproken{overdue ? ` · ${overdue} verlopen` : ''}
        </p>
      </div>
      <p className="wo-panel-links">
        <a className="utrecht-link" href={href(`/wijkagenda/${detail.meeting.wijkId}/${data.year}`)}>
          Wijkagenda {data.wijkName} {data.year} openen
        </a>
      </p>
      {data.agreements.length === 0 ? <p className="wo-hint">Er staan nog geen afspraken op de wijkagenda van {data.year}.</p> : null}
      <ul className="wo-cards">
        {data.agreements.map((a) => (
          <AgreementCard key={a.id} agreement={a} />
        ))}
      </ul>
    </section>
  );
}

function AgreementCard({ agreement: a }: { agreement: AgreementInMeeting }) {
  const { meetingId, readOnly } = useMeeting();
  const here = a.followUpHere;
  const before = a.followUps.filter((f) => f.id !== here?.id);
  const last = before[before.length - 1];
  return (
    <li className={['wo-card', 'wo-action', a.overdue ? 'wo-action--overdue' : '', here ? 'wo-card--done' : ''].join(' ')}>
      <div className="wo-card__title">
        <strong>{a.what}</strong>
        <span className="wo-badges">
          <HorizonBadge horizon={a.horizon} />
          <ActionStatusBadge status={a.status} horizon={a.horizon} />
          {a.overdue ? <OverdueBadge /> : null}
        </span>
      </div>
      <p className="wo-card__meta">
        <span>Thema: {a.themeTitle}</span>
        <span>
          Wie: {a.ownerOrganisationName}
          {a.ownerPersonName ? ` (${a.ownerPersonName})` : ''}
        </span>
        {a.dueDate ? <span className={a.overdue ? 'wo-overdue' : undefined}>{a.horizon === 'ooit' ? 'Antwoord uiterlijk' : 'Wanneer'}: {formatDate(a.dueDate)}</span> : null}
        <span>
          <Origin agreement={a} />
        </span>
      </p>
      {last ? (
        <p className="wo-card__meta">
          Vorige voortgang ({formatDate(last.meetingDate)}): {last.note ?? (a.confidential ? 'details bij de wijkmanager' : 'status gewijzigd')}
        </p>
      ) : null}
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
          label={`Voortgang van wijkagenda-afspraak ${a.what}`}
          statuses={ACTION_STATUSES}
          current={a.status}
          save={({ note, status }) => call('wijkagenda:followUp', { agreementId: a.id, meetingId, note, status })}
        />
      ) : null}
    </li>
  );
}
