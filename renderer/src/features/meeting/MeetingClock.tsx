import { localDate } from '../../../../domain/calendar';
import { meetingClock, plannedEnd } from '../../../../domain/meeting';
import type { MeetingDetail } from '../../../../contract/schemas/meetings';
import { StatusBadge } from '../../ui/Alert';
import { useTicker } from './useTicker';

const localTime = (instant: Date) => new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
const at = (instant: Date) => ({ date: localDate(instant), time: localTime(instant) });

/** The meeting as a whole against its planned end: how long it runs and how much time is left. */
export function MeetingClock({ detail }: { detail: MeetingDetail }) {
  const { meeting, agenda } = detail;
  const startedAt = meeting.status === 'bezig' ? meeting.startedAt : null;
  const running = startedAt !== null;
  const now = useTicker(running);
  if (!running) return null;
  const end = plannedEnd(meeting, agenda.reduce((sum, i) => sum + i.plannedMinutes, 0));
  const { runningMinutes, minutesLeft } = meetingClock(at(new Date(now)), at(new Date(startedAt)), end);
  const over = minutesLeft < 0;
  return (
    <p className="wo-meeting__clock" role="timer" aria-label={`Overleg loopt ${runningMinutes} minuten; ${over ? `${-minutesLeft} minuten over de eindtijd ${end.time}` : `nog ${minutesLeft} minuten tot ${end.time}`}`}>
      <span aria-hidden="true">
        {runningMinutes} min bezig ·{' '}
      </span>
      {over ? (
        <StatusBadge tone="warning">{-minutesLeft} min over {end.time}</StatusBadge>
      ) : (
        <span aria-hidden="true">
          nog {minutesLeft} min tot {end.time}
        </span>
      )}
    </p>
  );
}
