import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { href } from '../../layout/router';
import { Page } from '../../layout/Page';
import { Alert, StatusBadge } from '../../ui/Alert';
import { SelectField } from '../../ui/fields';
import { formatDate, todayIso } from '../../ui/format';

export const currentYear = () => Number(todayIso().slice(0, 4));
export const yearOptions = (around: number, extra: readonly number[] = []) =>
  [...new Set([around - 2, around - 1, around, around + 1, ...extra])].sort((a, b) => a - b).map((y) => ({ value: String(y), label: String(y) }));

/** Every wijk's agenda of one year: how many agreements, how many kept at the last actualisatie, how many overdue. */
export function WijkagendaOverviewScreen() {
  const [year, setYear] = useState(currentYear());
  const overview = useQuery('wijkagenda:list', { year });
  return (
    <Page
      title="Wijkagenda's"
      intro="Per wijk het actieplan van het jaar: de afspraken van alle partners, en wat daarvan bij de laatste actualisatie was nagekomen."
      actions={<SelectField label="Jaar" value={String(year)} options={yearOptions(currentYear())} onChange={(v) => setYear(Number(v))} className="wo-filter--narrow" />}
    >
      {overview.error ? <Alert type="error">{overview.error}</Alert> : null}
      {overview.data ? (
        <div className="utrecht-table-container wo-datatable__scroll">
          <table className="utrecht-table utrecht-table--html-table wo-table wo-wa-overview">
            <caption className="wo-visually-hidden">Wijkagenda's {year} per wijk</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Wijk</th>
                <th scope="col" className="utrecht-table__header-cell wo-report__num">Afspraken</th>
                <th scope="col" className="utrecht-table__header-cell wo-report__num">Verlopen</th>
                <th scope="col" className="utrecht-table__header-cell">Laatste actualisatie</th>
                <th scope="col" className="utrecht-table__header-cell">Nagekomen</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {overview.data.map((r) => (
                <tr key={r.wijkId} className={r.overdue > 0 ? 'utrecht-table__row wo-row--overdue' : 'utrecht-table__row'}>
                  <th scope="row" className="utrecht-table__cell wo-cell--first">
                    <a className="utrecht-link" href={href(`/wijkagenda/${r.wijkId}/${year}`)}>
                      Wijkagenda {r.wijkName} {year}
                    </a>
                  </th>
                  <td className="utrecht-table__cell wo-report__num">{r.agreements}</td>
                  <td className="utrecht-table__cell wo-report__num">
                    {r.overdue > 0 ? (
                      <StatusBadge tone="danger">
                        <span aria-hidden="true">⚠ </span>
                        {r.overdue} verlopen
                      </StatusBadge>
                    ) : (
                      0
                    )}
                  </td>
                  <td className="utrecht-table__cell">
                    {r.lastReviewDate ? formatDate(r.lastReviewDate) : <span className="wo-muted">Nog niet</span>}
                    {r.staleWarning ? (
                      <>
                        {' '}
                        <StatusBadge tone="warning" title={r.staleWarning}>
                          Actualisatie nodig
                        </StatusBadge>
                      </>
                    ) : null}
                  </td>
                  <td className="utrecht-table__cell">{r.reviewed !== null ? `${r.kept} van ${r.reviewed}` : <span className="wo-muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="wo-loading">Wijkagenda's worden geladen…</p>
      )}
    </Page>
  );
}
