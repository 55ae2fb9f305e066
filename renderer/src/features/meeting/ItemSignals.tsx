import type { AgendaItem } from '../../../../contract/schemas/meetings';
import { useMeeting } from './MeetingContext';
import { SignalCard } from './SignalCard';
import { SignalForm } from './SignalForm';

/**
 * Signals raised under an agenda item other than the Signalenronde (e.g. in the Rondvraag):
 * the S key works on every item, and what is captured there stays visible there.
 */
export function ItemSignals({ item }: { item: AgendaItem }) {
  const { detail, form } = useMeeting();
  const signals = detail.signals.filter((s) => s.agendaItemId === item.id);
  if (signals.length === 0 && form?.kind !== 'signal') return null;
  return (
    <section className="wo-panel" aria-labelledby={`signalen-${item.id}`}>
      <div className="wo-panel__head">
        <h3 className="utrecht-heading-3" id={`signalen-${item.id}`}>
          Signalen bij dit punt
        </h3>
      </div>
      {form?.kind === 'signal' ? <SignalForm key={form.organisationId ?? 'none'} item={item} preset={form} /> : null}
      {signals.length > 0 ? (
        <ul className="wo-cards" aria-label="Signalen bij dit punt">
          {signals.map((s) => (
            <SignalCard key={s.id} signal={s} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
