import { namedOptions } from '../../ui/options';
import { useState } from 'react';
import type { AttendanceReport, AttendanceReportRow } from '../../../../contract/schemas/attendance';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/fields';
import { formatDate, todayIso } from '../../ui/format';
import { FileExportButton } from '../../ui/FileExportButton';
import { percentNl } from '../../../../domain/attendance';


/** Attendance per partner organisation over a period, against the obligation in its prestatieafspraken. */
export function AttendanceScreen() {
  const today = todayIso();
  const year = today.slice(0, 4);
  const wijken = useQuery('wijk:list', {});
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(today);
  const [wijkId, setWijkId] = useState('');
  // Refreshed when attendance, meetings or organisations change (see report:attendance in the contract).
  const reportQuery = useQuery('report:attendance', { from, to, ...(wijkId ? { wijkId: Number(wijkId) } : {}) });
  // An invalid period has no report: showing the previous one would mislead.
  const report = reportQuery.error ? null : (reportQuery.data ?? null);
  const errors = reportQuery.errorFields;
  const error = Object.keys(errors).length > 0 ? null : reportQuery.error;

  const setPeriod = (start: string, end: string) => {
    setFrom(start);
    setTo(end);
  };
  const wijkName = wijken.data?.find((w) => String(w.id) === wijkId)?.name;
  const short = report?.rows.filter((r) => r.fallsShort) ?? [];

  return (
    <Page
      title="Aanwezigheid"
      intro="Hoe vaak was elke partnerorganisatie bij de gehouden overleggen? Organisaties met aanwezigheidsplicht die te vaak ontbreken, worden gemarkeerd."
    >
      <div className="wo-card wo-row wo-period" role="group" aria-label="Periode en wijk">
        <TextField label="Vanaf" type="date" value={from} onChange={setFrom} error={errors.from} className="wo-date" />
        <TextField label="Tot en met" type="date" value={to} onChange={setTo} error={errors.to} className="wo-date" />
        <SelectField
          label="Wijk"
          value={wijkId}
          onChange={setWijkId}
          options={namedOptions(wijken.data)}
          placeholder="Alle wijken"
          className="wo-filter"
        />
        <div className="wo-period__presets">
          <Button variant="subtle" onClick={() => setPeriod(`${year}-01-01`, today)}>
            Dit jaar
          </Button>
          <Button variant="subtle" onClick={() => setPeriod(`${Number(year) - 1}-01-01`, `${Number(year) - 1}-12-31`)}>
            Vorig jaar
          </Button>
        </div>
      </div>
      {error ? <Alert type="error">{error}</Alert> : null}
      {report ? (
        <>
          <p className="wo-summary" aria-live="polite">
            <span>
              {report.meetingCount} {report.meetingCount === 1 ? 'gehouden overleg' : 'gehouden overleggen'}
            </span>
            <span>
              {formatDate(report.from)} t/m {formatDate(report.to)}
            </span>
            <span>{wijkName ? `wijk ${wijkName}` : 'alle wijken'}</span>
          </p>
          {short.length > 0 ? (
            <Alert type="warning">
              <strong>
                {short.length === 1 ? '1 organisatie valt' : `${short.length} organisaties vallen`} onder de norm: {short.map((r) => r.organisationName).join(', ')}.
              </strong>{' '}
              {report.thresholdLabel}
            </Alert>
          ) : null}
          <div className="wo-export" role="group" aria-label="Aanwezigheid opslaan">
            <FileExportButton
              label="Excel (XLSX)"
              busyLabel="Excel wordt gemaakt…"
              exportFile={() => call('report:attendanceExport', { from, to, ...(wijkId ? { wijkId: Number(wijkId) } : {}), format: 'xlsx' })}
            />
            <FileExportButton
              label="PDF"
              busyLabel="PDF wordt gemaakt…"
              exportFile={() => call('report:attendanceExport', { from, to, ...(wijkId ? { wijkId: Number(wijkId) } : {}), format: 'pdf' })}
            />
          </div>
          <ReportTable report={report} />
          <p className="wo-hint wo-small">
            Percentage: aanwezig (incl. vervangen) gedeeld door de verwachte overleggen. Een overleg zonder registratie telt niet als aanwezig: leg de
            aanwezigheid alsnog vast in dat overleg om het mee te laten tellen.
          </p>
          <p className="wo-hint wo-small">
            Verwacht: de gehouden overleggen van teams waarin de organisatie op die dag een lid had. Een vervanger telt als aanwezig voor de organisatie. Niet
            geregistreerd: niemand van de organisatie was er en van minstens één lid is niets vastgelegd. Norm voor organisaties met aanwezigheidsplicht:{' '}
            {percentNl(report.threshold)}.
          </p>
        </>
      ) : null}
    </Page>
  );
}

function ReportTable({ report }: { report: AttendanceReport }) {
  if (report.rows.length === 0) return <p className="wo-card wo-hint">Er zijn in deze periode geen overleggen gehouden, dus er is nog geen aanwezigheid te tonen.</p>;
  return (
    <>
      {report.meetingCount === 0 ? (
        <p className="wo-card wo-hint">Er zijn in deze periode geen overleggen gehouden. Organisaties met aanwezigheidsplicht staan er wel, zonder verwachte overleggen.</p>
      ) : null}
      <div className="utrecht-table-container wo-datatable__scroll">
        <table className="utrecht-table utrecht-table--html-table wo-table wo-report">
          <caption className="wo-visually-hidden">Aanwezigheid per organisatie</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell wo-report__org">Organisatie</th>
              <th scope="col" className="utrecht-table__header-cell wo-report__num">Verwacht</th>
              <th scope="col" className="utrecht-table__header-cell wo-report__num">Aanwezig (incl. vervangen)</th>
              <th scope="col" className="utrecht-table__header-cell wo-report__num">Afgemeld</th>
              <th scope="col" className="utrecht-table__header-cell wo-report__num">Afwezig</th>
              <th scope="col" className="utrecht-table__header-cell wo-report__num">Niet geregistreerd</th>
              <th scope="col" className="utrecht-table__header-cell">Percentage</th>
              <th scope="col" className="utrecht-table__header-cell">Norm</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {report.rows.map((r) => (
              <ReportRow key={r.organisationId} row={r} threshold={report.threshold} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ReportRow({ row: r, threshold }: { row: AttendanceReportRow; threshold: number }) {
  return (
    <tr className={r.fallsShort ? 'utrecht-table__row wo-row--short' : 'utrecht-table__row'}>
      <th scope="row" className="utrecht-table__cell wo-cell--first wo-report__org">
        <span className="wo-block">{r.organisationName}</span>
        {r.attendanceRequired ? (
          <StatusBadge tone="warning" title="Deelname aan het WCT is vastgelegd in de prestatieafspraken">
            Aanwezigheidsplicht
          </StatusBadge>
        ) : null}
      </th>
      <td className="utrecht-table__cell wo-report__num">{r.expected}</td>
      <td className="utrecht-table__cell wo-report__num">{r.attended}</td>
      <td className="utrecht-table__cell wo-report__num">{r.afgemeld}</td>
      <td className="utrecht-table__cell wo-report__num">{r.afwezig}</td>
      <td className="utrecht-table__cell wo-report__num">{r.unrecorded}</td>
      <td className="utrecht-table__cell">
        {r.rate !== null ? (
          <span className="wo-rate" title={`${r.attended} van ${r.expected} verwachte overleggen`}>
            <span className="wo-rate__value">{percentNl(r.rate)}</span>
            <span className="wo-rate__bar" aria-hidden="true">
              <span className={r.fallsShort ? 'wo-rate__fill wo-rate__fill--short' : 'wo-rate__fill'} style={{ width: percentNl(r.rate) }} />
              <span className="wo-rate__norm" style={{ left: percentNl(threshold) }} />
            </span>
          </span>
        ) : (
          <span className="wo-muted" title={r.expected > 0 ? 'Nog niets geregistreerd' : 'Geen overleggen verwacht'}>
            —
          </span>
        )}
      </td>
      <td className="utrecht-table__cell">
        {r.fallsShort ? (
          <>
            <StatusBadge tone="danger">
              <span aria-hidden="true">⚠ </span>Onder de norm
            </StatusBadge>
            {r.unrecorded > 0 ? <span className="wo-hint wo-small"> {r.unrecorded} niet geregistreerd</span> : null}
          </>
        ) : !r.attendanceRequired ? null : r.expected === 0 ? (
          <StatusBadge tone="neutral" title="De organisatie had in deze periode geen lid in een team dat overleg hield">
            Geen overleg verwacht
          </StatusBadge>
        ) : (
          <StatusBadge tone="safe">Voldoet</StatusBadge>
        )}
      </td>
    </tr>
  );
}
