import { useState } from 'react';
import { establishedText } from '../../../../domain/verslag/document';
import { verslagDate } from '../../../../domain/verslag/content';
import { call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { trackSave } from '../../ui/saveStatus';
import { useMeeting } from './MeetingContext';

/**
 * Under "Verslag en actielijst vorig overleg": the verslag of the previous meeting, and the
 * chair's "Verslag vaststellen" while this meeting runs. The verslag records when and in which
 * meeting it was vastgesteld.
 */
export function PreviousVerslag() {
  const { detail, meetingId, notify } = useMeeting();
  const previousId = detail.previousMeetingId;
  const query = useQuery('verslag:get', { meetingId: previousId ?? 0 }, { enabled: previousId !== null });
  const [error, setError] = useState<string | null>(null);
  if (previousId === null) return null;
  const view = query.data;
  const latest = view?.versions.at(-1) ?? null;
  const date = view ? verslagDate(view.content.date) : '';

  const establish = async () => {
    setError(null);
    try {
      const next = await trackSave(() => call('verslag:establish', { meetingId: previousId, inMeetingId: meetingId }));
      query.set(next);
      notify(`Het verslag van ${date} is vastgesteld.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section className="wo-panel" aria-labelledby="verslag-vorig-overleg">
      <div className="wo-panel__head">
        <h3 className="utrecht-heading-3" id="verslag-vorig-overleg">
          Verslag vorig overleg{view ? ` (${date})` : ''}
        </h3>
        {latest ? (
          <StatusBadge tone={latest.status === 'vastgesteld' ? 'safe' : 'warning'}>{latest.status === 'vastgesteld' ? 'Vastgesteld' : 'Concept'}</StatusBadge>
        ) : null}
      </div>
      {query.error ? <Alert type="error">{query.error}</Alert> : null}
      {view && !latest ? <p className="utrecht-paragraph">Van het vorige overleg is nog geen verslag opgesteld.</p> : null}
      {view && latest ? (
        <>
          <p className="utrecht-paragraph">
            {latest.status === 'vastgesteld' ? establishedText(latest) : `Versie ${latest.version} ligt als concept klaar.`}{' '}
            <a className="utrecht-link" href={href(`/verslag/${previousId}`)}>
              Verslag lezen
            </a>
          </p>
          {latest.status === 'concept' && detail.meeting.status === 'bezig' && view.meetingStatus === 'afgerond' ? (
            <Button variant="primary" onClick={() => void establish()}>
              Verslag vaststellen
            </Button>
          ) : null}
          {latest.status === 'concept' && detail.meeting.status !== 'bezig' ? (
            <p className="wo-hint">Het verslag wordt vastgesteld terwijl dit overleg loopt.</p>
          ) : null}
        </>
      ) : null}
      {error ? <Alert type="error">{error}</Alert> : null}
    </section>
  );
}
