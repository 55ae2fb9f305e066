import type { ReactNode } from 'react';

export function Alert({ type = 'info', children }: { type?: 'info' | 'ok' | 'warning' | 'error'; children: ReactNode }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : 'status'}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function StatusBadge({ tone = 'neutral', children, title }: { tone?: 'neutral' | 'safe' | 'warning' | 'danger' | 'active' | 'inactive'; children: ReactNode; title?: string }) {
  return (
    <span className={`utrecht-status-badge utrecht-status-badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
