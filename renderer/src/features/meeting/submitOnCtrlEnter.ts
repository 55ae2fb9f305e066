import type { KeyboardEvent } from 'react';

/** Ctrl+Enter (Cmd+Enter) submits the form from any field, also from a textarea. */
export function submitOnCtrlEnter(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    e.currentTarget.requestSubmit();
  }
}
