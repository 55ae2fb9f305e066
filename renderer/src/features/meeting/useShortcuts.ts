import { useEffect, useRef } from 'react';

export interface Shortcut {
  /** KeyboardEvent.key, lower case for letters; e.g. 'v', '?', 'PageDown', 'ctrl+z'. */
  keys: string[];
  label: string;
  run: () => void;
}

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const keyOf = (e: KeyboardEvent) => `${e.ctrlKey || e.metaKey ? 'ctrl+' : ''}${e.altKey ? 'alt+' : ''}${e.key.length === 1 ? e.key.toLowerCase() : e.key}`;

/**
 * Single-key shortcuts for the chair. They only fire when the focus is not in a text field, so
 * typing notes never triggers them; Alt-combinations work everywhere. Esc in a field leaves the
 * field; Esc again closes the form.
 */
export function useShortcuts(shortcuts: Shortcut[], enabled: boolean): void {
  const ref = useRef(shortcuts);
  ref.current = shortcuts;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const key = keyOf(e);
      if (typingIn(e.target) && key === 'Escape' && !document.querySelector('dialog[open]')) {
        // First Esc leaves the field, the second closes the form: one stray key never throws away a half-typed signal.
        e.preventDefault();
        // Focus moves to the form itself (not to the page), so the second Esc closes it and focus goes home.
        const form = (e.target as HTMLElement).closest('form');
        if (form) {
          form.tabIndex = -1;
          form.focus();
        } else (e.target as HTMLElement).blur();
        return;
      }
      if (typingIn(e.target) && !key.startsWith('alt+')) return;
      if (document.querySelector('dialog[open]') && key !== 'Escape') return;
      const hit = ref.current.find((s) => s.keys.includes(key));
      if (hit) {
        e.preventDefault();
        hit.run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
