import { useRef, useState } from 'react';
import type { Decision } from '../../../../contract/schemas/decisions';
import type { AgendaItem } from '../../../../contract/schemas/meetings';
import { call, messageOf } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { trackSave } from '../../ui/saveStatus';
import { useCreateForm } from '../../ui/useCreateForm';
import { useEditable } from '../../ui/useEditable';
import { useMeeting } from './MeetingContext';
import { submitOnCtrlEnter } from './submitOnCtrlEnter';

/** Besluiten under this agenda item: typed and saved with Enter, corrected in place. */
export function DecisionsPanel({ item }: { item: AgendaItem }) {
  const { detail, form, openForm, closeForm, readOnly } = useMeeting();
  const decisions = detail.decisions.filter((d) => d.agendaItemId === item.id);
  return (
    <section className="wo-panel" aria-labelledby={`besluiten-${item.id}`}>
      <div className="wo-panel__head">
        <h3 className="utrecht-heading-3" id={`besluiten-${item.id}`}>
          Besluiten
        </h3>
        {!readOnly && form?.kind !== 'decision' ? (
          <Button onClick={() => openForm({ kind: 'decision' })} aria-keyshortcuts="b">
            Nieuw besluit <kbd>B</kbd>
          </Button>
        ) : null}
      </div>
      {decisions.length === 0 && form?.kind !== 'decision' ? <p className="wo-hint">Nog geen besluiten bij dit punt.</p> : null}
      <ol className="wo-decisions">
        {decisions.map((d) => (
          <DecisionLine key={d.id} decision={d} readOnly={readOnly} />
        ))}
      </ol>
      {form?.kind === 'decision' && !readOnly ? <DecisionForm item={item} onClose={closeForm} /> : null}
    </section>
  );
}

/** A new decision: Enter or Ctrl+Enter saves it, and the field is ready for the next one. */
function DecisionForm({ item, onClose }: { item: AgendaItem; onClose: () => void }) {
  const { meetingId, notify } = useMeeting();
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateForm(
    { text: '' },
    (v) => call('decision:create', { agendaItemId: item.id, text: v.text }),
    () => formRef.current?.querySelector<HTMLInputElement>('input')?.focus(),
    { key: `${meetingId}:decision:${item.id}`, worthKeeping: (v) => v.text.trim() !== '', onKept: () => notify('Het half getypte besluit is bewaard. Druk op B om verder te gaan.') },
  );
  return (
    <form
      ref={formRef}
      noValidate
      className="wo-row wo-capture wo-capture--inline"
      aria-label="Nieuw besluit"
      onSubmit={(e) => {
        e.preventDefault();
        void create.submit();
      }}
      onKeyDown={submitOnCtrlEnter}
    >
      <TextField label="Besluit" value={create.values.text} onChange={(v) => create.set('text', v)} error={create.errors.text ?? create.formError ?? undefined} autoFocus className="wo-grow wo-compact" placeholder="Het WCT besluit dat …" />
      <Button type="submit" variant="primary" disabled={create.busy}>
        Besluit vastleggen <kbd>Enter</kbd>
      </Button>
      <Button variant="subtle" onClick={onClose}>
        Sluiten <kbd>Esc</kbd>
      </Button>
    </form>
  );
}

function DecisionLine({ decision, readOnly }: { decision: Decision; readOnly: boolean }) {
  const edit = useEditable({ id: decision.id, text: decision.text }, (v) => call('decision:update', v).then((d) => ({ id: d.id, text: d.text })));
  const [error, setError] = useState<string | null>(null);
  if (readOnly) return <li className="wo-decision">{decision.text}</li>;
  return (
    <li className="wo-decision">
      <TextField label={`Besluit`} value={edit.draft.text} onChange={(v) => edit.set('text', v)} onCommit={() => void edit.commit()} error={edit.errors.text} className="wo-grow wo-compact wo-decision__field" />
      <Button variant="subtle" aria-label={`Besluit verwijderen: ${decision.text}`} onClick={() => void trackSave(() => call('decision:delete', { id: decision.id })).catch((e: unknown) => setError(messageOf(e)))}>
        Verwijderen
      </Button>
      {error ? <Alert type="error">{error}</Alert> : null}
    </li>
  );
}
