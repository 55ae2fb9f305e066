import { useState } from 'react';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import {
  ACTION_HORIZONS,
  ACTION_SORT_KEYS,
  ACTION_STATUSES,
  DEFAULT_ACTION_SORT,
  type Action,
  type ActionFilter,
  type ActionHorizon,
  type ActionSort,
  type ActionSortKey,
  type ActionStatus,
} from '../../../../contract/schemas/actions';
import { call } from '../../api/client';
import { usePagedQuery } from '../../api/usePagedQuery';
import { useQuery } from '../../api/useQuery';
import { MasterDetail } from '../../layout/MasterDetail';
import { Page } from '../../layout/Page';
import { Alert } from '../../ui/Alert';
import { Clip } from '../../ui/Clip';
import { FileExportButton } from '../../ui/FileExportButton';
import { ServerTable } from '../../ui/ServerTable';
import { CheckboxField, SelectField } from '../../ui/fields';
import { formatDateShort } from '../../ui/format';
import { optionsOf, namedOptions } from '../../ui/options';
import { actionStatusLabel } from '../../../../domain/action';
import { countNl } from '../../../../domain/text';
import { ActionStatusBadge, HorizonBadge, OverdueBadge } from './actionBadges';
import { ActionDetail } from './ActionDetail';
import { PartnerListsLauncher } from '../partnerLists/PartnerListsLauncher';


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
const why: ColumnDef<Action, unknown> = { id: 'why', header: 'Waarom', enableSorting: false, meta: { grow: 1.5 }, accessorFn: whyOf, cell: (c) => <Clip text={c.getValue() as string} /> };

// Built once: with thousands of rows, stable column definitions keep TanStack from recomputing.
const fullColumns = [what, who, due, status, meeting, why];
const compactColumns = [what, who, due, compactStatus];

/** Column → the back end's sort key (Waarom is free text: not sortable over ten years of actions). */
const sortOf = (sorting: SortingState): ActionSort => {
  const first = sorting[0];
  return first && first.id in ACTION_SORT_KEYS ? { key: first.id as ActionSortKey, dir: first.desc ? 'desc' : 'asc' } : DEFAULT_ACTION_SORT;
};

/** All agreements of all teams: who still has to do what, and what is overdue. Filtered, sorted and paged by the back end. */
export function ActionsScreen({ initialId = null }: { initialId?: number | null }) {
  const organisations = useQuery('organisation:list', {});
  const wijken = useQuery('wijk:list', {});
  const [selectedId, setSelectedId] = useState<number | null>(initialId);
  const [organisationId, setOrganisationId] = useState('');
  const [wijkId, setWijkId] = useState('');
  const [statusFilter, setStatusFilter] = useState('');
  const [horizonFilter, setHorizonFilter] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [search, setSearch] = useState('');
  const [sorting, setSorting] = useState<SortingState>([]);

  const filter: ActionFilter = {
    ...(organisationId ? { organisationId: Number(organisationId) } : {}),
    ...(wijkId ? { wijkId: Number(wijkId) } : {}),
    ...(statusFilter ? { status: statusFilter as ActionStatus } : {}),
    ...(horizonFilter ? { horizon: horizonFilter as ActionHorizon } : {}),
    ...(overdueOnly ? { overdueOnly: true } : {}),
    ...(search.trim() ? { text: search.trim() } : {}),
  };
  const page = usePagedQuery('action:page', { filter, sort: sortOf(sorting) });
  const selected = useQuery('action:get', { id: selectedId ?? 0 }, { enabled: selectedId !== null });
  const detail = selectedId !== null && selected.data?.id === selectedId ? selected.data : undefined;
  const filtered = Object.keys(filter).length > 0;

  const table = (
    <div className="wo-overview">
      <ServerTable
        label="Acties"
        columns={detail ? compactColumns : fullColumns}
        getRowId={(a) => String(a.id)}
        total={page.total}
        rowAt={page.rowAt}
        onRange={page.showRange}
        version={page.version}
        listKey={page.listKey}
        sorting={sorting}
        onSortingChange={setSorting}
        search={search}
        onSearchChange={setSearch}
        onRowClick={(a) => setSelectedId(a.id)}
        selectedId={detail ? String(detail.id) : null}
        rowClassName={(a) => (a.overdue ? 'wo-row--overdue' : undefined)}
        searchPlaceholder="Zoek op wat, hoe of waarom…"
        emptyText={filtered ? 'Geen acties die aan het filter voldoen.' : 'Nog geen acties. Acties worden in een overleg afgesproken.'}
        maxHeight={600}
        toolbar={
          <>
            <SelectField
              label="Organisatie"
              value={organisationId}
              onChange={setOrganisationId}
              options={namedOptions(organisations.data)}
              placeholder="Alle organisaties"
              className="wo-filter"
            />
            <SelectField label="Wijk" value={wijkId} onChange={setWijkId} options={namedOptions(wijken.data)} placeholder="Alle wijken" className="wo-filter wo-filter--narrow" />
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
      {page.error ? <Alert type="error">{page.error}</Alert> : null}
      {page.summary ? (
        <p className="wo-summary">
          <span>{countNl(page.summary.total, 'actie', 'acties')}</span>
          <span>{page.summary.open} open</span>
          <span className={page.summary.overdue > 0 ? 'wo-summary__alert' : undefined}>
            {page.summary.overdue > 0 ? <span aria-hidden="true">⚠ </span> : null}
            {page.summary.overdue} verlopen
          </span>
        </p>
      ) : null}
      <div className="wo-export">
        <PartnerListsLauncher initialWijkId={wijkId} />
        {/* What the table shows, with this filter and sort; confidential texts stay out. */}
        <FileExportButton label="Opslaan als Excel (XLSX)" busyLabel="Excel wordt gemaakt…" exportFile={() => call('action:export', { filter, sort: sortOf(sorting) })} />
      </div>
      {detail ? <MasterDetail list={table} detail={<ActionDetail action={detail} onClose={() => setSelectedId(null)} />} /> : table}
    </Page>
  );
}
