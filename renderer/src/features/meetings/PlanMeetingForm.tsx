import { useEffect } from 'react';
import type { Wijk } from '../../../../contract/schemas/masterdata';
import type { Meeting } from '../../../../contract/schemas/meetings';
import { ApiCallError, call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { DetailPanel } from '../../layout/MasterDetail';
import { SelectField, TextField } from '../../ui/fields';
import { useCreateForm } from '../../ui/useCreateForm';
import { formatDayShort, timeRange } from './meetingFormat';
import { FormFooter } from '../../ui/FormFooter';
import { idOrNull, idToValue, rolePersonOptions, ROLE_PICK_HINT } from './teamPeople';

interface PlanValues {
  wijkId: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  chairId: string;
  secretaryId: string;
}

const empty: PlanValues = { wijkId: '', date: '', startTime: '', endTime: '', place: '', chairId: '', secretaryId: '' };

const CHOOSE_TEAM = 'Kies het wijk-coördinatieteam dat vergadert.';

export function PlanMeetingForm({ wijken, onCreated, onCancel }: { wijken: Wijk[]; onCreated: (m: Meeting) => void; onCancel: () => void }) {
  const form = useCreateForm<PlanValues, Meeting>(
    empty,
    (v): Promise<Meeting> => {
      // Without a team the contract can only say "ongeldige verwijzing"; say what to do instead.
      if (!v.wijkId || !team.data) throw new ApiCallError({ code: 'validation', message: CHOOSE_TEAM, fields: { teamId: CHOOSE_TEAM } });
      return call('meeting:create', {
        teamId: team.data.id,
        date: v.date,
        startTime: v.startTime,
        endTime: v.endTime,
        place: v.place,
        chairId: idOrNull(v.chairId),
        secretaryId: idOrNull(v.secretaryId),
      });
    },
    onCreated,
  );
  const wijkId = Number(form.values.wijkId) || 0;
  const team = useQuery('team:get', { wijkId: wijkId || 1 }, { enabled: wijkId > 0 });
  const currentTeam = team.data?.wijkId === wijkId ? team.data : undefined;
  // The team's most recent meeting (one row, asked of the back end): its place and times are the best guess for the next one.
  const latest = useQuery('meeting:page', { filter: { wijkId: wijkId || 1 }, sort: { key: 'date', dir: 'desc' }, limit: 1 }, { enabled: wijkId > 0 });
  const lastRow = latest.data?.rows[0];
  const last = wijkId && lastRow?.wijkId === wijkId ? lastRow : null;

  // Chair and secretary start as the team's; the chair can still pick someone else for this meeting.
  const teamId = currentTeam?.id;
  useEffect(() => {
    if (!currentTeam) return;
    form.set('chairId', idToValue(currentTeam.chairId));
    form.set('secretaryId', idToValue(currentTeam.secretaryId));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [teamId]);

  const chooseWijk = (value: string) => form.set('wijkId', value);
  // Once the chosen team's last meeting has arrived: its place and times fill what is still empty.
  const lastId = last?.id;
  useEffect(() => {
    if (!last) return;
    if (!form.values.place) form.set('place', last.place);
    if (!form.values.startTime) form.set('startTime', last.startTime);
    if (!form.values.endTime && last.endTime) form.set('endTime', last.endTime);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastId]);

  const people = rolePersonOptions(currentTeam, idOrNull(form.values.chairId), idOrNull(form.values.secretaryId));

  return (
    <DetailPanel title="Overleg plannen">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit();
        }}
      >
        <SelectField
          label="Wijk-coördinatieteam"
          value={form.values.wijkId}
          options={wijken.map((w) => ({ value: String(w.id), label: `WCT ${w.name}` }))}
          placeholder="Kies een team"
          onChange={chooseWijk}
          error={form.errors.teamId}
          required
          autoFocus
        />
        <TextField
          label="Datum"
          type="date"
          value={form.values.date}
          onChange={(v) => form.set('date', v)}
          error={form.errors.date}
          required
          description={last ? `Vorig overleg: ${formatDayShort(last.date)}, ${timeRange(last)}` : undefined}
        />
        <div className="wo-row wo-plan__times">
          <TextField label="Begintijd" type="time" value={form.values.startTime} onChange={(v) => form.set('startTime', v)} error={form.errors.startTime} required className="wo-grow" />
          <TextField label="Eindtijd" type="time" value={form.values.endTime} onChange={(v) => form.set('endTime', v)} error={form.errors.endTime} className="wo-grow" />
        </div>
        <TextField label="Locatie" value={form.values.place} onChange={(v) => form.set('place', v)} error={form.errors.place} required placeholder="Bijvoorbeeld: Wijkcentrum De Wieken" />
        <SelectField
          label="Voorzitter"
          value={form.values.chairId}
          options={people}
          placeholder={currentTeam ? 'Geen voorzitter' : 'Kies eerst een team'}
          onChange={(v) => form.set('chairId', v)}
          error={form.errors.chairId}
        />
        <SelectField
          label="Secretaris / notulist"
          value={form.values.secretaryId}
          options={people}
          placeholder={currentTeam ? 'Geen secretaris' : 'Kies eerst een team'}
          onChange={(v) => form.set('secretaryId', v)}
          error={form.errors.secretaryId}
        />
        <p className="wo-hint">{ROLE_PICK_HINT}</p>
        <p className="wo-hint">De agenda komt uit het agendasjabloon van het team; alle teamleden staan op de presentielijst.</p>
        <FormFooter error={form.formError} busy={form.busy} submit={'Overleg plannen'} cancel={'Annuleren'} onCancel={onCancel} />
      </form>
    </DetailPanel>
  );
}
