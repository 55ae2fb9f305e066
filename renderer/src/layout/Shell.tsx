import type { AppInfo } from '../../../contract/schemas/masterdata';
import { href, useLocation } from './router';
import { SaveIndicator } from './SaveIndicator';
import { findRoute, NAV_SECTIONS, routes } from '../routes';
import { DemoBanner } from '../features/setup/DemoBanner';
import { StorageBanner } from '../features/backup/StorageBanner';

/** The frame around every screen: navigation on the left, the gemeente and save state on top. */
export function Shell({ info, onInfo }: { info: AppInfo; onInfo: (next: AppInfo) => void }) {
  const location = useLocation();
  const route = findRoute(location.segments[0] ?? '');
  // While chairing, the meeting gets the whole width; its own breadcrumb leads back.
  const focus = route.nav === undefined;
  const demo = info.isDemo && !focus;
  const storage = info.storageProblem;
  return (
    <div className={['wo-shell', focus ? 'wo-shell--focus' : '', demo || storage ? 'wo-shell--demo' : ''].filter(Boolean).join(' ')}>
      <a className="wo-skiplink" href="#inhoud" onClick={(e) => { e.preventDefault(); document.getElementById('inhoud')?.focus(); }}>
        Naar de inhoud
      </a>
      <header className="wo-topbar">
        <p className="wo-brand">
          <span className="wo-brand__mark" aria-hidden="true">W</span>
          <span>
            Wijkoverleg <span className="wo-brand__gemeente">{info.municipalityName}</span>
          </span>
        </p>
        <SaveIndicator />
      </header>
      {storage ? <StorageBanner problem={storage} /> : null}
      {demo && !storage ? (
        <DemoBanner
          onLeft={(next) => {
            window.location.hash = '#/';
            onInfo(next);
          }}
        />
      ) : null}
      <nav className="wo-nav" aria-label="Hoofdmenu" hidden={focus}>
        {NAV_SECTIONS.map((section) => {
          const entries = routes.filter((r) => r.nav?.section === section);
          if (entries.length === 0) return null;
          return (
            <div key={section} className="wo-nav__section">
              <h2 className="wo-nav__heading">{section}</h2>
              <ul className="wo-nav__list">
                {entries.map((r) => (
                  <li key={r.path}>
                    <a className="wo-nav__link" href={href(`/${r.path}`)} aria-current={route === r ? 'page' : undefined}>
                      {r.nav?.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </nav>
      <main className="wo-main" id="inhoud" tabIndex={-1}>
        {route.render(location.segments.slice(1), info)}
      </main>
    </div>
  );
}
