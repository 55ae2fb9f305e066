import { useState } from 'react';
import type { Wijkagenda } from '../../../../contract/schemas/wijkagenda';
import { REVIEW_OUTCOMES, suggestOutcome, type ReviewOutcome } from '../../../../domain/wijkagenda';
import { ApiCallError, call, messageOf } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { FormFooter } from '../../ui/FormFooter';
import { SelectField, TextField } from '../../ui/fields';
import { formatDate, formatDateShort } from '../../ui/format';
import { trackSave } from '../../ui/saveStatus';
import { OutcomeBadge } from './badges';

interface Row {
  outcome: ReviewOutcome | '';
  note: string;
}

const outcomeOptions = Object.entries(REVIEW_OUTCOMES).map(([value, label]) => ({ value, label }));

/**
 * The actualisatie: every agreement reviewed as nagekomen / deels / niet / loopt nog, with a note.
 * The form proposes what the agreement's own status suggests; an overdue one must be judged.
 */
export function ReviewForm({ agenda, onCancel, onSaved }: { agenda: Wijkagenda; onCancel: () => void; onSaved: (id: number, message: string) => void }) {
  const previous = new Map((agenda.latestReview?.items ?? []).map((i) => [i.agreementId, i]));
  const [date, setDate] = useState(agenda.today);
  const [note, setNote] = useState('');
  const [rows, setRows] = useState<Record<number, Row>>(() =>
    Object.fromEntries(agenda.agreements.map((g) => [g.id, { outcome: suggestOutcome(g) ?? '', note: '' }])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Every agreement has a row from the start; an empty one stands in should one ever be missing.
  const rowOf = (r: Record<number, Row>, id: number): Row => r[id] ?? { outcome: '', note: '' };
  const set = (id: number, patch: Partial<Row>) => setRows((r) => ({ ...r, [id]: { ...rowOf(r, id), ...patch } }));

  const submit = async () => {
    setBusy(true);
    try {
      const review = await trackSave(() =>
        call('wijkagenda:review', {
          wijkId: agenda.wijkId,
          year: agenda.year,
          date,
          note,
          items: agenda.agreements.map((g) => ({ agreementId: g.id, outcome: rowOf(rows, g.id).outcome || null, note: rowOf(rows, g.id).note })),
        }),
      );
      onSaved(review.id, `Actualisatie van ${formatDate(review.date)} vastgelegd: ${review.total.nagekomen} van ${review.total.total} afspraken nagekomen.`);
    } catch (e) {
      const fields = e instanceof ApiCallError ? e.fields : {};
      setErrors(fields);
      setFormError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="wo-panel wo-wa-review" aria-label={`Actualisatie wijkagenda ${agenda.wijkName} ${agenda.year}`} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 className="utrecht-heading-2">Actualisatie: wat is nagekomen?</h2>
      <p className="wo-hint">
        Beoordeel elke afspraak. De actualisatie wordt opgeslagen met de datum en verandert daarna niet meer; de volgende laat zien wat er sindsdien veranderde.
      </p>
      <div className="wo-capture__grid">
        <TextField label="Datum van de actualisatie" type="date" value={date} onChange={setDate} error={errors.date} required />
        <TextField label="Toelichting (optioneel)" value={note} onChange={setNote} error={errors.note} placeholder="Bijvoorbeeld: vastgesteld in het WCT van juni" />
      </div>
      <ol className="wo-wa-review__list">
        {agenda.agreements.map((g) => {
          const before = previous.get(g.id);
          const error = errors[`agreement.${g.id}`];
          return (
            <li key={g.id} className={error ? 'wo-card wo-wa-review__item wo-wa-review__item--error' : 'wo-card wo-wa-review__item'}>
              <div className="wo-wa-review__what">
                <strong>{g.what}</strong>
                <span className="wo-card__meta">
                  {g.themeTitle} · {g.ownerOrganisationName}
                  {g.dueDate ? ` · ${g.horizon === 'ooit' ? 'antwoord uiterlijk' : 'klaar op'} ${formatDateShort(g.dueDate)}` : ''}
                  {g.overdue ? ' · verlopen' : ''}
                </span>
                {before ? (
                  <span className="wo-card__meta">
                    Vorige keer: <OutcomeBadge outcome={before.outcome} />
                    {before.note ? ` ${before.note}` : ''}
                  </span>
                ) : null}
              </div>
              <SelectField
                label="Uitkomst"
                value={rowOf(rows, g.id).outcome}
                options={outcomeOptions}
                placeholder="Kies…"
                onChange={(x) => set(g.id, { outcome: x as ReviewOutcome | '' })}
                error={error}
                className="wo-compact"
              />
              <TextField label="Toelichting" value={rowOf(rows, g.id).note} onChange={(x) => set(g.id, { note: x })} className="wo-compact wo-grow" />
            </li>
          );
        })}
      </ol>
      {formError && Object.keys(errors).length > 0 ? <Alert type="error">{formError}</Alert> : null}
      <FormFooter error={Object.keys(errors).length > 0 ? null : formError} busy={busy} submit="Actualisatie vastleggen" onCancel={onCancel} />
    </form>
  );
}
