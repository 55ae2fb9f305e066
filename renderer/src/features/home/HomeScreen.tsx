import { MEETING_STATUSES } from '../../../../contract/schemas/meetings';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { formatWeekday } from '../../ui/format';

/** Start screen: per wijk the meeting that comes next and what is still open. */
export function HomeScreen() {
  const wijken = useQuery('wijk:list', {});
  // Counts and the next meeting per wijk come from aggregate queries: no rows are loaded to count them.
  const summary = useQuery('home:summary', {});
  const byWijk = new Map((summary.data?.wijken ?? []).map((s) => [s.wijkId, s]));
  return (
    <Page title="Start" intro="Per wijk het eerstvolgende overleg en de afspraken die nog open staan.">
      {wijken.error ? <Alert type="error">{wijken.error}</Alert> : null}
      {summary.error ? <Alert type="error">{summary.error}</Alert> : null}
      <ul className="wo-tiles">
        {(wijken.data ?? []).map((w) => {
          const facts = byWijk.get(w.id);
          const next = facts?.nextMeeting ?? null;
          const open = facts?.openActions ?? 0;
          const overdue = facts?.overdueActions ?? 0;
          return (
            <li key={w.id} className="wo-card wo-tile">
              <h2 className="utrecht-heading-3">{w.name}</h2>
              {!facts ? null : next ? (
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
              {facts ? (
                <p className="utrecht-paragraph">
                  {open} open {open === 1 ? 'actie' : 'acties'}
                  {overdue > 0 ? (
                    <>
                      {' '}
                      · <StatusBadge tone="danger">{overdue} verlopen</StatusBadge>
                    </>
                  ) : null}
                </p>
              ) : null}
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
