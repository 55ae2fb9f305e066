import { Button } from '../../ui/Button';

/** Said above a form that came back with what was typed before it was closed unsaved. */
export function DraftNote({ what, onDiscard }: { what: string; onDiscard: () => void }) {
  return (
    <div className="wo-draft" role="status">
      <p>Niet-vastgelegd concept teruggezet: dit {what} was nog niet opgeslagen.</p>
      <Button variant="subtle" className="wo-button--compact" onClick={onDiscard}>
        Concept weggooien
      </Button>
    </div>
  );
}
