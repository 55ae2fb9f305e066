import { useMemo, useState } from 'react';
import type { ColumnDef, ColumnFiltersState } from '@tanstack/react-table';
import { ACTION_HORIZONS, ACTION_STATUSES, type Action } from '../../../../contract/schemas/actions';
import { useQuery } from '../../api/useQuery';
import { MasterDetail } from '../../layout/MasterDetail';
import { Page } from '../../layout/Page';
import { Alert } from '../../ui/Alert';
import { Clip } from '../../ui/Clip';
import { DataTable } from '../../ui/DataTable';
import { CheckboxField, SelectField } from '../../ui/fields';
import { formatDateShort } from '../../ui/format';
import { optionsOf } from '../../ui/options';
import { actionStatusLabel } from '../../../../domain/action';
import { ActionStatusBadge, HorizonBadge, OverdueBadge } from './actionBadges';
import { ActionDetail } from './ActionDetail';
import { PartnerListsLauncher } from '../partnerLists/PartnerListsLauncher';

// Filtering happens before the table (so columns can change with the panel). A stable empty
// list matters: a fresh [] on every render makes TanStack reset its page index in an endless loop.
const NO_COLUMN_FILTERS: ColumnFiltersState = [];

export const whyOf = (a: Action): string =>
  a.signalTitle ? `Signaal: ${a.signalTitle}` : a.agendaItemTitle ? `Agendapunt: ${a.agendaItemTitle}` : (a.whyText ?? '');

const what: ColumnDef<Action, unknown> = { accessorKey: 'what', header: 'Wat', meta: { grow: 2.5 }, cell: (c) => <Clip text={c.getValue() as string} /> };
const who: ColumnDef<Action, unknown> = {
  id: 'who',
  header: 'Wie',
  accessorFn: (a) => (a.ownerPersonName ? `${a.ownerOrganisationName} · ${a.ownerPersonName}` : a.ownerOrganisationName),
  cell: (c) => <Clip text={c.getValue() as string} />,
};
const due: ColumnDef<Action, unknown> = {
  id: 'due',
  header: 'Wanneer',
  accessorFn: (a) => a.dueDate ?? undefined,
  sortUndefined: 'last',
  meta: { fit: true },
  cell: ({ row: { original: a } }) =>
    a.dueDate ? (
      <span className="wo-due" title={a.horizon === 'ooit' ? 'Afhandeltermijn: dan komt er een definitief antwoord' : 'Deadline'}>
        <span className={a.overdue ? 'wo-overdue' : undefined}>{formatDateShort(a.dueDate)}</span>
        {a.overdue ? <OverdueBadge /> : null}
      </span>
    ) : (
      <span className="wo-muted">—</span>
    ),
};
// Horizon and status side by side: one column keeps the table within a laptop screen.
const status: ColumnDef<Action, unknown> = {
  accessorKey: 'status',
  header: 'Horizon · status',
  meta: { fit: true, searchText: (a) => `${ACTION_HORIZONS[a.horizon]} ${actionStatusLabel(a.status, a.horizon)}` },
  cell: ({ row: { original: a } }) => (
    <span className="wo-cell-badges">
      <HorizonBadge horizon={a.horizon} />
      <ActionStatusBadge status={a.status} horizon={a.horizon} />
    </span>
  ),
};
const compactStatus: ColumnDef<Action, unknown> = {
  accessorKey: 'status',
  header: 'Status',
  meta: { fit: true, searchText: (a) => actionStatusLabel(a.status, a.horizon) },
  cell: ({ row: { original: a } }) => <ActionStatusBadge status={a.status} horizon={a.horizon} />,
};
// The meeting where it was agreed, named the way people say it: wijk and date.
const meeting: ColumnDef<Action, unknown> = {
  id: 'meeting',
  header: 'Overleg',
  accessorFn: (a) => a.meetingDate,
  cell: ({ row: { original: a } }) => <Clip text={`${a.wijkName}, ${formatDateShort(a.meetingDate)}`} />,
};
const why: ColumnDef<Action, unknown> = { id: 'why', header: 'Waarom', meta: { grow: 1.5 }, accessorFn: whyOf, cell: (c) => <Clip text={c.getValue() as string} /> };

// Built once: with thousands of rows, stable column definitions keep TanStack from recomputing.
const fullColumns = [what, who, due, status, meeting, why];
const compactColumns = [what, who, due, compactStatus];

/** Overdue first, then the other open ones by due date, then the closed ones (most recent first). */
function rank(a: Action): number {
  return a.overdue ? 0 : a.isOpen ? 1 : 2;
}
function byUrgency(a: Action, b: Action): number {
  const r = rank(a) - rank(b);
  if (r !== 0) return r;
  if (rank(a) < 2) return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
  return (b.closedOn ?? b.updatedAt).localeCompare(a.closedOn ?? a.updatedAt);
}

/** All agreements of all teams: who still has to do what, and what is overdue. */
export function ActionsScreen() {
  const actions = useQuery('action:list', {});
  const organisations = useQuery('organisation:list', {});
  const wijken = useQuery('wijk:list', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [organisationId, setOrganisationId] = useState('');
  const [wijkId, setWijkId] = useState('');
  const [statusFilter, setStatusFilter] = useState('');
  const [horizonFilter, setHorizonFilter] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);

  const ordered = useMemo(() => [...(actions.data ?? [])].sort(byUrgency), [actions.data]);
  const totals = useMemo(() => {
    let open = 0;
    let overdue = 0;
    for (const a of ordered) {
      if (a.isOpen) open++;
      if (a.overdue) overdue++;
    }
    return { open, overdue };
  }, [ordered]);
  const rows = useMemo(() => {
    const org = Number(organisationId);
    const wijkNr = Number(wijkId);
    return ordered.filter(
      (a) =>
        (!org || a.ownerOrganisationId === org) &&
        (!wijkNr || a.wijkId === wijkNr) &&
        (!statusFilter || a.status === statusFilter) &&
        (!horizonFilter || a.horizon === horizonFilter) &&
        (!overdueOnly || a.overdue),
    );
  }, [ordered, organisationId, wijkId, statusFilter, horizonFilter, overdueOnly]);
  const selected = selectedId === null ? undefined : ordered.find((a) => a.id === selectedId);

  const table = (
    <div className="wo-overview">
      <DataTable
        label="Acties"
        data={rows}
        columnFilters={NO_COLUMN_FILTERS}
        columns={selected ? compactColumns : fullColumns}
        getRowId={(a) => String(a.id)}
        onRowClick={(a) => setSelectedId(a.id)}
        selectedId={selected ? String(selected.id) : null}
        rowClassName={(a) => (a.overdue ? 'wo-row--overdue' : undefined)}
        searchPlaceholder="Zoek op wat, wie of waarom…"
        emptyText="Nog geen acties. Acties worden in een overleg afgesproken."
        maxHeight={600}
        toolbar={
          <>
            <SelectField
              label="Organisatie"
              value={organisationId}
              onChange={setOrganisationId}
              options={(organisations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
              placeholder="Alle organisaties"
              className="wo-filter"
            />
            <SelectField label="Wijk" value={wijkId} onChange={setWijkId} options={(wijken.data ?? []).map((w) => ({ value: String(w.id), label: w.name }))} placeholder="Alle wijken" className="wo-filter wo-filter--narrow" />
            <SelectField label="Status" value={statusFilter} onChange={setStatusFilter} options={optionsOf(ACTION_STATUSES)} placeholder="Alle statussen" className="wo-filter wo-filter--narrow" />
            <SelectField label="Horizon" value={horizonFilter} onChange={setHorizonFilter} options={optionsOf(ACTION_HORIZONS)} placeholder="Nu, Ooit en Nooit" className="wo-filter wo-filter--narrow" />
            <div className="wo-filter wo-filter--check">
              <CheckboxField label="Alleen verlopen" checked={overdueOnly} onChange={setOverdueOnly} />
            </div>
          </>
        }
      />
    </div>
  );

  return (
    <Page
      title="Alle acties"
      intro="Afspraak is afspraak: alle acties uit alle overleggen en wijken, met wie wat wanneer doet. Verlopen acties staan bovenaan."
      wide
    >
      {actions.error ? <Alert type="error">{actions.error}</Alert> : null}
      {actions.data ? (
        <p className="wo-summary">
          <span>{actions.data.length} acties</span>
          <span>{totals.open} open</span>
          <span className={totals.overdue > 0 ? 'wo-summary__alert' : undefined}>
            {totals.overdue > 0 ? <span aria-hidden="true">⚠ </span> : null}
            {totals.overdue} verlopen
          </span>
        </p>
      ) : null}
      <div className="wo-export">
        <PartnerListsLauncher initialWijkId={wijkId} />
      </div>
      {selected ? <MasterDetail list={table} detail={<ActionDetail action={selected} onClose={() => setSelectedId(null)} />} /> : table}
    </Page>
  );
}
