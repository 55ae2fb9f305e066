import { SIGNAL_ROUTES, SIGNAL_THEMES, SIGNAL_URGENCIES, type Signal } from '../../../../contract/schemas/signals';
import { StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/format';
import { ConfidentialCover } from '../signals/ConfidentialCover';
import { ConfidentialBadge, SignalStatusBadge } from '../signals/signalBadges';
import { useMeeting } from './MeetingContext';
import { SignalForm } from './SignalForm';

export function SignalSummary({ signal }: { signal: Signal }) {
  const confidential = signal.sensitivity === 'vertrouwelijk';
  return (
    <>
      <div className="wo-card__title">
        <strong>{signal.title}</strong>
        <span className="wo-badges">
          {confidential ? <ConfidentialBadge /> : null}
          <StatusBadge tone="neutral">{SIGNAL_THEMES[signal.theme]}</StatusBadge>
          {signal.urgency === 'hoog' || signal.urgency === 'acuut' ? <StatusBadge tone="warning">Urgentie {SIGNAL_URGENCIES[signal.urgency].toLowerCase()}</StatusBadge> : null}
          <SignalStatusBadge status={signal.status} />
        </span>
      </div>
      <p className="wo-card__meta">
        {[
          signal.broughtByOrganisationName ? `Ingebracht door ${signal.broughtByPersonName ? `${signal.broughtByPersonName}, ` : ''}${signal.broughtByOrganisationName}` : null,
          formatDate(signal.date),
          signal.buurtName ? `buurt ${signal.buurtName}` : null,
          confidential ? null : signal.location,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {signal.purged ? (
        <p className="wo-hint">(Omschrijving gewist na de bewaartermijn)</p>
      ) : signal.description || (confidential && signal.location) ? (
        <ConfidentialCover key={signal.id} confidential={confidential} label={signal.title}>
          <p className={confidential ? 'wo-card__text wo-card__text--confidential' : 'wo-card__text'}>
            {signal.description}
            {confidential && signal.location ? <span className="wo-card__location"> — locatie: {signal.location}</span> : null}
          </p>
        </ConfidentialCover>
      ) : null}
      <p className="wo-card__meta">
        Probleemeigenaar: {signal.problemOwnerName ?? 'nog niet bepaald'}
        {signal.routedTo ? ` · doorgezet naar ${SIGNAL_ROUTES[signal.routedTo]}` : ''}
        {signal.outcome ? ` · uitkomst: ${signal.outcome}` : ''}
      </p>
    </>
  );
}

/** A signal raised in this meeting: shown, corrected in place, or the start of an action. */
export function SignalCard({ signal }: { signal: Signal }) {
  const { detail, form, openForm, readOnly } = useMeeting();
  const editing = form?.kind === 'editSignal' && form.id === signal.id;
  // A signal without an agenda item is corrected under the first item (a meeting always has an Opening).
  const item = detail.agenda.find((i) => i.id === signal.agendaItemId) ?? detail.agenda[0];
  return (
    <li className={signal.sensitivity === 'vertrouwelijk' ? 'wo-card wo-signal wo-signal--confidential' : 'wo-card wo-signal'}>
      {editing ? (
        item ? <SignalForm item={item} signal={signal} /> : null
      ) : (
        <>
          <SignalSummary signal={signal} />
          {!readOnly ? (
            <div className="wo-buttons wo-buttons--compact">
              <Button variant="subtle" onClick={() => openForm({ kind: 'action', signalId: signal.id })}>
                Actie bij dit signaal
              </Button>
              <Button variant="subtle" onClick={() => openForm({ kind: 'editSignal', id: signal.id })} aria-label={`Signaal wijzigen: ${signal.title}`}>
                Wijzigen
              </Button>
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
