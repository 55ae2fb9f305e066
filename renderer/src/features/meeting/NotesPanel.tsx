import type { AgendaItem } from '../../../../contract/schemas/meetings';
import { call } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { TextAreaField } from '../../ui/fields';
import { useEditable } from '../../ui/useEditable';
import { useMeeting } from './MeetingContext';

/** Free notes of the secretary per agenda item; saved when leaving the field and while pausing (useEditable). */
export function NotesPanel({ item }: { item: AgendaItem }) {
  const { readOnly } = useMeeting();
  const edit = useEditable({ id: item.id, notes: item.notes ?? '' }, (v) => call('agenda:updateItem', { id: v.id, notes: v.notes }).then((i) => ({ id: i.id, notes: i.notes ?? '' })));
  if (readOnly) {
    return (
      <section className="wo-panel" aria-label="Notities">
        <h3 className="utrecht-heading-3">Notities</h3>
        <p className="wo-notes">{item.notes ?? 'Geen notities.'}</p>
      </section>
    );
  }
  return (
    <section className="wo-panel" aria-label="Notities">
      <TextAreaField
        label="Notities bij dit punt"
        value={edit.draft.notes}
        rows={4}
        // useEditable saves during a pause in typing and when the item is left, so a crash mid-sentence loses little.
        onChange={(v) => edit.set('notes', v)}
        onCommit={() => void edit.commit()}
        error={edit.errors.notes}
      />
      {edit.formError ? <Alert type="error">{edit.formError}</Alert> : null}
    </section>
  );
}
