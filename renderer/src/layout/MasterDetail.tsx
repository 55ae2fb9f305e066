import type { ReactNode } from 'react';
import { Button } from '../ui/Button';

/** A list on the left and the selected record (or a new-record form) on the right. */
export function MasterDetail({ list, detail }: { list: ReactNode; detail: ReactNode }) {
  return (
    <div className="wo-masterdetail">
      <div className="wo-masterdetail__list">{list}</div>
      <aside className="wo-masterdetail__detail" aria-live="polite">
        {detail}
      </aside>
    </div>
  );
}

export function DetailPanel({ title, children, footer, onClose }: { title: string; children: ReactNode; footer?: ReactNode; onClose?: () => void }) {
  // A record shown (not a form) ends with one way out.
  const end =
    footer ??
    (onClose ? (
      <Button variant="subtle" onClick={onClose}>
        Sluiten
      </Button>
    ) : null);
  return (
    <section className="wo-card wo-detail" aria-label={title}>
      <h2 className="utrecht-heading-2">{title}</h2>
      {children}
      {end ? <div className="wo-detail__footer">{end}</div> : null}
    </section>
  );
}
