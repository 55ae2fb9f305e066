import { useEffect } from 'react';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

export interface NoticeValue {
  type: 'ok' | 'error';
  text: string;
  /** When it was given: the same text twice is shown (and timed) again. */
  at: number;
}

/** How long a confirmation stays; errors stay until closed or replaced. */
const OK_SECONDS = 6;

/**
 * Feedback at the bottom of the window, over the content: seen whatever is scrolled, and gone
 * by itself so it never eats the item's room.
 */
export function Notice({ notice, onDone }: { notice: NoticeValue; onDone: () => void }) {
  useEffect(() => {
    if (notice.type !== 'ok') return;
    const timer = setTimeout(onDone, OK_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [notice, onDone]);
  return (
    <div className={`wo-toast wo-toast--${notice.type}`}>
      <Alert type={notice.type}>{notice.text}</Alert>
      {notice.type === 'error' ? (
        <Button variant="subtle" className="wo-button--compact" onClick={onDone}>
          Sluiten
        </Button>
      ) : null}
    </div>
  );
}
