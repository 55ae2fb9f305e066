import { ACTION_HORIZON_HINTS, type Action } from '../../../../contract/schemas/actions';
import { formatDate } from '../../ui/format';
import { RecordDetail } from '../records/RecordDetail';
import { Fact } from './Fact';
import { ActionStatusBadge, HorizonBadge, OverdueBadge } from './actionBadges';

export function ActionDetail({ action: a, onClose }: { action: Action; onClose: () => void }) {
  return (
    <RecordDetail
      entity="action"
      id={a.id}
      title={a.what}
      meetingId={a.meetingId}
      meetingDate={a.meetingDate}
      onClose={onClose}
      badges={
        <>
          <HorizonBadge horizon={a.horizon} />
          <ActionStatusBadge status={a.status} horizon={a.horizon} />
          {a.overdue ? <OverdueBadge /> : null}
        </>
      }
    >
      <p className="wo-hint">{ACTION_HORIZON_HINTS[a.horizon]}</p>
      <dl className="wo-facts wo-facts--panel">
        <Fact term="Wie">
          {a.ownerOrganisationName}
          {a.ownerPersonName ? ` (${a.ownerPersonName})` : ''}
        </Fact>
        <Fact term="Deadline">{a.deadline ? <span className={a.overdue && a.horizon !== 'ooit' ? 'wo-overdue' : undefined}>{formatDate(a.deadline)}</span> : null}</Fact>
        <Fact term={'Afhandel\u00ADtermijn'}>{a.decisionDue ? <span className={a.overdue && a.horizon === 'ooit' ? 'wo-overdue' : undefined}>{formatDate(a.decisionDue)}</span> : null}</Fact>
        <Fact term={'Randvoor\u00ADwaarden'}>{a.preconditions}</Fact>
        <Fact term="Motivering">{a.motivation}</Fact>
        <Fact term="Hoe">{a.how}</Fact>
        <Fact term="Waarom">
          {a.signalTitle ? `Signaal “${a.signalTitle}”` : a.agendaItemTitle ? `Agendapunt “${a.agendaItemTitle}”` : null}
          {a.whyText ? <span className="wo-block">{a.whyText}</span> : null}
        </Fact>
        <Fact term="Wijk">{a.wijkName}</Fact>
        <Fact term="Afgesproken">{formatDate(a.meetingDate)}</Fact>
        <Fact term="Afgesloten">{a.closedOn ? formatDate(a.closedOn) : null}</Fact>
        <Fact term="Reden vervallen">{a.cancelReason}</Fact>
      </dl>
      <h3 className="utrecht-heading-3 wo-detail__subhead">Laatste voortgang</h3>
      {a.lastFollowUpNote ? (
        <p className="utrecht-paragraph wo-followup-note">
          <span className="wo-muted">{a.lastFollowUpDate ? `${formatDate(a.lastFollowUpDate)}: ` : ''}</span>
          {a.lastFollowUpNote}
        </p>
      ) : (
        <p className="wo-hint">Nog geen voortgang genoteerd.</p>
      )}
    </RecordDetail>
  );
}
