import { useSaveState } from '../ui/saveStatus';

const time = (d: Date) => d.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });

export function SaveIndicator() {
  const state = useSaveState();
  return (
    <p className={`wo-save wo-save--${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'saving'
        ? 'Opslaan…'
        : state.kind === 'saved'
          ? `Alles opgeslagen (${time(state.at)})`
          : state.kind === 'error'
            ? `Niet opgeslagen: ${state.message}`
            : 'Wijzigingen worden direct opgeslagen'}
    </p>
  );
}
