import { useRef, useState, type KeyboardEvent } from 'react';
import { ATTENDANCE_STATUSES, type AttendanceRow, type AttendanceStatus } from '../../../../contract/schemas/attendance';
import { call, messageOf } from '../../api/client';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { trackSave } from '../../ui/saveStatus';
import { useMeeting } from './MeetingContext';

/**
 * One key per status, none shared with the meeting's own letters (V next item, A action, S, B):
 * P present, M afgemeld, W afwezig, I invaller (vervangen).
 */
export const ATTENDANCE_KEYS: Record<string, AttendanceStatus> = { p: 'aanwezig', m: 'afgemeld', w: 'afwezig', i: 'vervangen' };
const SHORT: Record<AttendanceStatus, string> = { aanwezig: 'Aanwezig', afgemeld: 'Afgemeld', afwezig: 'Afwezig', vervangen: 'Vervangen' };

/** Attendance: one click or key per member; a substitute can be picked or typed. */
export function AttendancePanel() {
  const { detail, readOnly } = useMeeting();
  const rows = detail.attendance;
  const recorded = rows.filter((r) => r.status !== null).length;
  const present = rows.filter((r) => r.status === 'aanwezig' || r.status === 'vervangen').length;
  const listRef = useRef<HTMLUListElement>(null);

  const focusRow = (index: number) => listRef.current?.querySelectorAll<HTMLElement>('[data-attendance-row]')[index]?.focus();

  return (
    <section className="wo-panel" aria-labelledby="aanwezigheid-kop">
      <div className="wo-panel__head">
        <h3 className="utrecht-heading-3" id="aanwezigheid-kop">
          Aanwezigheid
        </h3>
        <p className="wo-panel__count">
          {present} aanwezig · {recorded} van {rows.length} geregistreerd
        </p>
      </div>
      {!readOnly ? (
        <p className="wo-hint">
          Klik, of kies een lid (↑ ↓) en druk op <kbd>P</kbd> present, <kbd>M</kbd> afgemeld, <kbd>W</kbd> afwezig of <kbd>I</kbd> invaller (vervangen).
        </p>
      ) : null}
      <ul className="wo-attendance" ref={listRef}>
        {rows.map((row, index) => (
          <AttendanceLine key={row.id} row={row} onMove={(delta) => focusRow(Math.min(Math.max(index + delta, 0), rows.length - 1))} />
        ))}
      </ul>
      <Guests />
    </section>
  );
}

function AttendanceLine({ row, onMove }: { row: AttendanceRow; onMove: (delta: number) => void }) {
  const { meetingId, readOnly, people } = useMeeting();
  const [substituting, setSubstituting] = useState(false);
  const [substitute, setSubstitute] = useState(row.substituteName ?? '');
  const [error, setError] = useState<string | null>(null);
  const rowRef = useRef<HTMLLIElement>(null);

  const candidates = people.filter((p) => p.active && p.id !== row.personId);
  const labelOf = (p: { name: string; organisationName: string }) => `${p.name} (${p.organisationName})`;

  const save = async (status: AttendanceStatus | null, sub?: string) => {
    const match = sub ? candidates.find((p) => labelOf(p) === sub || p.name.toLowerCase() === sub.toLowerCase()) : undefined;
    try {
      await trackSave(() =>
        call('attendance:set', {
          meetingId,
          personId: row.personId,
          status,
          substitutePersonId: status === 'vervangen' ? (match?.id ?? null) : null,
          substituteName: status === 'vervangen' && !match ? (sub ?? null) : null,
        }),
      );
      setError(null);
      if (substituting) {
        setSubstituting(false);
        // Back on the member, ready for the next key.
        rowRef.current?.focus();
      }
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const choose = (status: AttendanceStatus) => {
    if (status === 'vervangen') {
      setSubstituting(true);
      return;
    }
    setSubstituting(false);
    void save(row.status === status ? null : status);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget || readOnly) return;
    const status = ATTENDANCE_KEYS[e.key.toLowerCase()];
    if (status && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      choose(status);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onMove(e.key === 'ArrowDown' ? 1 : -1);
    }
  };

  const substituteLabel = row.substituteName ? `${row.substituteName}${row.substituteOrganisationName ? ` (${row.substituteOrganisationName})` : ''}` : null;
  return (
    <li ref={rowRef} className={`wo-attendance__row wo-attendance__row--${row.status ?? 'open'}`} tabIndex={readOnly ? undefined : 0} data-attendance-row onKeyDown={onKeyDown} aria-label={`${row.name}, ${row.organisationName}: ${row.status ? ATTENDANCE_STATUSES[row.status] : 'nog niet geregistreerd'}`}>
      <div className="wo-attendance__who">
        <span className="wo-attendance__name">
          {row.name} {row.isChair ? <StatusBadge tone="active">Voorzitter</StatusBadge> : null} {row.isSecretary ? <StatusBadge tone="neutral">Notulist</StatusBadge> : null}
        </span>
        <span className="wo-attendance__org">
          {row.role}, {row.organisationName}
        </span>
        {row.status === 'vervangen' && substituteLabel ? <span className="wo-attendance__sub">Vervangen door {substituteLabel}</span> : null}
      </div>
      <div className="wo-segmented" role="group" aria-label={`Aanwezigheid van ${row.name}`}>
        {(Object.keys(SHORT) as AttendanceStatus[]).map((status) => (
          <button
            key={status}
            type="button"
            tabIndex={-1}
            className={`wo-segmented__option wo-segmented__option--${status}`}
            aria-pressed={row.status === status}
            disabled={readOnly}
            onClick={() => choose(status)}
          >
            {SHORT[status]}
          </button>
        ))}
      </div>
      {substituting ? (
        <form
          noValidate
          className="wo-row wo-attendance__subform"
          onSubmit={(e) => {
            e.preventDefault();
            void save('vervangen', substitute.trim());
          }}
          onKeyDown={(e) => {
            // Esc closes the substitute editor at once (only a name is at stake) and returns to the member.
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              setSubstituting(false);
              rowRef.current?.focus();
            }
          }}
        >
          <TextField
            label={`Vervanger van ${row.name}`}
            value={substitute}
            onChange={setSubstitute}
            list={`vervangers-${row.id}`}
            autoFocus
            placeholder="Kies een collega of typ een naam"
            className="wo-grow wo-compact"
          />
          <datalist id={`vervangers-${row.id}`}>
            {[...candidates.filter((p) => p.organisationId === row.organisationId), ...candidates.filter((p) => p.organisationId !== row.organisationId)].map((p) => (
              <option key={p.id} value={labelOf(p)} />
            ))}
          </datalist>
          <Button type="submit" variant="primary">
            Vastleggen
          </Button>
          <Button
            variant="subtle"
            onClick={() => {
              setSubstituting(false);
              rowRef.current?.focus();
            }}
          >
            Annuleren <kbd>Esc</kbd>
          </Button>
        </form>
      ) : null}
      {error ? <Alert type="error">{error}</Alert> : null}
    </li>
  );
}

function Guests() {
  const { detail, meetingId, readOnly } = useMeeting();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = async () => {
    try {
      await trackSave(() => call('attendance:addGuest', { meetingId, name, organisationName: organisation }));
      setName('');
      setOrganisation('');
      setErrors({});
    } catch (e) {
      setErrors({ name: messageOf(e) });
    }
  };
  return (
    <div className="wo-guests">
      <h4 className="utrecht-heading-4">Gasten</h4>
      {detail.guests.length === 0 ? <p className="wo-hint">Geen gasten.</p> : null}
      <ul className="wo-guests__list">
        {detail.guests.map((g) => (
          <li key={g.id}>
            {g.name}
            {g.organisationName ? `, ${g.organisationName}` : ''}
            {g.role ? ` (${g.role})` : ''}
            {!readOnly ? (
              <Button variant="subtle" aria-label={`Gast ${g.name} verwijderen`} onClick={() => void trackSave(() => call('attendance:removeGuest', { id: g.id }))}>
                Verwijderen
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {!readOnly ? (
        <form noValidate className="wo-row" onSubmit={(e) => { e.preventDefault(); void add(); }}>
          <TextField label="Naam van de gast" value={name} onChange={setName} error={errors.name} className="wo-grow wo-compact" />
          <TextField label="Organisatie van de gast" value={organisation} onChange={setOrganisation} className="wo-grow wo-compact" />
          <Button type="submit">Gast toevoegen</Button>
        </form>
      ) : null}
    </div>
  );
}
