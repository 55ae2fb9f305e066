import { useEffect, useRef, useState } from 'react';
import { ApiCallError, messageOf } from '../api/client';
import { trackSave } from './saveStatus';

/** A pause in typing this long saves what is typed so far, also while the field keeps the focus. */
export const SAVE_AFTER_PAUSE_MS = 800;

export interface Editable<T> {
  draft: T;
  errors: Record<string, string>;
  /** Change a field in the draft (while typing); saved after a short pause, or at once by commit. */
  set: <K extends keyof T>(field: K, value: T[K]) => void;
  /** Save the draft if it differs from what is stored; returns whether it is stored now. */
  commit: () => Promise<boolean>;
  /** Change and save at once (selects, checkboxes). */
  setAndCommit: <K extends keyof T>(field: K, value: T[K]) => Promise<boolean>;
  formError: string | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Autosave for one record: every change is written at once: on blur or Enter (commit), after a
 * short pause in typing, and when the window closes or the form disappears. Each change is written
 * once. A rejected change stays in the form with the Dutch message next to the field, so nothing
 * typed is lost.
 */
export function useEditable<T extends object>(stored: T, save: (draft: T) => Promise<T>): Editable<T> {
  const [draft, setDraft] = useState(stored);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const draftRef = useRef(stored);
  const storedRef = useRef(stored);
  /** The last draft the back end accepted, as typed: the stored version may be normalised (trimmed). */
  const sentRef = useRef<T | null>(null);
  /** The last draft the back end refused: leaving the form does not send it again. */
  const refusedRef = useRef<T | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const storedKey = JSON.stringify(stored);

  /** Nothing to write: the draft is what is stored, or what was last saved. */
  const isSaved = (value: T) => same(value, storedRef.current) || (sentRef.current !== null && same(value, sentRef.current));

  useEffect(() => {
    // A fresh record from the server (another row selected, or a reload) replaces a clean draft.
    // Not a draft saved while typing: the echo of that save may be trimmed, and the cursor is there.
    const clean = same(draftRef.current, storedRef.current);
    storedRef.current = stored;
    if (clean || (stored as { id?: unknown }).id !== (draftRef.current as { id?: unknown }).id) {
      draftRef.current = stored;
      sentRef.current = null;
      refusedRef.current = null;
      setDraft(stored);
      setErrors({});
      setFormError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedKey]);

  /**
   * One save. `settle` (blur, Enter, a choice) shows the stored form of the value; a save during
   * typing leaves the field alone, so a trimmed trailing space does not vanish under the cursor.
   */
  const save1 = async (settle: boolean) => {
    const current = draftRef.current;
    if (isSaved(current)) {
      // Back to what is stored (e.g. a typo corrected), or saved already: nothing to write.
      if (settle && draftRef.current !== storedRef.current && same(current, sentRef.current)) {
        draftRef.current = storedRef.current;
        setDraft(storedRef.current);
      }
      setErrors({});
      setFormError(null);
      return true;
    }
    try {
      const saved = await trackSave(() => saveRef.current(current));
      storedRef.current = saved;
      sentRef.current = current;
      refusedRef.current = null;
      if (settle && draftRef.current === current) {
        draftRef.current = saved;
        setDraft(saved);
      }
      setErrors({});
      setFormError(null);
      return true;
    } catch (error) {
      refusedRef.current = current;
      const fields = error instanceof ApiCallError ? error.fields : {};
      setErrors(fields);
      // A field message is shown next to its field; the general message only when there is none.
      setFormError(Object.keys(fields).length > 0 ? null : messageOf(error));
      return false;
    }
  };

  // Saves run one after another, so a slow earlier save can never overwrite a later one.
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const enqueue = (settle: boolean) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = queue.current.then(
      () => save1(settle),
      () => save1(settle),
    );
    queue.current = next;
    return next;
  };
  const commit = () => enqueue(true);

  const set = <K extends keyof T>(field: K, value: T[K]) => {
    draftRef.current = { ...draftRef.current, [field]: value };
    setDraft(draftRef.current);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void enqueue(false), SAVE_AFTER_PAUSE_MS);
  };

  const setAndCommit = <K extends keyof T>(field: K, value: T[K]) => {
    set(field, value);
    return commit();
  };

  // Closing the window, switching away from it, or leaving the screen saves what is still typed.
  const flushRef = useRef(() => {});
  flushRef.current = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const current = draftRef.current;
    if (!isSaved(current) && !(refusedRef.current !== null && same(current, refusedRef.current))) void enqueue(false);
  };
  useEffect(() => {
    const flush = () => flushRef.current();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, []);

  return { draft, errors, set, commit, setAndCommit, formError };
}
