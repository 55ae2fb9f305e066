import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { href } from '../../layout/router';
import { Alert } from '../../ui/Alert';

/** Start screen: every wijk with its team at a glance. */
export function HomeScreen() {
  const wijken = useQuery('wijk:list', {});
  const people = useQuery('person:list', {});
  const organisations = useQuery('organisation:list', {});
  return (
    <Page title="Start" intro="Kies een wijk om het team te bekijken.">
      {wijken.error ? <Alert type="error">{wijken.error}</Alert> : null}
      <ul className="wo-tiles">
        {(wijken.data ?? []).map((w) => (
          <li key={w.id} className="wo-card wo-tile">
            <h2 className="utrecht-heading-3">
              <a className="utrecht-link" href={href(`/teams/${w.id}`)}>
                {w.name}
              </a>
            </h2>
            <p className="utrecht-paragraph">
              {w.buurten.length} {w.buurten.length === 1 ? 'buurt' : 'buurten'}
              {w.buurten.length > 0 ? `: ${w.buurten.map((b) => b.name).join(', ')}` : ''}
            </p>
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph wo-hint">
        {organisations.data?.length ?? 0} partnerorganisaties · {people.data?.filter((p) => p.active).length ?? 0} actieve personen
      </p>
    </Page>
  );
}
