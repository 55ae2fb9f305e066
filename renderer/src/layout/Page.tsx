import { useEffect, type ReactNode } from 'react';

/** One screen: its heading (also the window title), optional intro and actions. */
export function Page({ title, intro, actions, children, wide }: { title: string; intro?: ReactNode; actions?: ReactNode; children: ReactNode; wide?: boolean }) {
  useEffect(() => {
    document.title = `${title} — Wijkoverleg`;
  }, [title]);
  return (
    <div className={wide ? 'wo-page wo-page--wide' : 'wo-page'}>
      <header className="wo-page__header">
        <div>
          <h1 className="utrecht-heading-1">{title}</h1>
          {intro ? <p className="utrecht-paragraph wo-page__intro">{intro}</p> : null}
        </div>
        {actions ? <div className="wo-page__actions">{actions}</div> : null}
      </header>
      {children}
    </div>
  );
}
