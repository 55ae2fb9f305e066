import { useState } from 'react';
import type { Meeting, MeetingSummary } from '../../../../contract/schemas/meetings';
import { call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { DetailPanel } from '../../layout/MasterDetail';
import { href } from '../../layout/router';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import { SelectField, TextField } from '../../ui/fields';
import { formatWeekday } from '../../ui/format';
import { trackSave } from '../../ui/saveStatus';
import { useEditable } from '../../ui/useEditable';
import { idOrNull, idToValue, rolePersonOptions, ROLE_PICK_HINT } from './teamPeople';

interface PlanningValues {
  id: number;
  date: string;
  startTime: string;
  /** '' while there is no end time: inputs hold strings. */
  endTime: string;
  place: string;
  chairId: string;
  secretaryId: string;
}

const valuesOf = (m: Meeting): PlanningValues => ({
  id: m.id,
  date: m.date,
  startTime: m.startTime,
  endTime: m.endTime ?? '',
  place: m.place,
  chairId: idToValue(m.chairId),
  secretaryId: idToValue(m.secretaryId),
});

export type Notice = { type: 'ok' | 'error'; text: string };

/** Invitation, date/time/place and removal of a meeting that has not started yet. */
export function EditMeetingPanel({ meeting, onClose, onDeleted }: { meeting: MeetingSummary; onClose: () => void; onDeleted: (text: string) => void }) {
  const team = useQuery('team:get', { wijkId: meeting.wijkId });
  const edit = useEditable<PlanningValues>(valuesOf(meeting), (v) =>
    call('meeting:update', {
      id: v.id,
      date: v.date,
      startTime: v.startTime,
      endTime: v.endTime,
      place: v.place,
      chairId: idOrNull(v.chairId),
      secretaryId: idOrNull(v.secretaryId),
    }).then(valuesOf),
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const title = `WCT ${meeting.wijkName}, ${formatWeekday(meeting.date)}`;
  const planned = meeting.status === 'gepland';

  const exportIcs = async () => {
    try {
      const file = await call('meeting:exportIcs', { id: meeting.id });
      downloadText(file.fileName, file.content, file.mimeType);
      setNotice({ type: 'ok', text: `De uitnodiging is aangemaakt (${file.fileName}). Stuur het bestand mee in de uitnodigingsmail.` });
    } catch (e) {
      setNotice({ type: 'error', text: messageOf(e) });
    }
  };

  const remove = async () => {
    try {
      await trackSave(() => call('meeting:delete', { id: meeting.id }));
      onDeleted(`Het overleg ${title} is verwijderd.`);
    } catch (e) {
      setConfirming(false);
      setNotice({ type: 'error', text: messageOf(e) });
    }
  };

  const people = rolePersonOptions(team.data, idOrNull(edit.draft.chairId), idOrNull(edit.draft.secretaryId));

  return (
    <DetailPanel title={title} onClose={onClose}>
      <p className="wo-panel-links">
        <a className="utrecht-link" href={href(`/overleg/${meeting.id}`)}>
          Overleg openen
        </a>
      </p>
      {planned ? (
        <>
          <div className="wo-buttons wo-buttons--top">
            <Button variant="secondary" onClick={() => void exportIcs()}>
              Uitnodiging (.ics)
            </Button>
          </div>
          {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
          <p className="wo-hint">Wijzigingen worden opgeslagen zodra u een veld verlaat. Verstuur daarna een nieuwe uitnodiging: agenda’s werken de afspraak dan bij.</p>
          <TextField label="Datum" type="date" value={edit.draft.date} onChange={(v) => edit.set('date', v)} onCommit={() => void edit.commit()} error={edit.errors.date} required />
          <div className="wo-row wo-plan__times">
            <TextField label="Begintijd" type="time" value={edit.draft.startTime} onChange={(v) => edit.set('startTime', v)} onCommit={() => void edit.commit()} error={edit.errors.startTime} required className="wo-grow" />
            <TextField label="Eindtijd" type="time" value={edit.draft.endTime} onChange={(v) => edit.set('endTime', v)} onCommit={() => void edit.commit()} error={edit.errors.endTime} className="wo-grow" />
          </div>
          <TextField label="Locatie" value={edit.draft.place} onChange={(v) => edit.set('place', v)} onCommit={() => void edit.commit()} error={edit.errors.place} required />
          <SelectField label="Voorzitter" value={edit.draft.chairId} options={people} placeholder="Geen voorzitter" onChange={(v) => void edit.setAndCommit('chairId', v)} error={edit.errors.chairId} />
          <SelectField label="Secretaris / notulist" value={edit.draft.secretaryId} options={people} placeholder="Geen secretaris" onChange={(v) => void edit.setAndCommit('secretaryId', v)} error={edit.errors.secretaryId} />
          <p className="wo-hint">{ROLE_PICK_HINT}</p>
          {edit.formError ? <Alert type="error">{edit.formError}</Alert> : null}
          <div className="wo-danger-zone">
            {confirming ? (
              <>
                <p className="utrecht-paragraph">Dit overleg verwijderen, met zijn agenda en presentielijst? Dit kan niet ongedaan worden gemaakt.</p>
                <div className="wo-buttons">
                  <Button variant="danger" onClick={() => void remove()}>
                    Ja, overleg verwijderen
                  </Button>
                  <Button variant="subtle" onClick={() => setConfirming(false)}>
                    Niet verwijderen
                  </Button>
                </div>
              </>
            ) : (
              <Button variant="danger" onClick={() => setConfirming(true)}>
                Overleg verwijderen…
              </Button>
            )}
          </div>
        </>
      ) : (
        <p className="wo-hint">Dit overleg is al begonnen of afgerond. Wijzigen kan alleen nog in het overleg zelf.</p>
      )}
    </DetailPanel>
  );
}
