import { MEETING_STATUSES, type MeetingSummary } from '../../../../contract/schemas/meetings';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { formatWeekday, todayIso } from '../../ui/format';

/** Start screen: per wijk the meeting that comes next and what is still open. */
export function HomeScreen() {
  const wijken = useQuery('wijk:list', {});
  const meetings = useQuery('meeting:list', {});
  const actions = useQuery('action:list', { openOnly: true });
  const today = todayIso();
  const nextFor = (wijkId: number): MeetingSummary | undefined =>
    (meetings.data ?? [])
      .filter((m) => m.wijkId === wijkId && (m.status === 'bezig' || (m.status === 'gepland' && m.date >= today)))
      .sort((a, b) => (a.status === 'bezig' ? -1 : b.status === 'bezig' ? 1 : a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime)))[0];
  return (
    <Page title="Start" intro="Per wijk het eerstvolgende overleg en de afspraken die nog open staan.">
      {wijken.error ? <Alert type="error">{wijken.error}</Alert> : null}
      <ul className="wo-tiles">
        {(wijken.data ?? []).map((w) => {
          const next = nextFor(w.id);
          const open = (actions.data ?? []).filter((a) => a.wijkId === w.id);
          const overdue = open.filter((a) => a.overdue).length;
          return (
            <li key={w.id} className="wo-card wo-tile">
              <h2 className="utrecht-heading-3">{w.name}</h2>
              {next ? (
                <p className="utrecht-paragraph">
                  {next.status === 'bezig' ? <StatusBadge tone="active">{MEETING_STATUSES.bezig}</StatusBadge> : 'Volgend overleg:'}{' '}
                  <a className="utrecht-link" href={href(`/overleg/${next.id}`)}>
                    {formatWeekday(next.date)}, {next.startTime}
                  </a>
                  <br />
                  <span className="wo-hint">{next.place}</span>
                </p>
              ) : (
                <p className="utrecht-paragraph wo-hint">Geen overleg gepland.</p>
              )}
              <p className="utrecht-paragraph">
                {open.length} open {open.length === 1 ? 'actie' : 'acties'}
                {overdue > 0 ? (
                  <>
                    {' '}
                    · <StatusBadge tone="danger">{overdue} verlopen</StatusBadge>
                  </>
                ) : null}
              </p>
              <p className="utrecht-paragraph">
                <a className="utrecht-link" href={href(`/teams/${w.id}`)}>
                  Team en leden
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
