import { useMemo, useState } from 'react';
import type { ColumnDef, ColumnFiltersState } from '@tanstack/react-table';
import { MEETING_STATUSES, type MeetingSummary } from '../../../../contract/schemas/meetings';
import { useQuery } from '../../api/useQuery';
import { DetailPanel, MasterDetail } from '../../layout/MasterDetail';
import { Page } from '../../layout/Page';
import { navigate } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Clip } from '../../ui/Clip';
import { IcsButton } from './IcsButton';
import { DataTable } from '../../ui/DataTable';
import { SelectField } from '../../ui/fields';
import { optionsOf } from '../../ui/options';
import { todayIso } from '../../ui/format';
import { EditMeetingPanel } from './EditMeetingPanel';
import { formatDayShort, MEETING_STATUS_TONE } from './meetingFormat';
import { PlanMeetingForm } from './PlanMeetingForm';

// Filtering happens before the table (so columns can change with the panel). A stable empty
// list matters: a fresh [] on every render makes TanStack reset its page index in an endless loop.
const NO_COLUMN_FILTERS: ColumnFiltersState = [];

type Panel = { kind: 'plan' } | { kind: 'edit'; id: number } | null;

/** Upcoming meetings first (soonest on top), then the past ones (most recent on top). */
function upcomingFirst(meetings: MeetingSummary[], today: string): MeetingSummary[] {
  const upcoming = meetings.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
  const past = meetings.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime));
  return [...upcoming, ...past];
}

function buildColumns(onEdit: (id: number) => void, compact: boolean, onError: (message: string) => void): ColumnDef<MeetingSummary, unknown>[] {
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
    { accessorKey: 'wijkName', header: 'Wijk', meta: { fit: true } },
    { accessorKey: 'place', header: 'Plaats', meta: { grow: 2 }, cell: (c) => <Clip text={c.getValue() as string} /> },
    {
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
              onEdit(m.id);
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

/** Every meeting of every team: plan one, send its invitation, open it to chair it. */
export function MeetingsScreen() {
  const today = todayIso();
  // Recent years by default: ten years of a municipality stay in the database, not in the list.
  const recentFrom = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const [period, setPeriod] = useState<'recent' | 'alle'>('recent');
  const meetings = useQuery('meeting:list', period === 'recent' ? { from: recentFrom } : {});
  const wijken = useQuery('wijk:list', {});
  const [panel, setPanel] = useState<Panel>(null);
  const [wijkId, setWijkId] = useState('');
  const [status, setStatus] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const ordered = useMemo(() => upcomingFirst(meetings.data ?? [], today), [meetings.data, today]);
  const rows = useMemo(
    () => ordered.filter((m) => (!wijkId || m.wijkId === Number(wijkId)) && (!status || m.status === status)),
    [ordered, wijkId, status],
  );
  const firstPastId = rows.find((m) => m.date < today)?.id;
  const compact = panel !== null;
  const columns = useMemo(() => buildColumns((id) => setPanel({ kind: 'edit', id }), compact, setError), [compact]);
  const editing = panel?.kind === 'edit' ? (meetings.data ?? []).find((m) => m.id === panel.id) : undefined;

  const table = (
    <div className="wo-overview">
      <DataTable
        label="Overleggen"
        data={rows}
        columnFilters={NO_COLUMN_FILTERS}
        columns={columns}
        getRowId={(m) => String(m.id)}
        onRowClick={(m) => navigate(`/overleg/${m.id}`)}
        selectedId={editing ? String(editing.id) : null}
        rowClassName={(m) => [m.date >= today ? 'wo-meetings__row--upcoming' : '', m.id === firstPastId && m !== rows[0] ? 'wo-meetings__row--first-past' : ''].join(' ')}
        emptyText="Nog geen overleggen. Plan het eerste met ‘Overleg plannen’."
        toolbar={
          <>
            <SelectField
              label="Wijk"
              value={wijkId}
              onChange={setWijkId}
              options={(wijken.data ?? []).map((w) => ({ value: String(w.id), label: w.name }))}
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
      {meetings.error ? <Alert type="error">{meetings.error}</Alert> : null}
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {error ? <Alert type="error">{error}</Alert> : null}
      {panel === null ? (
        table
      ) : (
        <MasterDetail
          list={table}
          detail={
            panel.kind === 'plan' ? (
              <PlanMeetingForm wijken={wijken.data ?? []} meetings={meetings.data ?? []} onCreated={(m) => navigate(`/overleg/${m.id}`)} onCancel={() => setPanel(null)} />
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
