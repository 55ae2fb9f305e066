import { useState } from 'react';
import { ApiCallError, messageOf } from '../../api/client';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/fields';
import { trackSave } from '../../ui/saveStatus';

export interface FollowUpValues<S extends string> {
  note: string;
  status: S | undefined;
  /** The text the chosen status requires (see needsText), else empty. */
  extra: string;
}

/**
 * Progress of a carried-over signal or action in this meeting: a note and/or a new status.
 * Shared by both, because the chair handles them the same way.
 */
export function FollowUpForm<S extends string>({
  label,
  statuses,
  current,
  needsText,
  save,
}: {
  label: string;
  statuses: Record<S, string>;
  current: S;
  /** Extra text a status requires (e.g. the outcome when a signal is closed). */
  needsText?: { status: S; label: string };
  save: (values: FollowUpValues<S>) => Promise<unknown>;
}) {
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<S | ''>('');
  const [extra, setExtra] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    try {
      await trackSave(() => save({ note, status: status || undefined, extra }));
      setNote('');
      setStatus('');
      setExtra('');
      setErrors({});
    } catch (e) {
      const fields = e instanceof ApiCallError ? e.fields : {};
      setErrors(Object.keys(fields).length ? fields : { note: messageOf(e) });
    }
  };
  return (
    <form noValidate className="wo-followup" aria-label={label} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <TextField label="Voortgang" value={note} onChange={setNote} error={errors.note} className="wo-grow wo-compact" placeholder="Wat is er gebeurd sinds vorige keer?" />
      <SelectField
        label="Nieuwe status"
        value={status}
        options={Object.entries(statuses).filter(([value]) => value !== current).map(([value, text]) => ({ value, label: text as string }))}
        placeholder="Status blijft"
        onChange={(v) => setStatus(v as S | '')}
        error={errors.status}
        className="wo-compact wo-followup__status"
      />
      {needsText && status === needsText.status ? (
        <TextField label={needsText.label} value={extra} onChange={setExtra} error={errors.outcome} className="wo-grow wo-compact" />
      ) : null}
      <Button type="submit">Vastleggen</Button>
    </form>
  );
}
