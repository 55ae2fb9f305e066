import type { ReactNode } from 'react';

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

export function DetailPanel({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <section className="wo-card wo-detail" aria-label={title}>
      <h2 className="utrecht-heading-2">{title}</h2>
      {children}
      {footer ? <div className="wo-detail__footer">{footer}</div> : null}
    </section>
  );
}
