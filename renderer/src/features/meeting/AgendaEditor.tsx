import { useState } from 'react';
import type { AgendaItem } from '../../../../contract/schemas/meetings';
import { call, messageOf } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { trackSave } from '../../ui/saveStatus';
import { useCreateForm } from '../../ui/useCreateForm';
import { useEditable } from '../../ui/useEditable';
import { useMeeting } from './MeetingContext';

/** Adjusting this meeting's agenda: add, move, remove items and change their planned time. */
export function AgendaEditor({ onDone }: { onDone: () => void }) {
  const { detail, meetingId } = useMeeting();
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<unknown>) =>
    trackSave(work)
      .then(() => setError(null))
      .catch((e: unknown) => setError(messageOf(e)));
  const add = useCreateForm({ title: '', plannedMinutes: '10' }, (v) => call('agenda:addItem', { meetingId, title: v.title, plannedMinutes: Number(v.plannedMinutes) }), () => undefined);

  return (
    <div className="wo-agenda-editor" aria-label="Agenda aanpassen" role="region">
      <ol className="wo-agenda-editor__list">
        {detail.agenda.map((item, index) => (
          <li key={item.id} className="wo-agenda-editor__item">
            <ItemFields item={item} />
            <div className="wo-agenda-editor__buttons">
              <Button variant="subtle" disabled={index === 0} aria-label={`${item.title} omhoog`} onClick={() => void run(() => call('agenda:moveItem', { id: item.id, direction: 'up' }))}>
                ↑
              </Button>
              <Button variant="subtle" disabled={index === detail.agenda.length - 1} aria-label={`${item.title} omlaag`} onClick={() => void run(() => call('agenda:moveItem', { id: item.id, direction: 'down' }))}>
                ↓
              </Button>
              <Button variant="subtle" aria-label={`${item.title} verwijderen`} onClick={() => void run(() => call('agenda:removeItem', { id: item.id }))}>
                ✕
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {error ? <Alert type="error">{error}</Alert> : null}
      <form noValidate className="wo-agenda-editor__add" aria-label="Agendapunt toevoegen" onSubmit={(e) => { e.preventDefault(); void add.submit(); }}>
        <TextField label="Nieuw agendapunt" value={add.values.title} onChange={(v) => add.set('title', v)} error={add.errors.title ?? add.formError ?? undefined} className="wo-compact" />
        <TextField label="Minuten" type="number" inputMode="numeric" value={add.values.plannedMinutes} onChange={(v) => add.set('plannedMinutes', v)} error={add.errors.plannedMinutes} className="wo-compact" />
        <Button type="submit">Toevoegen</Button>
      </form>
      <Button variant="primary" onClick={onDone}>
        Klaar met aanpassen
      </Button>
    </div>
  );
}

function ItemFields({ item }: { item: AgendaItem }) {
  const edit = useEditable({ id: item.id, title: item.title, plannedMinutes: String(item.plannedMinutes) }, (v) =>
    call('agenda:updateItem', { id: v.id, title: v.title, plannedMinutes: Number(v.plannedMinutes) }).then((i) => ({ id: i.id, title: i.title, plannedMinutes: String(i.plannedMinutes) })),
  );
  return (
    <div className="wo-agenda-editor__fields">
      <TextField label="Titel" value={edit.draft.title} onChange={(v) => edit.set('title', v)} onCommit={() => void edit.commit()} error={edit.errors.title} className="wo-compact" />
      <TextField label="Minuten" type="number" inputMode="numeric" value={edit.draft.plannedMinutes} onChange={(v) => edit.set('plannedMinutes', v)} onCommit={() => void edit.commit()} error={edit.errors.plannedMinutes ?? edit.formError ?? undefined} className="wo-compact wo-minutes" />
    </div>
  );
}
