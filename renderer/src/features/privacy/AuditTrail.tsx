import { useState } from 'react';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditFieldLabel, type AuditEntity, type AuditEntry } from '../../../../contract/schemas/privacy';
import { useQuery } from '../../api/useQuery';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/format';

const PAGE_SIZE = 50;

export const formatMoment = (iso: string): string =>
  new Date(iso).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const entityLabel = (entity: string): string => AUDIT_ENTITIES[entity as AuditEntity] ?? entity;

/** "Omschrijving, Urgentie": the fields that changed, never what they hold (a new or removed record: all of them). */
const fieldsText = (e: AuditEntry): string =>
  e.action === 'aangemaakt' || e.action === 'verwijderd' ? '' : [...new Set(e.fields.map(auditFieldLabel))].join(', ');

/**
 * The audit trail, newest first, a page at a time (SQL pages it). Without a record: the whole
 * trail; with one: that record's history, follow-ups included.
 */
export function AuditTrail({ entity, recordId, label }: { entity?: AuditEntity; recordId?: number; label: string }) {
  const [offset, setOffset] = useState(0);
  const request = { ...(entity ? { entity } : {}), ...(recordId ? { recordId } : {}), limit: PAGE_SIZE, offset };
  const page = useQuery('audit:list', request);
  const perRecord = recordId !== undefined;

  if (page.error) return <Alert type="error">{page.error}</Alert>;
  if (!page.data) return <p className="wo-hint">Logboek laden…</p>;
  const { entries, total } = page.data;
  if (total === 0) return <p className="wo-hint">Nog geen wijzigingen vastgelegd.</p>;

  return (
    <>
      {perRecord ? <HistoryList entries={entries} entity={entity} label={label} /> : <TrailTable entries={entries} label={label} />}
      {total > PAGE_SIZE ? (
        <p className="wo-row wo-pager">
          <Button variant="subtle" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            Nieuwere
          </Button>
          <span aria-live="polite">
            {offset + 1}–{Math.min(offset + PAGE_SIZE, total)} van {total}
          </span>
          <Button variant="subtle" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            Oudere
          </Button>
        </p>
      ) : null}
    </>
  );
}

function TrailTable({ entries, label }: { entries: AuditEntry[]; label: string }) {
  return (
    <>
      {/* Focusable: a wide trail scrolls sideways in a narrow panel, and must do so by keyboard too. */}
      <div className="utrecht-table-container wo-datatable__scroll" tabIndex={0} role="region" aria-label={label}>
        <table className="utrecht-table utrecht-table--html-table wo-table wo-audit">
          <caption className="wo-visually-hidden">{label}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Wanneer</th>
              <th scope="col" className="utrecht-table__header-cell">Wie</th>
              <th scope="col" className="utrecht-table__header-cell">Wat</th>
              <th scope="col" className="utrecht-table__header-cell">Wijziging</th>
              <th scope="col" className="utrecht-table__header-cell">Velden</th>
              <th scope="col" className="utrecht-table__header-cell">Overleg</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {entries.map((e) => (
              <tr key={e.id} className="utrecht-table__row">
                <td className="utrecht-table__cell wo-nowrap">{formatMoment(e.at)}</td>
                <td className="utrecht-table__cell">{e.actor}</td>
                <td className="utrecht-table__cell">
                  <span className="wo-muted">{entityLabel(e.entity)}</span> {e.recordLabel ?? <span className="wo-muted">(bestaat niet meer)</span>}
                </td>
                <td className="utrecht-table__cell">
                  {AUDIT_ACTIONS[e.action]}
                  {e.note ? <span className="wo-block wo-small">Reden: {e.note}</span> : null}
                </td>
                <td className="utrecht-table__cell">{fieldsText(e)}</td>
                <td className="utrecht-table__cell wo-nowrap">{e.meetingDate ? formatDate(e.meetingDate) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** One record's history in a narrow panel: a list reads better there than a wide table. */
function HistoryList({ entries, entity, label }: { entries: AuditEntry[]; entity: AuditEntity | undefined; label: string }) {
  return (
    <ol className="wo-history__list" aria-label={label}>
      {entries.map((e) => {
        const fields = fieldsText(e);
        return (
          <li key={e.id}>
            <p className="wo-muted wo-small wo-history__meta">
              {formatMoment(e.at)} · {e.actor}
            </p>
            <p className="wo-history__what">
              <strong>
                {e.entity !== entity ? `${entityLabel(e.entity)}: ` : ''}
                {AUDIT_ACTIONS[e.action]}
              </strong>
              {fields ? ` — ${fields}` : ''}
            </p>
            {e.note ? <p className="wo-small wo-history__what">Reden: {e.note}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
