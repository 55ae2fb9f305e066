import type { AgendaItem } from '../../../../contract/schemas/meetings';
import { AGENDA_ITEM_KINDS } from '../../../../contract/schemas/meetings';
import { StatusBadge } from '../../ui/Alert';
import { ActionsPanel } from './ActionsPanel';
import { AttendancePanel } from './AttendancePanel';
import { CarriedActions } from './CarriedActions';
import { CarriedSignals } from './CarriedSignals';
import { DecisionsPanel } from './DecisionsPanel';
import { ItemSignals } from './ItemSignals';
import { NotesPanel } from './NotesPanel';
import { PreviousVerslag } from './PreviousVerslag';
import { SignalRound } from './SignalRound';
import { WijkagendaPanel } from './WijkagendaPanel';
import { useElapsed } from './AgendaSidebar';
import { useMeeting } from './MeetingContext';
import { formatDuration } from './useTicker';

/** The current agenda item, large, with what its kind calls for. */
export function ItemContent({ item }: { item: AgendaItem }) {
  const { detail } = useMeeting();
  const index = detail.agenda.findIndex((i) => i.id === item.id);
  return (
    <article className="wo-item">
      <header className="wo-item__header">
        <p className="wo-item__kicker">
          Agendapunt {index + 1} van {detail.agenda.length}
          {item.kind !== 'overig' && item.title !== AGENDA_ITEM_KINDS[item.kind] ? ` · ${AGENDA_ITEM_KINDS[item.kind]}` : ''}
        </p>
        <h2 className="wo-item__title">{item.title}</h2>
        <Timer item={item} />
      </header>
      {item.kind === 'opening' ? <AttendancePanel /> : null}
      {item.kind === 'verslag_actielijst' ? <PreviousVerslag /> : null}
      {item.kind === 'verslag_actielijst' ? <CarriedActions /> : null}
      {item.kind === 'signalenronde' ? (
        <>
          <SignalRound item={item} />
          <CarriedSignals />
        </>
      ) : null}
      {item.kind === 'wijkagenda' ? <WijkagendaPanel /> : null}
      {item.kind !== 'signalenronde' ? <ItemSignals item={item} /> : null}
      <ActionsPanel item={item} />
      <DecisionsPanel item={item} />
      <NotesPanel item={item} />
    </article>
  );
}

function Timer({ item }: { item: AgendaItem }) {
  const elapsed = useElapsed(item);
  const planned = item.plannedMinutes * 60;
  const ratio = planned > 0 ? Math.min(elapsed / planned, 1) : 0;
  const over = planned > 0 && elapsed > planned;
  return (
    <div className="wo-timer" role="timer" aria-label={`Tijd bij dit agendapunt: ${formatDuration(elapsed)} van ${item.plannedMinutes} minuten`}>
      <span className={over ? 'wo-timer__clock wo-timer__clock--over' : 'wo-timer__clock'} aria-hidden="true">
        {formatDuration(elapsed)}
      </span>
      <span className="wo-timer__planned" aria-hidden="true">
        van {item.plannedMinutes} min
      </span>
      <span className="wo-timer__bar" aria-hidden="true">
        <span className={over ? 'wo-timer__fill wo-timer__fill--over' : 'wo-timer__fill'} style={{ width: `${ratio * 100}%` }} />
      </span>
      {over ? <StatusBadge tone="warning">{formatDuration(elapsed - planned)} over de tijd</StatusBadge> : null}
      {item.isCurrent ? null : <span className="wo-timer__state">{item.spentSeconds > 0 ? 'Eerder besproken' : 'Nog niet aan de orde'}</span>}
    </div>
  );
}
