import { useEffect, useRef, useState } from 'react';
import { ApiCallError, messageOf } from '../api/client';
import { trackSave } from './saveStatus';

/**
 * Half-filled forms that were closed without saving, per draft key. In memory only: a draft can
 * hold a resident's details, which must not end up on disk outside the database.
 */
const drafts = new Map<string, unknown>();

export interface DraftOptions<T> {
  /** Where a half-filled form is kept when it closes unsaved; the same key restores it. */
  key: string;
  /** Whether the values hold something worth keeping (typed text, not just preset choices). */
  worthKeeping: (values: T) => boolean;
  /** Told when a draft was kept, so the screen can say so. */
  onKept?: () => void;
}

/**
 * State for a "new record" form: the typed values stay when the back end refuses them, with the
 * Dutch message per field; with `draft`, closing it half-filled keeps the values for next time.
 */
export function useCreateForm<T extends object, R>(initial: T, create: (values: T) => Promise<R>, onCreated: (record: R) => void, draft?: DraftOptions<T>) {
  const key = draft?.key;
  const [restored, setRestored] = useState(() => key !== undefined && drafts.has(key));
  const [values, setValues] = useState<T>(() => (key !== undefined && drafts.has(key) ? (drafts.get(key) as T) : initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef({ values, draft });
  latest.current = { values, draft };

  useEffect(() => {
    if (key === undefined) return;
    return () => {
      const { values: last, draft: options } = latest.current;
      if (options?.worthKeeping(last)) {
        drafts.set(key, last);
        options.onKept?.();
      } else drafts.delete(key);
    };
  }, [key]);

  const set = <K extends keyof T>(field: K, value: T[K]) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async () => {
    setBusy(true);
    try {
      const record = await trackSave(() => create(values));
      if (key !== undefined) drafts.delete(key);
      setValues(initial);
      setRestored(false);
      setErrors({});
      setFormError(null);
      onCreated(record);
    } catch (error) {
      const fields = error instanceof ApiCallError ? error.fields : {};
      setErrors(fields);
      // A field message is shown next to its field; the general message only when there is none.
      setFormError(Object.keys(fields).length > 0 ? null : messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    if (key !== undefined) drafts.delete(key);
    setRestored(false);
    setValues(initial);
  };

  return { values, set, errors, formError, busy, submit, reset, restored };
}
