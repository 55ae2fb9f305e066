import type { Review } from '../../../../contract/schemas/wijkagenda';
import { diffSentence, keptSentence } from '../../../../domain/wijkagenda';
import { useQuery } from '../../api/useQuery';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/format';
import { OutcomeBadge } from './badges';

/** One actualisatie as saved: the outcome per agreement, counts per theme and organisation, and what changed. */
export function ReviewView({ reviewId, onClose }: { reviewId: number; onClose: () => void }) {
  const review = useQuery('wijkagendaReview:get', { id: reviewId });
  const r = review.data;
  if (review.error) return <Alert type="error">{review.error}</Alert>;
  if (!r) return <p className="wo-loading">Actualisatie wordt geladen…</p>;
  const changed = r.changes.filter((c) => c.kind !== 'same');
  return (
    <section className="wo-panel wo-wa-reviewview" aria-labelledby="actualisatie-titel">
      <div className="wo-panel__head">
        <h2 className="utrecht-heading-2" id="actualisatie-titel">
          Actualisatie van {formatDate(r.date)}
        </h2>
        <Button variant="subtle" onClick={onClose}>
          Sluiten
        </Button>
      </div>
      <p className="wo-wa-kept">{keptSentence(r.total)}.</p>
      {r.note ? <p>{r.note}</p> : null}

      <h3 className="utrecht-heading-3">Wat veranderde sinds {r.previousDate ? `de actualisatie van ${formatDate(r.previousDate)}` : 'het begin (eerste actualisatie)'}</h3>
      {r.previousDate && changed.length === 0 ? <p className="wo-hint">Geen veranderingen: alle uitkomsten zijn gelijk gebleven.</p> : null}
      <ul className="wo-wa-changes">
        {(r.previousDate ? changed : r.changes).map((c) => (
          <li key={c.agreementId} className={`wo-wa-change wo-wa-change--${c.kind}`}>
            <strong>{c.what}</strong>: {diffSentence(c)}
          </li>
        ))}
      </ul>

      <div className="wo-wa-counts">
        <CountTable title="Per thema" groups={r.byTheme} />
        <CountTable title="Per organisatie" groups={r.byOrganisation} />
      </div>

      <h3 className="utrecht-heading-3">Per afspraak</h3>
      <ul className="wo-wa-changes">
        {r.items.map((i) => (
          <li key={i.agreementId}>
            <OutcomeBadge outcome={i.outcome} /> <strong>{i.what}</strong> <span className="wo-muted">({i.ownerOrganisationName})</span>
            {i.note ? ` — ${i.note}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CountTable({ title, groups }: { title: string; groups: Review['byTheme'] }) {
  return (
    <table className="utrecht-table utrecht-table--html-table wo-table wo-wa-counttable">
      <caption className="wo-wa-caption">{title}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">{title === 'Per thema' ? 'Thema' : 'Organisatie'}</th>
          <th scope="col" className="utrecht-table__header-cell wo-report__num">Afspraken</th>
          <th scope="col" className="utrecht-table__header-cell wo-report__num">Nagekomen</th>
          <th scope="col" className="utrecht-table__header-cell wo-report__num">Deels</th>
          <th scope="col" className="utrecht-table__header-cell wo-report__num">Niet</th>
          <th scope="col" className="utrecht-table__header-cell wo-report__num">Loopt nog</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {groups.map((g) => (
          <tr key={g.key} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__cell">{g.label}</th>
            <td className="utrecht-table__cell wo-report__num">{g.counts.total}</td>
            <td className="utrecht-table__cell wo-report__num">{g.counts.nagekomen}</td>
            <td className="utrecht-table__cell wo-report__num">{g.counts.deels_nagekomen}</td>
            <td className="utrecht-table__cell wo-report__num">{g.counts.niet_nagekomen}</td>
            <td className="utrecht-table__cell wo-report__num">{g.counts.loopt_nog}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
