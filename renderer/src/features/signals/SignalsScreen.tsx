import { useMemo, useState } from 'react';
import type { ColumnDef, ColumnFiltersState } from '@tanstack/react-table';
import { SIGNAL_SENSITIVITIES, SIGNAL_STATUSES, SIGNAL_THEMES, type Signal } from '../../../../contract/schemas/signals';
import { useQuery } from '../../api/useQuery';
import { MasterDetail } from '../../layout/MasterDetail';
import { Page } from '../../layout/Page';
import { Alert } from '../../ui/Alert';
import { Clip } from '../../ui/Clip';
import { DataTable } from '../../ui/DataTable';
import { SelectField } from '../../ui/fields';
import { formatDateShort } from '../../ui/format';
import { optionsOf } from '../../ui/options';
import { ConfidentialBadge, SignalStatusBadge } from './signalBadges';
import { SignalDetail } from './SignalDetail';

// Filtering happens before the table (so columns can change with the panel). A stable empty
// list matters: a fresh [] on every render makes TanStack reset its page index in an endless loop.
const NO_COLUMN_FILTERS: ColumnFiltersState = [];

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

/** Every signal of every team, as the WCT itself may see them (vertrouwelijke inhoud included). */
export function SignalsScreen() {
  const signals = useQuery('signal:list', { view: 'intern' });
  const wijken = useQuery('wijk:list', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [buurtId, setBuurtId] = useState('');
  const [themeFilter, setThemeFilter] = useState('');
  const [statusFilter, setStatusFilter] = useState('');
  const [sensitivityFilter, setSensitivityFilter] = useState('');

  const buurtOptions = useMemo(
    () =>
      (wijken.data ?? [])
        .flatMap((w) => w.buurten.map((b) => ({ value: String(b.id), label: `${b.name} (${w.name})` })))
        .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    [wijken.data],
  );
  const rows = useMemo(() => {
    const buurt = Number(buurtId);
    return (signals.data ?? []).filter(
      (s) =>
        (!buurt || s.buurtId === buurt) &&
        (!themeFilter || s.theme === themeFilter) &&
        (!statusFilter || s.status === statusFilter) &&
        (!sensitivityFilter || s.sensitivity === sensitivityFilter),
    );
  }, [signals.data, buurtId, themeFilter, statusFilter, sensitivityFilter]);
  const selected = selectedId === null ? undefined : signals.data?.find((s) => s.id === selectedId);

  const table = (
    <div className="wo-overview">
      <DataTable
        label="Signalen"
        data={rows}
        columnFilters={NO_COLUMN_FILTERS}
        columns={selected ? compactColumns : fullColumns}
        getRowId={(s) => String(s.id)}
        onRowClick={(s) => setSelectedId(s.id)}
        selectedId={selected ? String(selected.id) : null}
        rowClassName={(s) => (s.sensitivity === 'vertrouwelijk' ? 'wo-row--confidential' : undefined)}
        initialSorting={[{ id: 'date', desc: true }]}
        searchPlaceholder="Zoek op titel, wijk of organisatie…"
        emptyText="Nog geen signalen. Signalen worden in een overleg ingebracht."
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
      {signals.error ? <Alert type="error">{signals.error}</Alert> : null}
      {selected ? <MasterDetail list={table} detail={<SignalDetail key={selected.id} signal={selected} onClose={() => setSelectedId(null)} />} /> : table}
    </Page>
  );
}
