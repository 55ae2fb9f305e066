import { useMemo, useState } from 'react';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import {
  DEFAULT_SIGNAL_SORT,
  SIGNAL_SENSITIVITIES,
  SIGNAL_SORT_KEYS,
  SIGNAL_STATUSES,
  SIGNAL_THEMES,
  type Signal,
  type SignalFilter,
  type SignalSensitivity,
  type SignalSort,
  type SignalSortKey,
  type SignalStatus,
  type SignalTheme,
} from '../../../../contract/schemas/signals';
import { call } from '../../api/client';
import { usePagedQuery } from '../../api/usePagedQuery';
import { useQuery } from '../../api/useQuery';
import { MasterDetail } from '../../layout/MasterDetail';
import { Page } from '../../layout/Page';
import { Alert } from '../../ui/Alert';
import { Clip } from '../../ui/Clip';
import { FileExportButton } from '../../ui/FileExportButton';
import { ServerTable } from '../../ui/ServerTable';
import { SelectField } from '../../ui/fields';
import { formatDateShort } from '../../ui/format';
import { optionsOf } from '../../ui/options';
import { ConfidentialBadge, SignalStatusBadge } from './signalBadges';
import { SignalDetail } from './SignalDetail';


const title: ColumnDef<Signal, unknown> = {
  accessorKey: 'title',
  header: 'Signaal',
  meta: { grow: 2.5 },
  cell: ({ row: { original: s } }) => (
    <span className="wo-cell-badges wo-cell-badges--clip">
      {s.sensitivity === 'vertrouwelijk' ? <ConfidentialBadge /> : null}
      <Clip text={s.title} />
    </span>
  ),
};
const date: ColumnDef<Signal, unknown> = { accessorKey: 'date', header: 'Datum', meta: { fit: true }, cell: (c) => formatDateShort(c.getValue() as string) };
const place: ColumnDef<Signal, unknown> = {
  id: 'place',
  header: 'Wijk · buurt',
  accessorFn: (s) => (s.buurtName ? `${s.wijkName} · ${s.buurtName}` : s.wijkName),
  cell: (c) => <Clip text={c.getValue() as string} />,
};
const theme: ColumnDef<Signal, unknown> = { id: 'theme', header: 'Thema', accessorFn: (s) => SIGNAL_THEMES[s.theme] };
const status: ColumnDef<Signal, unknown> = {
  accessorKey: 'status',
  header: 'Status',
  meta: { fit: true, searchText: (s) => SIGNAL_STATUSES[s.status] },
  cell: (c) => <SignalStatusBadge status={c.getValue() as Signal['status']} />,
};
const owner: ColumnDef<Signal, unknown> = {
  id: 'owner',
  header: 'Probleemeigenaar',
  accessorFn: (s) => s.problemOwnerName ?? '',
  cell: (c) => ((c.getValue() as string) ? <Clip text={c.getValue() as string} /> : <span className="wo-muted">Nog niet bepaald</span>),
};

// Built once: stable column definitions keep long lists cheap to filter and scroll.
const fullColumns = [title, date, place, theme, status, owner];
const compactColumns = [title, date, status];

/** Column → the back end's sort key. */
const sortOf = (sorting: SortingState): SignalSort => {
  const first = sorting[0];
  return first && first.id in SIGNAL_SORT_KEYS ? { key: first.id as SignalSortKey, dir: first.desc ? 'desc' : 'asc' } : DEFAULT_SIGNAL_SORT;
};
const NEWEST_FIRST: SortingState = [{ id: 'date', desc: true }];

/** Every signal of every team, as the WCT itself may see them (vertrouwelijke inhoud included). Filtered, sorted and paged by the back end. */
export function SignalsScreen({ initialId = null }: { initialId?: number | null }) {
  const wijken = useQuery('wijk:list', {});
  const [selectedId, setSelectedId] = useState<number | null>(initialId);
  const [buurtId, setBuurtId] = useState('');
  const [themeFilter, setThemeFilter] = useState('');
  const [statusFilter, setStatusFilter] = useState('');
  const [sensitivityFilter, setSensitivityFilter] = useState('');
  const [search, setSearch] = useState('');
  const [sorting, setSorting] = useState<SortingState>(NEWEST_FIRST);

  const buurtOptions = useMemo(
    () =>
      (wijken.data ?? [])
        .flatMap((w) => w.buurten.map((b) => ({ value: String(b.id), label: `${b.name} (${w.name})` })))
        .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    [wijken.data],
  );
  const filter: SignalFilter = {
    ...(buurtId ? { buurtId: Number(buurtId) } : {}),
    ...(themeFilter ? { theme: themeFilter as SignalTheme } : {}),
    ...(statusFilter ? { status: statusFilter as SignalStatus } : {}),
    ...(sensitivityFilter ? { sensitivity: sensitivityFilter as SignalSensitivity } : {}),
    ...(search.trim() ? { text: search.trim() } : {}),
  };
  const page = usePagedQuery('signal:page', { filter, sort: sortOf(sorting), view: 'intern' });
  const selected = useQuery('signal:get', { id: selectedId ?? 0 }, { enabled: selectedId !== null });
  const detail = selectedId !== null && selected.data?.id === selectedId ? selected.data : undefined;
  const filtered = Object.keys(filter).length > 0;

  const table = (
    <div className="wo-overview">
      <ServerTable
        label="Signalen"
        columns={detail ? compactColumns : fullColumns}
        getRowId={(s) => String(s.id)}
        total={page.total}
        rowAt={page.rowAt}
        onRange={page.showRange}
        version={page.version}
        listKey={page.listKey}
        sorting={sorting}
        onSortingChange={(next) => setSorting(next.length > 0 ? next : NEWEST_FIRST)}
        search={search}
        onSearchChange={setSearch}
        onRowClick={(s) => setSelectedId(s.id)}
        selectedId={detail ? String(detail.id) : null}
        rowClassName={(s) => (s.sensitivity === 'vertrouwelijk' ? 'wo-row--confidential' : undefined)}
        searchPlaceholder="Zoek op titel, omschrijving of plaats…"
        emptyText={filtered ? 'Geen signalen die aan het filter voldoen.' : 'Nog geen signalen. Signalen worden in een overleg ingebracht.'}
        maxHeight={600}
        toolbar={
          <>
            <SelectField label="Buurt" value={buurtId} onChange={setBuurtId} options={buurtOptions} placeholder="Alle buurten" className="wo-filter" />
            <SelectField label="Thema" value={themeFilter} onChange={setThemeFilter} options={optionsOf(SIGNAL_THEMES)} placeholder="Alle thema’s" className="wo-filter wo-filter--narrow" />
            <SelectField label="Status" value={statusFilter} onChange={setStatusFilter} options={optionsOf(SIGNAL_STATUSES)} placeholder="Alle statussen" className="wo-filter wo-filter--narrow" />
            <SelectField
              label="Vertrouwelijkheid"
              value={sensitivityFilter}
              onChange={setSensitivityFilter}
              options={optionsOf(SIGNAL_SENSITIVITIES)}
              placeholder="Alle signalen"
              className="wo-filter"
            />
          </>
        }
      />
    </div>
  );

  return (
    <Page
      title="Alle signalen"
      intro="Alle signalen uit alle wijken, met vertrouwelijke inhoud: alleen voor het WCT zelf. Deel dit scherm niet met anderen."
      wide
    >
      {page.error ? <Alert type="error">{page.error}</Alert> : null}
      <div className="wo-export">
        {/* What the table shows, as partners may read it: a vertrouwelijk signal only by theme, buurt, status and probleemeigenaar. */}
        <FileExportButton label="Opslaan als Excel (XLSX)" busyLabel="Excel wordt gemaakt…" exportFile={() => call('signal:export', { filter, sort: sortOf(sorting) })} />
      </div>
      {detail ? <MasterDetail list={table} detail={<SignalDetail key={detail.id} signal={detail} onClose={() => setSelectedId(null)} />} /> : table}
    </Page>
  );
}
