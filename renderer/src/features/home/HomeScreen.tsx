import { MEETING_STATUSES, type MeetingSummary } from '../../../../contract/schemas/meetings';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { formatWeekday, todayIso } from '../../ui/format';
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
  const meetings = useQuery('meeting:list', {});
  const actions = useQuery('action:list', { openOnly: true });
  const organisations = useQuery('organisation:list', {});
  const people = useQuery('person:list', {});
  const firstWijk = wijken.data?.[0]?.id;
  const team = useQuery('team:get', { wijkId: firstWijk ?? 0 }, { enabled: firstWijk !== undefined });
  const today = todayIso();
  const facts: SetupFacts | null =
    wijken.data && organisations.data && people.data && meetings.data
      ? {
          wijken: wijken.data.length,
          organisations: organisations.data.length,
          people: people.data.length,
          teamMembers: team.data?.members.filter((m) => m.until === null).length ?? 0,
          meetings: meetings.data.length,
        }
      : null;
  const nextFor = (wijkId: number): MeetingSummary | undefined =>
    (meetings.data ?? [])
      .filter((m) => m.wijkId === wijkId && (m.status === 'bezig' || (m.status === 'gepland' && m.date >= today)))
      .sort((a, b) => (a.status === 'bezig' ? -1 : b.status === 'bezig' ? 1 : a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime)))[0];
  return (
    <Page title="Start" intro="Per wijk het eerstvolgende overleg en de afspraken die nog open staan.">
      {wijken.error ? <Alert type="error">{wijken.error}</Alert> : null}
      {facts ? <SetupSteps facts={facts} /> : null}
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
