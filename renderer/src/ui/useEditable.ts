import { useEffect, useRef, useState } from 'react';
import { ApiCallError, messageOf } from '../api/client';
import { trackSave } from './saveStatus';

export interface Editable<T> {
  draft: T;
  errors: Record<string, string>;
  /** Change a field in the draft only (while typing). */
  set<K extends keyof T>(field: K, value: T[K]): void;
  /** Save the draft if it differs from what is stored; returns whether it is stored now. */
  commit(): Promise<boolean>;
  /** Change and save at once (selects, checkboxes). */
  setAndCommit<K extends keyof T>(field: K, value: T[K]): Promise<boolean>;
  formError: string | null;
}

/**
 * Autosave for one record: every committed field change is written at once. A rejected change
 * stays in the form with the Dutch message next to the field, so nothing typed is lost.
 */
export function useEditable<T extends object>(stored: T, save: (draft: T) => Promise<T>): Editable<T> {
  const [draft, setDraft] = useState(stored);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const draftRef = useRef(stored);
  const storedRef = useRef(stored);
  const storedKey = JSON.stringify(stored);

  useEffect(() => {
    // A fresh record from the server (another row selected, or a reload) replaces a clean draft.
    const clean = JSON.stringify(draftRef.current) === JSON.stringify(storedRef.current);
    storedRef.current = stored;
    if (clean || (stored as { id?: unknown }).id !== (draftRef.current as { id?: unknown }).id) {
      draftRef.current = stored;
      setDraft(stored);
      setErrors({});
      setFormError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedKey]);

  const set = <K extends keyof T>(field: K, value: T[K]) => {
    draftRef.current = { ...draftRef.current, [field]: value };
    setDraft(draftRef.current);
  };

  const save1 = async () => {
    const current = draftRef.current;
    if (JSON.stringify(current) === JSON.stringify(storedRef.current)) {
      // Back to what is stored (e.g. a typo corrected): nothing to write, no error to show.
      setErrors({});
      setFormError(null);
      return true;
    }
    try {
      const saved = await trackSave(() => save(current));
      storedRef.current = saved;
      if (draftRef.current === current) {
        draftRef.current = saved;
        setDraft(saved);
      }
      setErrors({});
      setFormError(null);
      return true;
    } catch (error) {
      const fields = error instanceof ApiCallError ? error.fields : {};
      setErrors(fields);
      // A field message is shown next to its field; the general message only when there is none.
      setFormError(Object.keys(fields).length > 0 ? null : messageOf(error));
      return false;
    }
  };

  // Saves run one after another, so a slow earlier save can never overwrite a later one.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const commit = () => {
    const next = queue.current.then(save1, save1);
    queue.current = next;
    return next;
  };

  const setAndCommit = <K extends keyof T>(field: K, value: T[K]) => {
    set(field, value);
    return commit();
  };

  return { draft, errors, set, commit, setAndCommit, formError };
}
