/**
 * The attendance report as a document: per organisation over a period, against the obligation in
 * its prestatieafspraken. What a gemeente takes into the conversation with a subsidised partner.
 * Same rows and verdicts as the screen and the XLSX (attendanceVerdict).
 */
import { longDateNl } from '../dates';
import { gemeenteName, listNl } from '../text';
import type { Block, DocumentModel } from './model';
import { attendanceVerdict, type AttendanceDetailRow, type AttendanceSheetInput } from './overviewSheets';
import { shortDateNl } from '../dates';
import { percentNl } from '../attendance';

export interface AttendanceDocumentInput {
  from: string;
  to: string;
  meetingCount: number;
  threshold: number;
  thresholdLabel: string;
  rows: readonly AttendanceSheetInput[];
  /** "Molenwijk", or null for every wijk. */
  wijkName: string | null;
  /** Per organisation per meeting; the ones not attended of organisations with an obligation are listed. */
  details: readonly AttendanceDetailRow[];
  municipalityName: string;
  createdAt: string;
}


export const attendanceScope = (wijkName: string | null) => (wijkName ? `wijk ${wijkName}` : 'alle wijken');

export function attendanceDocument(input: AttendanceDocumentInput): DocumentModel {
  const period = `${longDateNl(input.from)} t/m ${longDateNl(input.to)}`;
  const short = input.rows.filter((r) => r.fallsShort);
  const author = gemeenteName(input.municipalityName);
  const blocks: Block[] = [
    {
      kind: 'facts',
      items: [
        { label: 'Periode', value: period },
        { label: 'Wijk', value: input.wijkName ?? 'Alle wijken' },
        { label: 'Gehouden overleggen', value: String(input.meetingCount) },
        { label: 'Norm', value: `${percentNl(input.threshold)} voor organisaties met aanwezigheidsplicht (prestatieafspraken)` },
      ],
    },
  ];
  if (short.length > 0) {
    blocks.push({
      kind: 'notice',
      tone: 'warning',
      text: [
        { text: `${short.length === 1 ? '1 organisatie valt' : `${short.length} organisaties vallen`} onder de norm: `, bold: true },
        { text: `${listNl(short.map((r) => r.organisationName))}. ${input.thresholdLabel}` },
      ],
    });
  }
  blocks.push({
    kind: 'table',
    caption: 'Aanwezigheid per organisatie',
    columns: [
      { header: 'Organisatie', weight: 3 },
      { header: 'Plicht', weight: 0.9 },
      { header: 'Verwacht', weight: 1 },
      { header: 'Aanwezig (incl. vervangen)', weight: 1.4 },
      { header: 'Afgemeld', weight: 1 },
      { header: 'Afwezig', weight: 1 },
      { header: 'Niet geregistreerd', weight: 1.3 },
      { header: 'Percentage', weight: 1.1 },
      { header: 'Norm', weight: 1.5 },
    ],
    rows: input.rows.map((r) => ({
      cells: [
        r.organisationName,
        r.attendanceRequired ? 'Ja' : 'Nee',
        String(r.expected),
        String(r.attended),
        String(r.afgemeld),
        String(r.afwezig),
        String(r.unrecorded),
        r.rate === null ? '—' : percentNl(r.rate),
        attendanceVerdict(r) || '—',
      ],
      highlight: r.fallsShort,
    })),
    emptyText: 'Er zijn in deze periode geen overleggen gehouden.',
  });
  const missed = input.details.filter((d) => d.attendanceRequired && !d.attended);
  blocks.push({
    kind: 'section',
    title: 'Gemiste overleggen van organisaties met aanwezigheidsplicht',
    blocks: [
      missed.length === 0
        ? { kind: 'paragraph', text: 'Organisaties met aanwezigheidsplicht waren bij elk verwacht overleg aanwezig of vervangen.', muted: true }
        : {
            kind: 'table',
            columns: [
              { header: 'Organisatie', weight: 3 },
              { header: 'Datum', weight: 1.2 },
              { header: 'Wijk', weight: 1.6 },
              { header: 'Uitkomst', weight: 1.8 },
            ],
            rows: missed.map((d) => ({ cells: [d.organisationName, shortDateNl(d.date), d.wijkName, d.outcome] })),
          },
    ],
  });
  blocks.push({
    kind: 'section',
    title: 'Zo is het berekend',
    blocks: [
      {
        kind: 'list',
        items: [
          'Verwacht: de gehouden overleggen van teams waarin de organisatie op die dag een lid had.',
          'Aanwezig: minstens één lid was er, of liet zich vervangen; een vervanger telt voor de organisatie.',
          'Niet geregistreerd: niemand van de organisatie was er en van minstens één lid is niets vastgelegd. Zo’n overleg telt niet als aanwezig.',
          `Percentage: aanwezig gedeeld door verwacht. Onder de norm: aanwezigheidsplicht en minder dan ${percentNl(input.threshold)}.`,
        ],
      },
    ],
  });
  return {
    meta: {
      title: 'Aanwezigheid partnerorganisaties',
      subject: `Aanwezigheid bij de wijk-coördinatieteams, ${period}, ${attendanceScope(input.wijkName)}`,
      author,
      keywords: ['aanwezigheid', 'prestatieafspraken', 'WCT'],
      language: 'nl-NL',
      createdAt: input.createdAt,
    },
    runningHeader: ['Aanwezigheid partnerorganisaties', `${period}`, attendanceScope(input.wijkName)],
    subtitle: `${period} · ${attendanceScope(input.wijkName)}`,
    footerNote: author,
    blocks,
  };
}

/** "Aanwezigheid 2026-01-01 tot en met 2026-11-22 Molenwijk" */
export const attendanceFileBase = (from: string, to: string, wijkName: string | null) =>
  `Aanwezigheid ${from} tot en met ${to}${wijkName ? ` ${wijkName}` : ''}`;
