import { MEETING_STATUSES } from '../../../../contract/schemas/meetings';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { formatWeekday } from '../../ui/format';
import { SETUP_STEPS, setupProgress, type SetupFacts } from '../../../../domain/setup';

/** What to set up in which order, and what is done: shown until the first meeting is planned. */
function SetupSteps({ facts }: { facts: SetupFacts }) {
  const progress = setupProgress(facts);
  if (progress.every((s) => s.done)) return null;
  const next = progress.find((s) => !s.done)?.key;
  return (
    <section className="wo-card wo-setup" aria-labelledby="inrichten-kop">
      <h2 className="utrecht-heading-2" id="inrichten-kop">
        Wijkoverleg inrichten
      </h2>
      <p className="utrecht-paragraph">Vijf stappen, in deze volgorde: elke stap gebruikt wat de vorige vastlegde.</p>
      <ol className="wo-setup__steps">
        {SETUP_STEPS.map((step, i) => {
          const done = progress[i]?.done ?? false;
          return (
            <li key={step.key} className={done ? 'wo-setup__step wo-setup__step--done' : step.key === next ? 'wo-setup__step wo-setup__step--next' : 'wo-setup__step'}>
              <strong className="wo-setup__title">{step.title}</strong>{' '}
              {done ? <StatusBadge tone="safe">Gedaan</StatusBadge> : step.key === next ? <StatusBadge tone="active">Volgende stap</StatusBadge> : <StatusBadge tone="neutral">Nog te doen</StatusBadge>}
              <p className="wo-hint">
                {step.what}{' '}
                <a className="utrecht-link" href={href(step.path)}>
                  {step.action}
                </a>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

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
      {summary.data ? <SetupSteps facts={summary.data.setup} /> : null}
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
