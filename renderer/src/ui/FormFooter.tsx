import type { ReactNode } from 'react';
import { Alert } from './Alert';
import { Button } from './Button';

/** The end of every "new record" form: the general error (if any), submit and cancel. */
export function FormFooter({ error, busy, submit, cancel = 'Annuleren', onCancel }: { error: string | null; busy: boolean; submit: ReactNode; cancel?: ReactNode; onCancel: () => void }) {
  return (
    <>
      {error ? <Alert type="error">{error}</Alert> : null}
      <div className="wo-buttons">
        <Button variant="primary" type="submit" disabled={busy}>
          {submit}
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          {cancel}
        </Button>
      </div>
    </>
  );
}
