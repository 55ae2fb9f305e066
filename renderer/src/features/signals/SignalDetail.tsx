import { CONFIDENTIAL_RETENTION_LABEL, SIGNAL_ROUTES, SIGNAL_THEMES, SIGNAL_URGENCIES, type Signal } from '../../../../contract/schemas/signals';
import { StatusBadge } from '../../ui/Alert';
import { formatDate } from '../../ui/format';
import { Fact } from '../actions/Fact';
import { RecordDetail } from '../records/RecordDetail';
import { ConfidentialCover } from './ConfidentialCover';
import { ConfidentialBadge, SignalStatusBadge } from './signalBadges';

const PURGED = '(gewist na bewaartermijn)';

/**
 * The whole signal. Confidential details stay covered until asked for: this screen is often
 * projected, and a resident's name or health does not belong on the wall.
 */
export function SignalDetail({ signal: s, onClose }: { signal: Signal; onClose: () => void }) {
  const confidential = s.sensitivity === 'vertrouwelijk';

  return (
    <RecordDetail
      entity="signal"
      id={s.id}
      title={s.title}
      meetingId={s.meetingId}
      meetingDate={s.meetingDate}
      onClose={onClose}
      badges={
        <>
          {confidential ? <ConfidentialBadge /> : null}
          <SignalStatusBadge status={s.status} />
          {s.urgency === 'hoog' || s.urgency === 'acuut' ? <StatusBadge tone="warning">Urgentie {SIGNAL_URGENCIES[s.urgency].toLowerCase()}</StatusBadge> : null}
        </>
      }
    >
      <dl className="wo-facts wo-facts--panel">
        <Fact term="Datum">{formatDate(s.date)}</Fact>
        <Fact term="Thema">{SIGNAL_THEMES[s.theme]}</Fact>
        <Fact term="Wijk">{s.wijkName}</Fact>
        <Fact term="Buurt">{s.buurtName}</Fact>
        <Fact term="Ingebracht door">{[s.broughtByPersonName, s.broughtByOrganisationName].filter(Boolean).join(', ')}</Fact>
        <Fact term={'Probleem\u00ADeigenaar'}>{s.problemOwnerName ?? 'Nog niet bepaald'}</Fact>
        <Fact term="Doorgezet naar">{s.routedTo ? SIGNAL_ROUTES[s.routedTo] : null}</Fact>
        <Fact term="Uitkomst">{s.outcome}</Fact>
        <Fact term="Afgehandeld">{s.closedOn ? formatDate(s.closedOn) : null}</Fact>
      </dl>
      <h3 className="utrecht-heading-3 wo-detail__subhead">Omschrijving</h3>
      {s.purged ? (
        <p className="wo-hint">{PURGED}</p>
      ) : (
        <ConfidentialCover key={s.id} confidential={confidential} label={s.title}>
          <p className={confidential ? 'wo-card__text wo-card__text--confidential wo-description' : 'wo-description'}>{s.description}</p>
          {s.location ? (
            <p className="utrecht-paragraph">
              <span className="wo-muted">Locatie: </span>
              {s.location}
            </p>
          ) : null}
        </ConfidentialCover>
      )}
      {confidential ? <p className="wo-hint wo-small">{CONFIDENTIAL_RETENTION_LABEL}</p> : null}
    </RecordDetail>
  );
}
