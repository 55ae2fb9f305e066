import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the native <dialog>: focus trap, Esc and the backdrop come for free. Shown
 * while mounted; Esc (the dialog's own close) calls onClose.
 */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // Focus goes back where it came from when the dialog goes (React removes it; the browser would not know).
    const before = document.activeElement;
    dialog?.showModal();
    return () => {
      dialog?.close();
      requestAnimationFrame(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && before instanceof HTMLElement && before.isConnected) before.focus();
      });
    };
  }, []);
  return (
    <dialog ref={ref} className="wo-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 className="utrecht-heading-2" id={titleId}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
