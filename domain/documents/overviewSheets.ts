/**
 * The overview tables as spreadsheets: Alle acties, Alle signalen and Aanwezigheid, row for row
 * as the screen shows them (the caller passes the rows filtered and sorted), with typed columns.
 *
 * No confidential content: a vertrouwelijk signal is only its theme, buurt, status and
 * probleemeigenaar ("details bij de wijkmanager"); an action that came from one does not name it.
 */
import { ACTION_HORIZONS, actionStatusLabel, type ActionHorizon, type ActionStatus } from '../action';
import { SIGNAL_ROUTES, SIGNAL_STATUSES, SIGNAL_THEMES, SIGNAL_URGENCIES, type SignalRoute, type SignalSensitivity, type SignalStatus, type SignalTheme, type SignalUrgency } from '../signal';
import { CONFIDENTIAL_DETAILS } from '../privacy';
import { coverConfidentialAction } from '../privacy';
import { dateCell, yesNo, type SheetModel, type WorkbookModel } from './spreadsheet';

export const CONFIDENTIAL_SIGNAL_LABEL = `Vertrouwelijk signaal (${CONFIDENTIAL_DETAILS})`;
export const CONFIDENTIAL_LEFT_OUT =
  'Vertrouwelijke signalen staan er alleen met thema, buurt, status en probleemeigenaar in; titel, omschrijving, locatie, uitkomst en notities zijn weggelaten (details bij de wijkmanager).';

/** An action as the overview holds it, plus whether the signal it came from is vertrouwelijk. */
export interface ActionSheetInput {
  what: string;
  how: string | null;
  ownerOrganisationName: string;
  ownerPersonName: string | null;
  horizon: ActionHorizon;
  status: ActionStatus;
  dueDate: string | null;
  overdue: boolean;
  preconditions: string | null;
  motivation: string | null;
  cancelReason: string | null;
  wijkName: string;
  teamName: string;
  meetingDate: string;
  signalTitle: string | null;
  agendaItemTitle: string | null;
  whyText: string | null;
  lastFollowUpNote: string | null;
  lastFollowUpDate: string | null;
  closedOn: string | null;
  /** The action came from a vertrouwelijk signal: its title stays out. */
  signalConfidential: boolean;
}

const actionWhy = (a: ActionSheetInput): string =>
  a.signalConfidential
    ? CONFIDENTIAL_SIGNAL_LABEL
    : a.signalTitle
      ? `Signaal: ${a.signalTitle}`
      : a.agendaItemTitle
        ? `Agendapunt: ${a.agendaItemTitle}`
        : (a.whyText ?? '');

export function actionsSheet(actions: readonly ActionSheetInput[]): SheetModel {
  const highlightRows: number[] = [];
  const rows = actions.map((action, i) => {
    const a = coverConfidentialAction(action, action.signalConfidential);
    if (a.overdue) highlightRows.push(i);
    return [
      a.what,
      a.ownerOrganisationName,
      a.ownerPersonName,
      ACTION_HORIZONS[a.horizon],
      actionStatusLabel(a.status, a.horizon),
      dateCell(a.dueDate),
      a.overdue ? 'Verlopen' : null,
      a.horizon === 'ooit' ? a.preconditions : a.horizon === 'nooit' ? a.motivation : null,
      a.how,
      actionWhy(a),
      a.wijkName,
      dateCell(a.meetingDate),
      a.lastFollowUpNote,
      dateCell(a.lastFollowUpNote ? a.lastFollowUpDate : null),
      dateCell(a.closedOn),
      a.status === 'vervallen' ? a.cancelReason : null,
    ];
  });
  return {
    name: 'Acties',
    columns: [
      { header: 'Wat', kind: 'longText', width: 44 },
      { header: 'Organisatie', kind: 'text', width: 26 },
      { header: 'Persoon', kind: 'text', width: 20 },
      { header: 'Horizon', kind: 'text', width: 9 },
      { header: 'Status', kind: 'text', width: 14 },
      { header: 'Wanneer (deadline of afhandeltermijn)', kind: 'date', width: 14 },
      { header: 'Verlopen', kind: 'text', width: 10 },
      { header: 'Randvoorwaarden of motivering', kind: 'longText', width: 34 },
      { header: 'Hoe', kind: 'longText', width: 30 },
      { header: 'Waarom', kind: 'longText', width: 34 },
      { header: 'Wijk', kind: 'text', width: 16 },
      { header: 'Afgesproken in overleg van', kind: 'date', width: 14 },
      { header: 'Laatste voortgang', kind: 'longText', width: 40 },
      { header: 'Voortgang van', kind: 'date', width: 13 },
      { header: 'Afgesloten op', kind: 'date', width: 13 },
      { header: 'Reden vervallen', kind: 'longText', width: 30 },
    ],
    rows,
    highlightRows,
  };
}

export interface SignalSheetInput {
  date: string;
  title: string;
  wijkName: string;
  buurtName: string | null;
  location: string | null;
  theme: SignalTheme;
  urgency: SignalUrgency;
  sensitivity: SignalSensitivity;
  status: SignalStatus;
  problemOwnerName: string | null;
  routedTo: SignalRoute | null;
  broughtByOrganisationName: string | null;
  broughtByPersonName: string | null;
  meetingDate: string;
  closedOn: string | null;
  outcome: string | null;
}

export function signalsSheet(signals: readonly SignalSheetInput[]): SheetModel {
  const rows = signals.map((s) => {
    // Anything but 'normaal' is treated as confidential: the safe side.
    const open = s.sensitivity === 'normaal';
    return [
      dateCell(s.date),
      open ? s.title : CONFIDENTIAL_SIGNAL_LABEL,
      s.wijkName,
      s.buurtName,
      open ? s.location : null,
      SIGNAL_THEMES[s.theme],
      open ? SIGNAL_URGENCIES[s.urgency] : null,
      open ? 'Nee' : 'Ja',
      SIGNAL_STATUSES[s.status],
      s.problemOwnerName,
      open && s.routedTo ? SIGNAL_ROUTES[s.routedTo] : null,
      open ? [s.broughtByOrganisationName, s.broughtByPersonName].filter(Boolean).join(' · ') || null : null,
      dateCell(s.meetingDate),
      dateCell(s.closedOn),
      open ? s.outcome : null,
    ];
  });
  return {
    name: 'Signalen',
    columns: [
      { header: 'Datum', kind: 'date' },
      { header: 'Signaal', kind: 'longText', width: 40 },
      { header: 'Wijk', kind: 'text', width: 16 },
      { header: 'Buurt', kind: 'text', width: 16 },
      { header: 'Locatie', kind: 'text', width: 20 },
      { header: 'Thema', kind: 'text', width: 16 },
      { header: 'Urgentie', kind: 'text', width: 10 },
      { header: 'Vertrouwelijk', kind: 'text', width: 13 },
      { header: 'Status', kind: 'text', width: 15 },
      { header: 'Probleemeigenaar', kind: 'text', width: 26 },
      { header: 'Doorgezet naar', kind: 'text', width: 20 },
      { header: 'Ingebracht door', kind: 'text', width: 30 },
      { header: 'Ingebracht in overleg van', kind: 'date', width: 14 },
      { header: 'Afgehandeld op', kind: 'date', width: 14 },
      { header: 'Uitkomst', kind: 'longText', width: 40 },
    ],
    rows,
  };
}

export interface AttendanceSheetInput {
  organisationName: string;
  attendanceRequired: boolean;
  expected: number;
  attended: number;
  afgemeld: number;
  afwezig: number;
  unrecorded: number;
  rate: number | null;
  fallsShort: boolean;
}

/** The verdict as the screen shows it in its Norm column. */
export const attendanceVerdict = (r: AttendanceSheetInput): string =>
  r.fallsShort ? 'Onder de norm' : !r.attendanceRequired ? '' : r.expected === 0 ? 'Geen overleg verwacht' : 'Voldoet';

export function attendanceSheet(rows: readonly AttendanceSheetInput[]): SheetModel {
  const highlightRows: number[] = [];
  return {
    name: 'Aanwezigheid',
    columns: [
      { header: 'Organisatie', kind: 'text', width: 32 },
      { header: 'Aanwezigheidsplicht', kind: 'text', width: 12 },
      { header: 'Verwacht', kind: 'integer' },
      { header: 'Aanwezig (incl. vervangen)', kind: 'integer', width: 14 },
      { header: 'Afgemeld', kind: 'integer' },
      { header: 'Afwezig', kind: 'integer' },
      { header: 'Niet geregistreerd', kind: 'integer', width: 12 },
      { header: 'Percentage', kind: 'percent', width: 11 },
      { header: 'Norm', kind: 'text', width: 20 },
    ],
    rows: rows.map((r, i) => {
      if (r.fallsShort) highlightRows.push(i);
      return [r.organisationName, yesNo(r.attendanceRequired), r.expected, r.attended, r.afgemeld, r.afwezig, r.unrecorded, r.rate, attendanceVerdict(r)];
    }),
    highlightRows,
  };
}

/** One organisation at one meeting: the detail behind the rates. */
export interface AttendanceDetailRow {
  organisationName: string;
  attendanceRequired: boolean;
  date: string;
  wijkName: string;
  outcome: string;
  attended: boolean;
}

export function attendanceDetailSheet(rows: readonly AttendanceDetailRow[]): SheetModel {
  const highlightRows: number[] = [];
  return {
    name: 'Per overleg',
    columns: [
      { header: 'Organisatie', kind: 'text', width: 32 },
      { header: 'Aanwezigheidsplicht', kind: 'text', width: 12 },
      { header: 'Datum', kind: 'date' },
      { header: 'Wijk', kind: 'text', width: 18 },
      { header: 'Uitkomst', kind: 'text', width: 24 },
    ],
    rows: rows.map((r, i) => {
      if (!r.attended && r.attendanceRequired) highlightRows.push(i);
      return [r.organisationName, yesNo(r.attendanceRequired), dateCell(r.date), r.wijkName, r.outcome];
    }),
    highlightRows,
  };
}

/** The file name a user finds back: "Alle acties 2026-11-22.xlsx". */
export const overviewFileName = (title: string, date: string): string => `${title} ${date}.xlsx`;

export function overviewWorkbook(args: {
  title: string;
  author: string;
  createdAt: string;
  sheet: SheetModel;
  /** Further tabs after the main one (a detail sheet). */
  more?: readonly SheetModel[];
  about: readonly { label: string; value: string }[];
}): WorkbookModel {
  return {
    title: args.title,
    author: args.author,
    createdAt: args.createdAt,
    sheets: [args.sheet, ...(args.more ?? [])],
    about: [...args.about, { label: 'Rijen', value: String(args.sheet.rows.length) }, { label: 'Privacy', value: CONFIDENTIAL_LEFT_OUT }],
  };
}
