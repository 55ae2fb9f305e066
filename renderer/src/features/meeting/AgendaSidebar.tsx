import { useState } from 'react';
import type { AgendaItem } from '../../../../contract/schemas/meetings';
import { AgendaEditor } from './AgendaEditor';
import { Button } from '../../ui/Button';
import { useMeeting } from './MeetingContext';
import { formatDuration, useTicker } from './useTicker';
import { agendaFit, agendaFitWarning } from '../../../../domain/meeting';

/** Live elapsed seconds of an item: stored seconds plus the running turn. */
export function useElapsed(item: AgendaItem): number {
  const now = useTicker(item.currentSince !== null);
  if (!item.currentSince) return item.spentSeconds;
  return item.spentSeconds + Math.max(0, (now - Date.parse(item.currentSince)) / 1000);
}

function ItemTime({ item }: { item: AgendaItem }) {
  const elapsed = useElapsed(item);
  const planned = item.plannedMinutes * 60;
  const over = planned > 0 && elapsed > planned;
  if (elapsed < 1) return <span className="wo-agenda__time">{item.plannedMinutes} min</span>;
  return (
    <span className={over ? 'wo-agenda__time wo-agenda__time--over' : 'wo-agenda__time'}>
      {formatDuration(elapsed)} / {item.plannedMinutes}:00
    </span>
  );
}

export function AgendaSidebar({ shownId, onSelect, onNext }: { shownId: number; onSelect: (id: number) => void; onNext: () => void }) {
  const { detail } = useMeeting();
  const { agenda, meeting } = detail;
  const fit = agendaFit(meeting, agenda.map((i) => i.plannedMinutes));
  const fitWarning = agendaFitWarning(fit);
  const last = agenda[agenda.length - 1]?.id === meeting.currentItemId;
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <nav className="wo-agenda wo-agenda--editing" aria-label="Agenda">
        <h2 className="wo-agenda__heading">Agenda aanpassen</h2>
        <AgendaEditor onDone={() => setEditing(false)} />
      </nav>
    );
  }
  return (
    <nav className="wo-agenda" aria-label="Agenda">
      <h2 className="wo-agenda__heading">Agenda</h2>
      <ol className="wo-agenda__list">
        {agenda.map((item, index) => {
          const current = item.id === meeting.currentItemId;
          const shown = item.id === shownId;
          return (
            <li key={item.id}>
              <button
                type="button"
                className={['wo-agenda__item', current ? 'wo-agenda__item--current' : '', shown ? 'wo-agenda__item--shown' : ''].join(' ')}
                aria-current={current ? 'step' : undefined}
                aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
                onClick={() => onSelect(item.id)}
              >
                <span className="wo-agenda__number">{index + 1}</span>
                <span className="wo-agenda__title">
                  {item.title}
                  {current ? <span className="wo-visually-hidden"> (huidig agendapunt)</span> : null}
                </span>
                <ItemTime item={item} />
              </button>
            </li>
          );
        })}
      </ol>
      <p className="wo-agenda__total">
        Gepland: {fit.agendaMinutes} minuten{fit.slotMinutes !== null ? ` van ${fit.slotMinutes}` : ''}
      </p>
      {fitWarning ? (
        <p className="wo-agenda__overrun" role="note">
          <span aria-hidden="true">⚠ </span>
          {fitWarning} Kort een punt in of schuif er een door.
        </p>
      ) : null}
      {meeting.status !== 'afgerond' ? (
        <Button variant="primary" className="wo-agenda__next" onClick={onNext} disabled={meeting.status === 'bezig' && last} aria-keyshortcuts="v">
          Volgend punt <kbd>V</kbd>
        </Button>
      ) : null}
      {meeting.status !== 'afgerond' ? (
        <Button variant="subtle" className="wo-agenda__edit" onClick={() => setEditing(true)}>
          Agenda aanpassen
        </Button>
      ) : null}
    </nav>
  );
}
