import { useState } from 'react';
import { SIGNAL_STATUSES, type SignalInMeeting, type SignalStatus } from '../../../../contract/schemas/signals';
import { Button } from '../../ui/Button';
import { ALL_OPEN_UP_TO } from './CarriedActions';
import { call } from '../../api/client';
import { StatusBadge } from '../../ui/Alert';
import { useMeeting } from './MeetingContext';
import { FollowUpForm } from './FollowUpForm';
import { SignalSummary } from './SignalCard';

/**
 * Open signals from earlier meetings: each is discussed, updated or closed — none disappears
 * silently. A long list renders a screenful at a time (order kept: a discussed card stays put).
 */
export function CarriedSignals() {
  const { detail } = useMeeting();
  const signals = detail.carriedSignals;
  const discussed = signals.filter((s) => s.followUpHere).length;
  const [shown, setShown] = useState(ALL_OPEN_UP_TO);
  const rest = signals.length - shown;
  return (
    <section className="wo-panel" aria-labelledby="lopende-signalen">
      <div className="wo-panel__head">
        <h3 className="utrecht-heading-3" id="lopende-signalen">
          Lopende signalen uit eerdere overleggen
        </h3>
        <p className="wo-panel__count">
          {discussed} van {signals.length} besproken
        </p>
      </div>
      {signals.length === 0 ? <p className="wo-hint">Geen openstaande signalen.</p> : null}
      <ul className="wo-cards">
        {signals.slice(0, shown).map((s) => (
          <CarriedSignal key={s.id} signal={s} />
        ))}
      </ul>
      {rest > 0 ? (
        <p>
          <Button variant="subtle" onClick={() => setShown((n) => n + ALL_OPEN_UP_TO)}>
            {`Toon ${Math.min(rest, ALL_OPEN_UP_TO)} van de overige ${rest} signalen`}
          </Button>
        </p>
      ) : null}
    </section>
  );
}

function CarriedSignal({ signal }: { signal: SignalInMeeting }) {
  const { meetingId, readOnly } = useMeeting();
  const here = signal.followUpHere;
  return (
    <li className={['wo-card', 'wo-signal', signal.sensitivity === 'vertrouwelijk' ? 'wo-signal--confidential' : '', here ? 'wo-card--done' : ''].join(' ')}>
      <SignalSummary signal={signal} />
      {signal.followUps.filter((f) => f !== here && f.id !== here?.id).slice(-1).map((f) => (
        <p key={f.id} className="wo-card__meta">
          Vorige keer ({f.meetingDate}): {f.note ?? 'status gewijzigd'}
        </p>
      ))}
      {here ? (
        <p className="wo-discussed">
          <StatusBadge tone="safe">Besproken</StatusBadge> {here.note ?? ''}
          {here.statusAfter ? ` — status: ${SIGNAL_STATUSES[here.statusAfter]}` : ''}
        </p>
      ) : (
        <p className="wo-discussed">
          <StatusBadge tone="warning">Nog niet besproken</StatusBadge>
        </p>
      )}
      {!readOnly ? (
        <FollowUpForm<SignalStatus>
          label={`Voortgang van signaal ${signal.title}`}
          statuses={SIGNAL_STATUSES}
          current={signal.status}
          needsText={signal.outcome ? undefined : { status: 'afgehandeld', label: 'Uitkomst' }}
          save={({ note, status, extra }) => call('signal:followUp', { signalId: signal.id, meetingId, note, status, outcome: extra })}
        />
      ) : null}
    </li>
  );
}
