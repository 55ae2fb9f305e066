/**
 * The wijkagenda as a document for all partners: one document model (PDF/A, DOCX, ODT) and one
 * workbook model (XLSX), both built from the same wijkagenda view by pure functions, so every
 * format says the same thing. Nothing confidential goes in: an agreement whose action belongs to a
 * vertrouwelijk signal arrives here already covered (see backend/wijkagenda/views.ts), and no
 * signal content is read at all.
 */
import { ACTION_HORIZONS, actionStatusLabel, type ActionHorizon, type ActionStatus } from '../action';
import { longDateNl, shortDateNl } from '../dates';
import { REVIEW_OUTCOMES, diffSentence, keptSentence, type OutcomeCounts, type ReviewDiffEntry, type ReviewOutcome } from '../wijkagenda';
import { gemeenteName } from '../text';
import type { Block, DocumentModel, TableRow } from './model';
import { dateCell, yesNo, type SheetModel, type WorkbookModel } from './spreadsheet';

/** What the documents read of a wijkagenda (the contract's Wijkagenda view fits it). */
export interface WijkagendaDocInput {
  wijkName: string;
  year: number;
  themes: readonly { id: number; title: string; goal: string; firstYear: number; lastYear: number }[];
  agreements: readonly {
    id: number;
    themeId: number;
    themeTitle: string;
    origin: 'action' | 'decision' | 'hand';
    meetingDate: string | null;
    decisionText: string | null;
    what: string;
    ownerOrganisationName: string;
    ownerPersonName: string | null;
    horizon: ActionHorizon;
    status: ActionStatus;
    dueDate: string | null;
    overdue: boolean;
    groundDecision: string | null;
    groundBody: string | null;
    groundDate: string | null;
    carriedFromId: number | null;
    lastFollowUpNote: string | null;
    lastFollowUpDate: string | null;
  }[];
  reviews: readonly { id: number; date: string; note: string | null; total: OutcomeCounts }[];
  latestReview: {
    date: string;
    note: string | null;
    total: OutcomeCounts;
    items: readonly { agreementId: number; outcome: ReviewOutcome; note: string | null }[];
    byTheme: readonly { key: string; label: string; counts: OutcomeCounts }[];
    byOrganisation: readonly { key: string; label: string; counts: OutcomeCounts }[];
    previousDate: string | null;
    changes: readonly ReviewDiffEntry[];
  } | null;
}

export interface WijkagendaDocContext {
  municipalityName: string;
  /** YYYY-MM-DD: the "stand van" date. */
  today: string;
  /** ISO timestamp the file was made. */
  createdAt: string;
}

type Agreement = WijkagendaDocInput['agreements'][number];

export const wijkagendaTitle = (input: Pick<WijkagendaDocInput, 'wijkName' | 'year'>): string => `Wijkagenda ${input.wijkName} ${input.year}`;

const statusLabel = (a: Pick<Agreement, 'status' | 'horizon'>): string => actionStatusLabel(a.status, a.horizon);

/** Where an agreement comes from, in words a partner understands. */
export function originText(a: Agreement): string {
  if (a.origin === 'hand') return `Besluit: ${a.groundDecision ?? ''} (${[a.groundBody, a.groundDate ? shortDateNl(a.groundDate) : null].filter(Boolean).join(', ')})`;
  const meeting = a.meetingDate ? `WCT-overleg ${shortDateNl(a.meetingDate)}` : 'WCT-overleg';
  return a.origin === 'decision' ? `Besluit ${meeting}${a.decisionText ? `: “${a.decisionText}”` : ''}` : `Actie ${meeting}`;
}

const progressText = (a: Agreement): string => (a.lastFollowUpDate ? `${shortDateNl(a.lastFollowUpDate)}: ${a.lastFollowUpNote ?? 'status gewijzigd'}` : '—');

const countRow = (label: string, c: OutcomeCounts): TableRow => ({
  cells: [label, String(c.total), String(c.nagekomen), String(c.deels_nagekomen), String(c.niet_nagekomen), String(c.loopt_nog)],
});
const countColumns = (first: string) => [
  { header: first, weight: 3 },
  { header: 'Afspraken', weight: 1.3 },
  { header: 'Nagekomen', weight: 1.4 },
  { header: 'Deels', weight: 1 },
  { header: 'Niet', weight: 1 },
  { header: 'Loopt nog', weight: 1.2 },
];

/** The themes in the order of the agenda, with the agreements under each. */
function themesWithAgreements(input: WijkagendaDocInput) {
  return input.themes.map((t) => ({ theme: t, agreements: input.agreements.filter((a) => a.themeId === t.id) }));
}

/** The document model of the wijkagenda: PDF/A, DOCX and ODT render this. */
export function wijkagendaDocument(input: WijkagendaDocInput, ctx: WijkagendaDocContext): DocumentModel {
  const title = wijkagendaTitle(input);
  const latest = input.latestReview;
  const outcomes = new Map((latest?.items ?? []).map((i) => [i.agreementId, i]));
  const overdue = input.agreements.filter((a) => a.overdue).length;

  const review: Block[] = latest
    ? [
        { kind: 'paragraph', text: [{ text: `${keptSentence(latest.total)}.`, bold: true }] },
        ...(latest.note ? [{ kind: 'paragraph' as const, text: latest.note }] : []),
        { kind: 'table', caption: 'Nagekomen per thema', columns: countColumns('Thema'), rows: latest.byTheme.map((g) => countRow(g.label, g.counts)) },
        { kind: 'table', caption: 'Nagekomen per organisatie', columns: countColumns('Organisatie'), rows: latest.byOrganisation.map((g) => countRow(g.label, g.counts)) },
        ...(latest.previousDate
          ? [
              {
                kind: 'section' as const,
                title: `Veranderd sinds de actualisatie van ${longDateNl(latest.previousDate)}`,
                blocks: [
                  latest.changes.some((c) => c.kind !== 'same')
                    ? { kind: 'list' as const, items: latest.changes.filter((c) => c.kind !== 'same').map((c) => `${c.what}: ${diffSentence(c)}`) }
                    : { kind: 'paragraph' as const, text: 'Geen veranderingen: alle uitkomsten zijn gelijk gebleven.', muted: true },
                ],
              },
            ]
          : []),
      ]
    : [{ kind: 'paragraph', text: 'Deze wijkagenda is nog niet geactualiseerd.', muted: true }];

  const themes: Block[] = themesWithAgreements(input).map(({ theme, agreements }) => ({
    kind: 'section',
    title: theme.title,
    blocks: [
      { kind: 'paragraph', text: [{ text: 'Doel: ', bold: true }, { text: theme.goal }] },
      {
        kind: 'table',
        caption: `Afspraken onder ${theme.title}`,
        columns: [
          { header: 'Wat', weight: 3.1 },
          { header: 'Wie', weight: 1.8 },
          { header: 'Wanneer', weight: 1.55 },
          { header: 'Status', weight: 1.55 },
          { header: 'Laatste voortgang', weight: 2.3 },
          { header: 'Actualisatie', weight: 1.6 },
        ],
        emptyText: 'Nog geen afspraken onder dit thema.',
        rows: agreements.map((a) => {
          const outcome = outcomes.get(a.id);
          return {
            highlight: a.overdue,
            cells: [
              // What, with where it came from underneath: one click back in the app, one line here.
              [{ text: a.carriedFromId !== null ? `${a.what} (uit ${input.year - 1})` : a.what, bold: true }, { text: `\n${originText(a)}` }],
              a.ownerPersonName ? `${a.ownerOrganisationName}\n${a.ownerPersonName}` : a.ownerOrganisationName,
              a.dueDate ? shortDateNl(a.dueDate) : '—',
              `${ACTION_HORIZONS[a.horizon]}, ${statusLabel(a).toLowerCase()}${a.overdue ? ', verlopen' : ''}`,
              progressText(a),
              outcome ? `${REVIEW_OUTCOMES[outcome.outcome]}${outcome.note ? `: ${outcome.note}` : ''}` : '—',
            ],
          };
        }),
      },
    ],
  }));

  return {
    meta: {
      title,
      subject: `Het actieplan van de partners in ${input.wijkName} voor ${input.year}`,
      author: gemeenteName(ctx.municipalityName),
      keywords: ['wijkagenda', input.wijkName, String(input.year)],
      language: 'nl-NL',
      createdAt: ctx.createdAt,
    },
    runningHeader: [title, `Stand ${shortDateNl(ctx.today)}`],
    subtitle: `${ctx.municipalityName} — stand van ${longDateNl(ctx.today)}`,
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: 'Wijk', value: input.wijkName },
          { label: 'Jaar', value: String(input.year) },
          { label: 'Afspraken', value: `${input.agreements.length} onder ${input.themes.length} ${input.themes.length === 1 ? 'thema' : "thema's"}` },
          { label: 'Verlopen', value: String(overdue) },
          { label: 'Laatste actualisatie', value: latest ? longDateNl(latest.date) : 'nog geen' },
        ],
      },
      { kind: 'section', title: latest ? `Uitkomst van de actualisatie van ${longDateNl(latest.date)}` : 'Actualisatie', blocks: review },
      { kind: 'section', title: 'Afspraken per thema', blocks: themes },
      {
        kind: 'notice',
        tone: 'info',
        text: 'Deze wijkagenda bevat geen vertrouwelijke gegevens over bewoners. Van een afspraak bij een vertrouwelijk signaal staan alleen wie, wanneer en de status erin; de details liggen bij de wijkmanager.',
      },
    ],
  };
}

/** The workbook of the wijkagenda: the agreements as a filterable table, the counts, the actualisaties. */
export function wijkagendaWorkbook(input: WijkagendaDocInput, ctx: WijkagendaDocContext): WorkbookModel {
  const latest = input.latestReview;
  const outcomes = new Map((latest?.items ?? []).map((i) => [i.agreementId, i]));
  const ordered = themesWithAgreements(input).flatMap(({ agreements }) => agreements);
  const agreements: SheetModel = {
    name: 'Afspraken',
    columns: [
      { header: 'Thema', kind: 'text', width: 24 },
      { header: 'Wat', kind: 'longText', width: 44 },
      { header: 'Wie (organisatie)', kind: 'text', width: 26 },
      { header: 'Wie (persoon)', kind: 'text', width: 20 },
      { header: 'Wanneer', kind: 'date' },
      { header: 'Horizon', kind: 'text', width: 9 },
      { header: 'Status', kind: 'text', width: 14 },
      { header: 'Verlopen', kind: 'text', width: 9 },
      { header: 'Herkomst', kind: 'longText', width: 36 },
      { header: 'Overleg', kind: 'date' },
      { header: 'Laatste voortgang', kind: 'date' },
      { header: 'Voortgang', kind: 'longText', width: 40 },
      { header: latest ? `Actualisatie ${shortDateNl(latest.date)}` : 'Actualisatie', kind: 'text', width: 18 },
      { header: 'Toelichting actualisatie', kind: 'longText', width: 36 },
    ],
    rows: ordered.map((a) => {
      const outcome = outcomes.get(a.id);
      return [
        a.themeTitle,
        a.what,
        a.ownerOrganisationName,
        a.ownerPersonName,
        dateCell(a.dueDate),
        ACTION_HORIZONS[a.horizon],
        statusLabel(a),
        yesNo(a.overdue),
        originText(a),
        dateCell(a.meetingDate),
        dateCell(a.lastFollowUpDate),
        a.lastFollowUpNote,
        outcome ? REVIEW_OUTCOMES[outcome.outcome] : null,
        outcome?.note ?? null,
      ];
    }),
    highlightRows: ordered.flatMap((a, i) => (a.overdue ? [i] : [])),
  };
  const countSheet = (name: string, first: string, groups: readonly { label: string; counts: OutcomeCounts }[]): SheetModel => ({
    name,
    columns: [
      { header: first, kind: 'text', width: 32 },
      { header: 'Afspraken', kind: 'integer' },
      { header: 'Nagekomen', kind: 'integer' },
      { header: 'Deels nagekomen', kind: 'integer', width: 16 },
      { header: 'Niet nagekomen', kind: 'integer', width: 15 },
      { header: 'Loopt nog', kind: 'integer' },
      { header: 'Nagekomen (aandeel)', kind: 'percent', width: 18 },
    ],
    rows: groups.map((g) => [g.label, g.counts.total, g.counts.nagekomen, g.counts.deels_nagekomen, g.counts.niet_nagekomen, g.counts.loopt_nog, g.counts.total ? g.counts.nagekomen / g.counts.total : null]),
  });
  const reviews: SheetModel = {
    name: 'Actualisaties',
    columns: [
      { header: 'Datum', kind: 'date' },
      { header: 'Afspraken', kind: 'integer' },
      { header: 'Nagekomen', kind: 'integer' },
      { header: 'Deels nagekomen', kind: 'integer', width: 16 },
      { header: 'Niet nagekomen', kind: 'integer', width: 15 },
      { header: 'Loopt nog', kind: 'integer' },
      { header: 'Toelichting', kind: 'longText', width: 48 },
    ],
    rows: [...input.reviews].reverse().map((r) => [r.date, r.total.total, r.total.nagekomen, r.total.deels_nagekomen, r.total.niet_nagekomen, r.total.loopt_nog, r.note]),
  };
  return {
    title: wijkagendaTitle(input),
    author: gemeenteName(ctx.municipalityName),
    createdAt: ctx.createdAt,
    sheets: [
      agreements,
      ...(latest
        ? [countSheet('Per thema', 'Thema', latest.byTheme), countSheet('Per organisatie', 'Organisatie', latest.byOrganisation)]
        : []),
      reviews,
    ],
    about: [
      { label: 'Wijk', value: input.wijkName },
      { label: 'Jaar', value: String(input.year) },
      { label: 'Stand van', value: longDateNl(ctx.today) },
      { label: 'Laatste actualisatie', value: latest ? `${longDateNl(latest.date)}: ${keptSentence(latest.total)}` : 'nog geen' },
      { label: 'Privacy', value: 'Geen vertrouwelijke gegevens over bewoners: van een afspraak bij een vertrouwelijk signaal staan alleen wie, wanneer en de status erin.' },
    ],
  };
}
