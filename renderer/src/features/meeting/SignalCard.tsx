import { SIGNAL_ROUTES, SIGNAL_STATUSES, SIGNAL_THEMES, SIGNAL_URGENCIES, type Signal } from '../../../../contract/schemas/signals';
import { StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/format';
import { useMeeting } from './MeetingContext';

/** Vertrouwelijk is shown with text and a symbol, never by colour alone. */
export function ConfidentialBadge() {
  return (
    <StatusBadge tone="danger" title="Bevat persoonsgegevens: niet delen buiten het WCT">
      <span aria-hidden="true">🔒 </span>Vertrouwelijk
    </StatusBadge>
  );
}

export function SignalSummary({ signal }: { signal: Signal }) {
  return (
    <>
      <div className="wo-card__title">
        <strong>{signal.title}</strong>
        <span className="wo-badges">
          {signal.sensitivity === 'vertrouwelijk' ? <ConfidentialBadge /> : null}
          <StatusBadge tone="neutral">{SIGNAL_THEMES[signal.theme]}</StatusBadge>
          {signal.urgency === 'hoog' || signal.urgency === 'acuut' ? <StatusBadge tone="warning">Urgentie {SIGNAL_URGENCIES[signal.urgency].toLowerCase()}</StatusBadge> : null}
          <StatusBadge tone={signal.status === 'afgehandeld' ? 'safe' : 'neutral'}>{SIGNAL_STATUSES[signal.status]}</StatusBadge>
        </span>
      </div>
      <p className="wo-card__meta">
        {[
          signal.broughtByOrganisationName ? `Ingebracht door ${signal.broughtByPersonName ? `${signal.broughtByPersonName}, ` : ''}${signal.broughtByOrganisationName}` : null,
          formatDate(signal.date),
          signal.buurtName ? `buurt ${signal.buurtName}` : null,
          signal.location,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {signal.description ? (
        <p className={signal.sensitivity === 'vertrouwelijk' ? 'wo-card__text wo-card__text--confidential' : 'wo-card__text'}>{signal.description}</p>
      ) : signal.purged ? (
        <p className="wo-hint">(Omschrijving gewist na de bewaartermijn)</p>
      ) : null}
      <p className="wo-card__meta">
        Probleemeigenaar: {signal.problemOwnerName ?? 'nog niet bepaald'}
        {signal.routedTo ? ` · doorgezet naar ${SIGNAL_ROUTES[signal.routedTo]}` : ''}
        {signal.outcome ? ` · uitkomst: ${signal.outcome}` : ''}
      </p>
    </>
  );
}

export function SignalCard({ signal }: { signal: Signal }) {
  const { openForm, readOnly } = useMeeting();
  return (
    <li className={signal.sensitivity === 'vertrouwelijk' ? 'wo-card wo-signal wo-signal--confidential' : 'wo-card wo-signal'}>
      <SignalSummary signal={signal} />
      {!readOnly ? (
        <Button variant="subtle" onClick={() => openForm({ kind: 'action', signalId: signal.id })}>
          Actie bij dit signaal
        </Button>
      ) : null}
    </li>
  );
}
