import type { AgendaItem } from '../../../../contract/schemas/meetings';
import { Button } from '../../ui/Button';
import { ActionForm } from './ActionForm';
import { ActionSummary } from './ActionSummary';
import { useMeeting } from './MeetingContext';

/** Agreements made under this agenda item, the form for a new one, and corrections in place. */
export function ActionsPanel({ item }: { item: AgendaItem }) {
  const { detail, form, openForm, readOnly } = useMeeting();
  const actions = detail.actions.filter((a) => a.agendaItemId === item.id);
  return (
    <section className="wo-panel" aria-labelledby={`acties-${item.id}`}>
      <div className="wo-panel__head">
        <h3 className="utrecht-heading-3" id={`acties-${item.id}`}>
          Acties bij dit punt
        </h3>
        {!readOnly ? (
          <Button onClick={() => openForm({ kind: 'action' })} aria-keyshortcuts="a">
            Nieuwe actie <kbd>A</kbd>
          </Button>
        ) : null}
      </div>
      {form?.kind === 'action' ? <ActionForm key={form.signalId ?? 'item'} item={item} signalId={form.signalId ?? null} /> : null}
      {actions.length === 0 && form?.kind !== 'action' ? <p className="wo-hint">Nog geen acties bij dit punt.</p> : null}
      <ul className="wo-cards">
        {actions.map((a) => (
          <li key={a.id} className={a.overdue ? 'wo-card wo-action wo-action--overdue' : 'wo-card wo-action'}>
            {form?.kind === 'editAction' && form.id === a.id ? (
              <ActionForm item={item} action={a} />
            ) : (
              <>
                <ActionSummary action={a} />
                {!readOnly ? (
                  <div className="wo-buttons wo-buttons--compact">
                    <Button variant="subtle" onClick={() => openForm({ kind: 'editAction', id: a.id })} aria-label={`Actie wijzigen: ${a.what}`}>
                      Wijzigen
                    </Button>
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
