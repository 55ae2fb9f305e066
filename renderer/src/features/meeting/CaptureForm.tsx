import type { ReactNode, RefObject } from 'react';
import { Alert } from '../../ui/Alert';
import { FormFooter } from '../../ui/FormFooter';
import { DraftNote } from './DraftNote';
import { submitOnCtrlEnter } from './submitOnCtrlEnter';

/** The state of a capture form that the frame shows (see useCreateForm). */
interface CaptureState {
  errors: Record<string, string>;
  formError: string | null;
  busy: boolean;
  restored: boolean;
  submit: () => Promise<unknown>;
  reset: () => void;
}

/**
 * The frame of a quick-capture form in the meeting (signal, action): heading, the confirmation of
 * the last one saved, a restored draft, the fields, and buttons that show their keys (Ctrl+Enter
 * saves, Esc closes).
 */
export function CaptureForm({
  formRef,
  label,
  heading,
  className = '',
  form,
  saved,
  what,
  submit,
  onClose,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  label: string;
  heading: string;
  className?: string;
  form: CaptureState;
  /** "Signaal … vastgelegd.": shown until the next error. */
  saved: string | null;
  /** What a restored draft is ("signaal", "actie"). */
  what: string;
  submit: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <form
      ref={formRef}
      noValidate
      className={`wo-capture ${className}`.trim()}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
      onKeyDown={submitOnCtrlEnter}
    >
      <h4 className="utrecht-heading-4">{heading}</h4>
      {saved && !form.formError && Object.keys(form.errors).length === 0 ? <Alert type="ok">{saved}</Alert> : null}
      {form.restored ? <DraftNote what={what} onDiscard={form.reset} /> : null}
      <div className="wo-capture__grid">{children}</div>
      <FormFooter
        error={form.formError}
        busy={form.busy}
        submit={
          <>
            {submit} <kbd>Ctrl+Enter</kbd>
          </>
        }
        cancel={
          <>
            Sluiten <kbd>Esc</kbd>
          </>
        }
        onCancel={onClose}
      />
    </form>
  );
}
