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

/** What the user did to the record since the server last had the say. */
interface Edit<T> {
  draft: T;
  /**
   * null while typing: no server refresh replaces the text under the cursor. After a settled save
   * (blur, Enter, a choice): the stored version it was settled on; the next server value (a reload,
   * an undo) replaces the draft again.
   */
  settledOn: string | null;
  /** The last draft the back end accepted, as typed, and its answer (which may be normalised, e.g. trimmed). */
  accepted: { sent: T; answer: T } | null;
  /** The last draft the back end refused: leaving the form does not send it again. */
  refused: T | null;
  errors: Record<string, string>;
  formError: string | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const idOf = (value: object) => (value as { id?: unknown }).id;
const NO_ERRORS: Record<string, string> = {};

/** Shown as stored, until the next change on the server. */
const settled = <T>(draft: T, storedKey: string): Edit<T> => ({ draft, settledOn: storedKey, accepted: null, refused: null, errors: NO_ERRORS, formError: null });

/** Typed and not yet accepted by the back end (nor refused as it is now). */
const unsaved = <T>(edit: Edit<T>, stored: T) =>
  edit.settledOn === null && !same(edit.draft, stored) && !same(edit.draft, edit.accepted?.sent) && !same(edit.draft, edit.refused);

/**
 * Autosave for one record: saved after a short pause in typing, on blur or Enter (commit), and
 * when the window closes or the form disappears. The screen shows the stored record until the
 * user types; from then on the typed draft wins over any refresh until it is settled. Saves run
 * one after another, so a slow earlier save never overwrites a later one. A refused draft stays in
 * the form with the Dutch message next to its field, so nothing typed is lost.
 */
export function useEditable<T extends object>(stored: T, save: (draft: T) => Promise<T>): Editable<T> {
  const [state, setState] = useState<Edit<T> | null>(null);
  const storedKey = JSON.stringify(stored);
  // An edit belongs to one record; a settled one gives way to the next server value.
  const edit = state && idOf(state.draft) === idOf(stored) && (state.settledOn === null || state.settledOn === storedKey) ? state : null;
  // Forgotten for good (React's "adjust state while rendering"): a later value equal to the old one must not bring it back.
  if (state && !edit) setState(null);

  /** The latest render's values, for saves that finish (or timers that fire) after it. */
  const live = useRef({ edit, stored, storedKey, save });
  live.current = { edit, stored, storedKey, save };
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const apply = (next: Edit<T> | null) => {
    live.current.edit = next;
    setState(next);
  };

  /** One save. `settle` shows the stored form of the value afterwards; a save while typing leaves the text alone. */
  const saveDraft = async (settle: boolean): Promise<boolean> => {
    const { edit: before, stored: was, storedKey: wasKey } = live.current;
    // Nothing typed since the last settled save (or at all).
    if (!before || before.settledOn !== null) return true;
    const value = before.draft;
    if (same(value, was)) {
      if (settle) apply(null);
      return true;
    }
    if (before.accepted && same(value, before.accepted.sent)) {
      if (settle) apply(settled(before.accepted.answer, wasKey));
      return true;
    }
    try {
      const answer = await trackSave(() => live.current.save(value));
      const now = live.current.edit ?? before;
      const typedOn = now.draft !== value;
      apply(settle && !typedOn ? settled(answer, live.current.storedKey) : { ...now, accepted: { sent: value, answer }, refused: null, errors: NO_ERRORS, formError: null });
      return true;
    } catch (error) {
      const fields = error instanceof ApiCallError ? error.fields : NO_ERRORS;
      const now = live.current.edit ?? before;
      // A field message is shown next to its field; the general message only when there is none.
      apply({ ...now, settledOn: null, refused: value, errors: fields, formError: Object.keys(fields).length > 0 ? null : messageOf(error) });
      return false;
    }
  };

  const enqueue = (settle: boolean) => {
    clearTimeout(timer.current);
    const next = queue.current.then(() => saveDraft(settle));
    queue.current = next;
    return next;
  };

  const set = <K extends keyof T>(field: K, value: T[K]) => {
    const base = live.current.edit ?? settled(live.current.stored, live.current.storedKey);
    apply({ ...base, draft: { ...base.draft, [field]: value }, settledOn: null });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void enqueue(false), SAVE_AFTER_PAUSE_MS);
  };

  const commit = () => enqueue(true);
  const setAndCommit = <K extends keyof T>(field: K, value: T[K]) => {
    set(field, value);
    return commit();
  };

  // Closing the window, switching away from it, or leaving the screen saves what is still typed.
  useEffect(() => {
    const flush = () => {
      const { edit: now, stored: was } = live.current;
      if (now && unsaved(now, was)) void enqueue(false);
      else clearTimeout(timer.current);
    };
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
    // enqueue reads everything through `live`: one subscription for the lifetime of the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { draft: edit?.draft ?? stored, errors: edit?.errors ?? NO_ERRORS, set, commit, setAndCommit, formError: edit?.formError ?? null };
}
