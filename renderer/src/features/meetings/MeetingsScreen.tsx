import { useCallback, useMemo, useState } from 'react';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import {
  DEFAULT_MEETING_SORT,
  MEETING_SORT_KEYS,
  MEETING_STATUSES,
  type MeetingFilter,
  type MeetingSort,
  type MeetingSortKey,
  type MeetingStatus,
  type MeetingSummary,
} from '../../../../contract/schemas/meetings';
import { usePagedQuery } from '../../api/usePagedQuery';
import { useQuery } from '../../api/useQuery';
import { DetailPanel, MasterDetail } from '../../layout/MasterDetail';
import { Page } from '../../layout/Page';
import { navigate } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Clip } from '../../ui/Clip';
import { IcsButton } from './IcsButton';
import { SelectField } from '../../ui/fields';
import { ServerTable } from '../../ui/ServerTable';
import { optionsOf, namedOptions } from '../../ui/options';
import { todayIso } from '../../ui/format';
import { EditMeetingPanel } from './EditMeetingPanel';
import { formatDayShort, MEETING_STATUS_TONE } from './meetingFormat';
import { PlanMeetingForm } from './PlanMeetingForm';

/** The meeting clicked for its planning panel; the panel shows its latest version once the list has it. */
type Panel = { kind: 'plan' } | { kind: 'edit'; meeting: MeetingSummary } | null;

/**
 * Column → the back end's sort key (the column ids are the sort keys). No column sorted: the
 * screen's own order, the upcoming meetings first (soonest on top), then the past ones (latest on top).
 */
const sortOf = (sorting: SortingState): MeetingSort => {
  const first = sorting[0];
  return first && first.id in MEETING_SORT_KEYS ? { key: first.id as MeetingSortKey, dir: first.desc ? 'desc' : 'asc' } : DEFAULT_MEETING_SORT;
};
const UPCOMING_FIRST: SortingState = [];

function buildColumns(onEdit: (meeting: MeetingSummary) => void, compact: boolean, onError: (message: string) => void): ColumnDef<MeetingSummary, unknown>[] {
  const count = (id: 'signals' | 'actions' | 'decisions', header: string): ColumnDef<MeetingSummary, unknown> => ({
    id,
    header,
    accessorFn: (m) => m.counts[id],
    meta: { fit: true },
    cell: (c) => {
      const n = c.getValue() as number;
      return <span className={n === 0 ? 'wo-num wo-muted' : 'wo-num'}>{n}</span>;
    },
  });
  const columns: (ColumnDef<MeetingSummary, unknown> | false)[] = [
    { id: 'date', header: 'Datum', meta: { fit: true }, accessorFn: (m) => `${m.date} ${m.startTime}`, cell: ({ row: { original: m } }) => `${formatDayShort(m.date)}, ${m.startTime}` },
    { id: 'wijk', accessorKey: 'wijkName', header: 'Wijk', meta: { fit: true } },
    { id: 'place', accessorKey: 'place', header: 'Plaats', meta: { grow: 2 }, cell: (c) => <Clip text={c.getValue() as string} /> },
    {
      id: 'status',
      accessorKey: 'status',
      header: 'Status',
      meta: { fit: true },
      cell: (c) => {
        const status = c.getValue() as MeetingSummary['status'];
        return <StatusBadge tone={MEETING_STATUS_TONE[status]}>{MEETING_STATUSES[status]}</StatusBadge>;
      },
    },
    !compact && count('signals', 'Signalen'),
    !compact && count('actions', 'Acties'),
    !compact && count('decisions', 'Besluiten'),
    {
      id: 'manage',
      header: () => <span className="wo-visually-hidden">Planning wijzigen</span>,
      enableSorting: false,
      meta: { fit: true },
      cell: ({ row: { original: m } }) =>
        m.status === 'gepland' ? (
          <span className="wo-row-actions" onClick={(e) => e.stopPropagation()}>
            {/* The invitation where a planner looks for it: next to the meeting, not behind Wijzigen. */}
            {compact ? null : (
              <IcsButton meetingId={m.id} label="Uitnodiging" ariaLabel={`Uitnodiging (.ics) voor het overleg ${m.wijkName} van ${formatDayShort(m.date)}`} compact onError={onError} />
            )}
            <Button
            variant="subtle"
            className="wo-button--compact"
            aria-label={`Overleg ${m.wijkName} van ${formatDayShort(m.date)} wijzigen`}
            onClick={(e) => {
              // The row itself opens the meeting; this button only opens the planning panel.
              e.stopPropagation();
              onEdit(m);
            }}
          >
            Wijzigen
          </Button>
          </span>
        ) : null,
    },
  ];
  return columns.filter((c): c is ColumnDef<MeetingSummary, unknown> => c !== false);
}

/** Every meeting of every team: plan one, send its invitation, open it to chair it. Filtered, sorted and paged by the back end. */
export function MeetingsScreen() {
  const today = todayIso();
  // Recent years by default: ten years of a municipality stay in the database, not in the list.
  const recentFrom = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const [period, setPeriod] = useState<'recent' | 'alle'>('recent');
  const wijken = useQuery('wijk:list', {});
  const [panel, setPanel] = useState<Panel>(null);
  const [wijkId, setWijkId] = useState('');
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const [sorting, setSorting] = useState<SortingState>(UPCOMING_FIRST);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const filter: MeetingFilter = {
    ...(wijkId ? { wijkId: Number(wijkId) } : {}),
    ...(status ? { status: status as MeetingStatus } : {}),
    ...(period === 'recent' ? { from: recentFrom } : {}),
    ...(search.trim() ? { text: search.trim() } : {}),
  };
  const sort = sortOf(sorting);
  const page = usePagedQuery('meeting:page', { filter, sort });
  // The rows on screen, to find the meeting of the planning panel among them (it may have changed).
  const [shown, setShown] = useState({ first: 0, last: 0 });
  const { showRange } = page;
  const onRange = useCallback(
    (first: number, last: number) => {
      setShown({ first, last });
      showRange(first, last);
    },
    [showRange],
  );
  // In the screen's own order the past begins right after the upcoming ones: a line marks where.
  const upcoming = page.summary?.upcoming ?? 0;
  const firstPastId = sort.key === 'upcoming' && upcoming > 0 ? page.rowAt(upcoming)?.id : undefined;
  const compact = panel !== null;
  const columns = useMemo(() => buildColumns((m) => setPanel({ kind: 'edit', meeting: m }), compact, setError), [compact]);
  let editing: MeetingSummary | undefined;
  if (panel?.kind === 'edit') {
    editing = panel.meeting;
    for (let i = shown.first; i <= shown.last; i++) {
      const row = page.rowAt(i);
      if (row?.id === panel.meeting.id) editing = row;
    }
  }
  const filtered = wijkId !== '' || status !== '';

  const table = (
    <div className="wo-overview">
      <ServerTable
        label="Overleggen"
        columns={columns}
        getRowId={(m) => String(m.id)}
        total={page.total}
        rowAt={page.rowAt}
        onRange={onRange}
        version={page.version}
        listKey={page.listKey}
        sorting={sorting}
        onSortingChange={setSorting}
        search={search}
        onSearchChange={setSearch}
        searchPlaceholder="Zoek op plaats, wijk of jaar…"
        onRowClick={(m) => navigate(`/overleg/${m.id}`)}
        selectedId={editing ? String(editing.id) : null}
        rowClassName={(m) => [m.date >= today ? 'wo-meetings__row--upcoming' : '', m.id === firstPastId ? 'wo-meetings__row--first-past' : ''].join(' ')}
        emptyText={
          filtered
            ? 'Geen overleggen die aan het filter voldoen.'
            : period === 'recent'
              ? `Geen overleggen vanaf ${recentFrom.slice(0, 4)}. Plan er een met ‘Overleg plannen’, of kies bij Periode ‘Alle jaren’.`
              : 'Nog geen overleggen. Plan het eerste met ‘Overleg plannen’.'
        }
        toolbar={
          <>
            <SelectField
              label="Wijk"
              value={wijkId}
              onChange={setWijkId}
              options={namedOptions(wijken.data)}
              placeholder="Alle wijken"
              className="wo-filter"
            />
            <SelectField label="Status" value={status} onChange={setStatus} options={optionsOf(MEETING_STATUSES)} placeholder="Alle statussen" className="wo-filter" />
            <SelectField
              label="Periode"
              value={period}
              onChange={(v) => setPeriod(v === 'alle' ? 'alle' : 'recent')}
              options={[
                { value: 'recent', label: `Vanaf ${recentFrom.slice(0, 4)}` },
                { value: 'alle', label: 'Alle jaren' },
              ]}
              className="wo-filter"
            />
          </>
        }
      />
    </div>
  );

  return (
    <Page
      title="Overleggen"
      intro="Alle overleggen van de wijk-coördinatieteams: eerst de komende, daarna de afgelopen. Kies een overleg om het te openen en voor te zitten."
      actions={
        <Button variant="primary" onClick={() => { setPanel({ kind: 'plan' }); setNotice(null); }}>
          Overleg plannen
        </Button>
      }
      wide
    >
      {page.error ? <Alert type="error">{page.error}</Alert> : null}
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {error ? <Alert type="error">{error}</Alert> : null}
      {panel === null ? (
        table
      ) : (
        <MasterDetail
          list={table}
          detail={
            panel.kind === 'plan' ? (
              <PlanMeetingForm wijken={wijken.data ?? []} onCreated={(m) => navigate(`/overleg/${m.id}`)} onCancel={() => setPanel(null)} />
            ) : editing ? (
              <EditMeetingPanel
                key={editing.id}
                meeting={editing}
                onClose={() => setPanel(null)}
                onDeleted={(text) => {
                  setPanel(null);
                  setNotice(text);
                }}
              />
            ) : (
              <DetailPanel title="Overleg niet gevonden">
                <p className="wo-hint">Dit overleg bestaat niet meer.</p>
              </DetailPanel>
            )
          }
        />
      )}
    </Page>
  );
}
