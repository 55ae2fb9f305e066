import { ACTION_STATUSES, type ActionStatus } from '../../../../contract/schemas/actions';
import type { AgreementInMeeting } from '../../../../contract/schemas/wijkagenda';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { href } from '../../layout/router';
import { Alert } from '../../ui/Alert';
import { formatDate } from '../../ui/format';
import { Origin } from '../wijkagenda/WijkagendaScreen';
import { ActionTitle } from './ActionSummary';
import { FollowUpPanel, type FollowUpKindView } from './FollowUpPanel';
import { useMeeting } from './MeetingContext';
import { CONFIDENTIAL_DETAILS } from '../../../../domain/privacy';

/** A wijkagenda agreement is followed up like an action (an action's agreement is followed up as that action). */
const AGREEMENT: FollowUpKindView<AgreementInMeeting, ActionStatus> = {
  statuses: ACTION_STATUSES,
  formLabel: (a) => `Voortgang van wijkagenda-afspraak ${a.what}`,
  cardClass: (a) => (a.overdue ? 'wo-action wo-action--overdue' : 'wo-action'),
  summary: (a) => <AgreementSummary agreement={a} />,
  silentNote: (a) => (a.confidential ? CONFIDENTIAL_DETAILS : 'status gewijzigd'),
  save: (a, meetingId, { note, status }) => call('wijkagenda:followUp', { agreementId: a.id, meetingId, note, status }),
};

/**
 * Agenda item "Wijkagenda": the wijk's agreements of this year, overdue first, so the chair walks
 * through them. Progress is the same follow-up as for actions.
 */
export function WijkagendaPanel() {
  const { meetingId, detail } = useMeeting();
  const agenda = useQuery('wijkagendaInMeeting:get', { meetingId });
  const data = agenda.data;
  if (agenda.error) return <Alert type="error">{agenda.error}</Alert>;
  if (!data) return <p className="wo-loading">Wijkagenda wordt geladen…</p>;
  return (
    <FollowUpPanel
      id="wijkagenda-in-overleg"
      title={`Wijkagenda ${data.wijkName} ${data.year}: voortgang van de afspraken`}
      items={data.agreements}
      kind={AGREEMENT}
      empty={`Er staan nog geen afspraken op de wijkagenda van ${data.year}.`}
    >
      <p className="wo-panel-links">
        <a className="utrecht-link" href={href(`/wijkagenda/${detail.meeting.wijkId}/${data.year}`)}>
          Wijkagenda {data.wijkName} {data.year} openen
        </a>
      </p>
    </FollowUpPanel>
  );
}

function AgreementSummary({ agreement: a }: { agreement: AgreementInMeeting }) {
  return (
    <>
      <ActionTitle what={a.what} horizon={a.horizon} status={a.status} overdue={a.overdue} />
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
    </>
  );
}
