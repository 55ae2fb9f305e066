// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../renderer/src/api/client';
import { TextField } from '../../../renderer/src/ui/fields';
import { SAVE_AFTER_PAUSE_MS, useEditable } from '../../../renderer/src/ui/useEditable';

interface Notes {
  id: number;
  notes: string;
}

/** The notes field of an agenda item, wired as the meeting screen wires it. */
function NotesField({ stored, save }: { stored: Notes; save: (draft: Notes) => Promise<Notes> }) {
  const edit = useEditable(stored, save);
  return (
    <>
      <TextField label="Notities" value={edit.draft.notes} onChange={(v) => edit.set('notes', v)} onCommit={() => void edit.commit()} error={edit.errors.notes} />
      {edit.formError ? <p role="status">{edit.formError}</p> : null}
    </>
  );
}

/** A back end that trims, like the real one, and answers when the test says so. */
function backEnd() {
  const pending: { draft: Notes; resolve: (n: Notes) => void; reject: (e: unknown) => void }[] = [];
  const save = vi.fn(
    (draft: Notes) =>
      new Promise<Notes>((resolve, reject) => {
        pending.push({ draft, resolve, reject });
      }),
  );
  const answer = async () => {
    const next = pending.shift();
    if (!next) throw new Error('no save is waiting for an answer');
    await act(() => Promise.resolve(next.resolve({ ...next.draft, notes: next.draft.notes.trim() })));
  };
  const refuse = async (error: ApiCallError) => {
    const next = pending.shift();
    if (!next) throw new Error('no save is waiting for an answer');
    await act(() => Promise.resolve(next.reject(error)));
  };
  return { save, answer, refuse };
}

const field = () => screen.getByLabelText<HTMLInputElement>('Notities');
const type = (text: string) => fireEvent.change(field(), { target: { value: text } });
const pause = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useEditable: autosave of one record', () => {
  it('saves after a pause in typing, once, with what was typed last', async () => {
    const api = backEnd();
    render(<NotesField stored={{ id: 7, notes: '' }} save={api.save} />);
    type('Hek');
    await pause(SAVE_AFTER_PAUSE_MS - 100);
    type('Hek bij de speeltuin');
    await pause(SAVE_AFTER_PAUSE_MS - 100);
    expect(api.save).not.toHaveBeenCalled();
    await pause(100);
    expect(api.save).toHaveBeenCalledTimes(1);
    expect(api.save).toHaveBeenLastCalledWith({ id: 7, notes: 'Hek bij de speeltuin' });
    await api.answer();
    await pause(SAVE_AFTER_PAUSE_MS * 3);
    expect(api.save).toHaveBeenCalledTimes(1);
  });

  it('saves at once when the field is left, and not again after the pause', async () => {
    const api = backEnd();
    render(<NotesField stored={{ id: 7, notes: '' }} save={api.save} />);
    type('Buurtapp opgezet');
    fireEvent.blur(field());
    await act(async () => {});
    expect(api.save).toHaveBeenCalledTimes(1);
    expect(api.save).toHaveBeenLastCalledWith({ id: 7, notes: 'Buurtapp opgezet' });
    await api.answer();
    await pause(SAVE_AFTER_PAUSE_MS * 2);
    expect(api.save).toHaveBeenCalledTimes(1);
  });

  it('saves what is still typed when the form disappears (another agenda item)', async () => {
    const api = backEnd();
    const view = render(<NotesField stored={{ id: 7, notes: '' }} save={api.save} />);
    type('Wijkagent komt langs');
    view.unmount();
    await act(async () => {});
    expect(api.save).toHaveBeenCalledTimes(1);
    expect(api.save).toHaveBeenLastCalledWith({ id: 7, notes: 'Wijkagent komt langs' });
  });

  it('does not save when nothing was typed, or the typing was undone by hand', async () => {
    const api = backEnd();
    const view = render(<NotesField stored={{ id: 7, notes: 'Vuil' }} save={api.save} />);
    type('Vuilnis');
    type('Vuil');
    fireEvent.blur(field());
    await pause(SAVE_AFTER_PAUSE_MS * 2);
    view.unmount();
    await act(async () => {});
    expect(api.save).not.toHaveBeenCalled();
  });

  it('never replaces the text being typed by a refresh from the server, and shows the stored form once the field is left', async () => {
    const api = backEnd();
    const view = render(<NotesField stored={{ id: 7, notes: '' }} save={api.save} />);
    type('Lantaarnpaal ');
    await pause(SAVE_AFTER_PAUSE_MS);
    await api.answer();
    // The command made the meeting stale: it comes back with the trimmed text, and another refresh too.
    view.rerender(<NotesField stored={{ id: 7, notes: 'Lantaarnpaal' }} save={api.save} />);
    expect(field().value).toBe('Lantaarnpaal ');
    type('Lantaarnpaal k');
    view.rerender(<NotesField stored={{ id: 7, notes: 'Lantaarnpaal' }} save={api.save} />);
    expect(field().value).toBe('Lantaarnpaal k');
    type('Lantaarnpaal kapot ');
    fireEvent.blur(field());
    await act(async () => {});
    await api.answer();
    expect(field().value).toBe('Lantaarnpaal kapot');
    expect(api.save).toHaveBeenCalledTimes(2);
    // After that the server has the say again: an undo brings the earlier text back into the field.
    view.rerender(<NotesField stored={{ id: 7, notes: 'Lantaarnpaal kapot' }} save={api.save} />);
    view.rerender(<NotesField stored={{ id: 7, notes: 'Lantaarnpaal' }} save={api.save} />);
    expect(field().value).toBe('Lantaarnpaal');
  });

  it('keeps a refused text with the Dutch message next to the field, and does not send it again when the form closes', async () => {
    const api = backEnd();
    const view = render(<NotesField stored={{ id: 7, notes: '' }} save={api.save} />);
    type('Een heel lang verhaal');
    fireEvent.blur(field());
    await act(async () => {});
    await api.refuse(new ApiCallError({ code: 'validation', message: 'Controleer de invoer.', fields: { notes: 'Notities mogen hoogstens 4000 tekens hebben.' } }));
    expect(field().value).toBe('Een heel lang verhaal');
    expect(screen.getByRole('alert').textContent).toBe('Notities mogen hoogstens 4000 tekens hebben.');
    view.rerender(<NotesField stored={{ id: 7, notes: '' }} save={api.save} />);
    expect(field().value).toBe('Een heel lang verhaal');
    view.unmount();
    await act(async () => {});
    expect(api.save).toHaveBeenCalledTimes(1);
  });

  it('shows a general failure (the database cannot be written) in Dutch and keeps the text; the next save clears it', async () => {
    const api = backEnd();
    render(<NotesField stored={{ id: 7, notes: '' }} save={api.save} />);
    type('Overlast hangjongeren');
    await pause(SAVE_AFTER_PAUSE_MS);
    await api.refuse(new ApiCallError({ code: 'storage', message: 'De database kan niet worden opgeslagen: de schijf is vol.' }));
    expect(field().value).toBe('Overlast hangjongeren');
    expect(screen.getByRole('status').textContent).toBe('De database kan niet worden opgeslagen: de schijf is vol.');
    fireEvent.blur(field());
    await act(async () => {});
    expect(api.save).toHaveBeenCalledTimes(2);
    await api.answer();
    expect(screen.queryByRole('status')).toBeNull();
    expect(field().value).toBe('Overlast hangjongeren');
  });

  it('sends saves one after another: a later text is sent only when the earlier save has answered', async () => {
    const api = backEnd();
    render(<NotesField stored={{ id: 7, notes: '' }} save={api.save} />);
    type('Eerst');
    await pause(SAVE_AFTER_PAUSE_MS);
    type('Eerst en dan');
    fireEvent.blur(field());
    await act(async () => {});
    expect(api.save).toHaveBeenCalledTimes(1);
    await api.answer();
    expect(api.save).toHaveBeenCalledTimes(2);
    expect(api.save).toHaveBeenLastCalledWith({ id: 7, notes: 'Eerst en dan' });
  });
});
