import type { Block, DocumentModel, RichText, Run, TableRow } from '../documents/model';
import { longDateNl } from '../calendar';
import { ATTENDANCE_STATUSES } from '../attendance';
import { verslagDate, type VerslagAction, type VerslagContent, type VerslagSignal, type VerslagVersionInfo } from './content';
import { CONFIDENTIAL_DETAILS } from '../privacy';

/**
 * The verslag as a document: the one model the PDF, Word and ODT files and the on-screen
 * preview are made from. Pure: the same content and version give the same document.
 */

const b = (text: string): Run => ({ text, bold: true });
const t = (text: string): Run => ({ text });
const i = (text: string): Run => ({ text, italic: true });
const lines = (...parts: (Run | Run[] | null | false | undefined)[]): Run[] => {
  const runs: Run[] = [];
  for (const part of parts) {
    if (!part) continue;
    const list = Array.isArray(part) ? part : [part];
    if (list.length === 0) continue;
    if (runs.length > 0) runs.push(t('\n'));
    runs.push(...list);
  }
  return runs;
};
const dateOrDash = (iso: string | null) => (iso ? verslagDate(iso) : '—');
const orDash = (runs: Run[]): RichText => (runs.length > 0 ? runs : '—');

export const verslagTitle = (c: Pick<VerslagContent, 'team' | 'date'>): string => `Verslag ${c.team} ${verslagDate(c.date)}`;

/** The file name a user finds it under: `Verslag WCT Molenwijk 2026-11-12 versie 2 (concept)`. */
export const verslagFileBase = (c: Pick<VerslagContent, 'team' | 'date'>, v: Pick<VerslagVersionInfo, 'version' | 'status'>): string =>
  `Verslag ${c.team} ${c.date}${v.version > 1 ? ` versie ${v.version}` : ''}${v.status === 'concept' ? ' (concept)' : ''}`;

/** "Vastgesteld op 10 december 2026 in het overleg van 10 december 2026 (voorzitter Rachid El Amrani)". */
export function establishedText(v: VerslagVersionInfo): string {
  if (v.status !== 'vastgesteld' || !v.vastgesteldOn) return 'Concept, nog niet vastgesteld';
  const where = v.vastgesteldInMeetingDate ? ` in het overleg van ${verslagDate(v.vastgesteldInMeetingDate)}` : '';
  const who = v.vastgesteldBy ? ` (${v.vastgesteldInMeetingDate ? 'voorzitter' : 'door'} ${v.vastgesteldBy})` : '';
  return `Vastgesteld op ${verslagDate(v.vastgesteldOn)}${where}${who}`;
}

function signalCell(s: VerslagSignal): RichText {
  if (s.confidential) return lines([i('Vertrouwelijk signaal')], [t(`${s.theme}; ${CONFIDENTIAL_DETAILS}`)]);
  return lines([b(s.title ?? '')], s.description ? [t(s.description)] : null);
}
const signalPlace = (s: VerslagSignal) => [s.buurt ?? 'Geen buurt', s.theme].join(' · ');
const signalOwner = (s: VerslagSignal): RichText => lines([t(s.status)], s.problemOwner ? [t(`Probleemeigenaar: ${s.problemOwner}`)] : null, s.routedTo ? [t(`Doorgezet naar: ${s.routedTo}`)] : null);

function signalsTable(caption: string, signals: readonly VerslagSignal[], followed: boolean): Block {
  return {
    kind: 'table',
    caption,
    columns: followed
      ? [{ header: 'Signaal', weight: 3 }, { header: 'Buurt · thema', weight: 1.6 }, { header: 'Voortgang', weight: 3 }, { header: 'Status', weight: 2 }]
      : [{ header: 'Signaal', weight: 3.6 }, { header: 'Buurt · thema', weight: 1.6 }, { header: 'Ingebracht door', weight: 1.8 }, { header: 'Status', weight: 2 }],
    rows: signals.map((s) => ({
      cells: followed
        ? [
            signalCell(s),
            signalPlace(s),
            orDash(lines(s.followUpNote ? [t(s.followUpNote)] : null, s.statusChange ? [i(`Status: ${s.statusChange}`)] : null, s.outcome ? [t(`Uitkomst: ${s.outcome}`)] : null)),
            signalOwner(s),
          ]
        : [signalCell(s), signalPlace(s), s.confidential ? '—' : (s.broughtBy ?? '—'), signalOwner(s)],
    })),
  };
}

const actionWhat = (a: VerslagAction): RichText => lines([b(a.what)], a.why ? [t(`Waarom: ${a.why}`)] : null, a.how ? [t(`Hoe: ${a.how}`)] : null);
const horizonCell = (a: VerslagAction): RichText => lines([b(a.horizon)], [t(a.requirement)]);
const statusCell = (a: VerslagAction): RichText => (a.overdue ? lines([b('Te laat')], [t(a.status)]) : a.status);

function actionsTable(caption: string, actions: readonly VerslagAction[], updated: boolean): Block {
  return {
    kind: 'table',
    caption,
    columns: updated
      ? [{ header: 'Wat', weight: 3 }, { header: 'Wie', weight: 1.8 }, { header: 'Voortgang', weight: 3 }, { header: 'Status', weight: 1.4 }]
      : [{ header: 'Wat', weight: 3.2 }, { header: 'Wie', weight: 1.8 }, { header: 'Horizon en termijn', weight: 2.4 }, { header: 'Status', weight: 1.2 }],
    rows: actions.map(
      (a): TableRow => ({
        highlight: a.overdue,
        cells: updated
          ? [actionWhat(a), a.owner, orDash(lines(a.followUpNote ? [t(a.followUpNote)] : null, a.statusChange ? [i(`Status: ${a.statusChange}`)] : null)), statusCell(a)]
          : [actionWhat(a), a.owner, horizonCell(a), statusCell(a)],
      }),
    ),
  };
}

function attendanceBlocks(c: VerslagContent): Block[] {
  const person = (m: VerslagContent['attendance'][number]['members'][number]): Run[] => {
    const roles = [m.role, m.chair ? 'voorzitter' : null, m.secretary ? 'notulist' : null].filter(Boolean).join(', ');
    const status =
      m.status === 'vervangen' ? `vervangen door ${m.substitute ?? 'een collega'}` : m.status ? ATTENDANCE_STATUSES[m.status].toLowerCase() : 'niet geregistreerd';
    return [t(`${m.name}${roles ? ` (${roles})` : ''}: `), m.status === 'aanwezig' ? t(status) : b(status)];
  };
  const items = c.attendance.map((group) => ({
    label: group.organisation,
    value: group.members.flatMap((m, n) => (n === 0 ? person(m) : [t('\n'), ...person(m)])),
  }));
  if (c.guests.length > 0) {
    items.push({
      label: 'Gasten',
      value: c.guests.flatMap((g, n) => {
        const run = t(`${g.name}${[g.role, g.organisation].filter(Boolean).length ? ` (${[g.role, g.organisation].filter(Boolean).join(', ')})` : ''}`);
        return n === 0 ? [run] : [t('\n'), run];
      }),
    });
  }
  return items.length > 0 ? [{ kind: 'facts', items }] : [{ kind: 'paragraph', text: 'De aanwezigheid is niet bijgehouden.', muted: true }];
}

/** The verslag document for one version. `createdAt`: when the file is made. */
export function buildVerslagDocument(c: VerslagContent, v: VerslagVersionInfo, createdAt: string): DocumentModel {
  const concept = v.status !== 'vastgesteld';
  const decisions: { text: string; item: string }[] = [];
  const blocks: Block[] = [];

  blocks.push({
    kind: 'facts',
    items: [
      { label: 'Datum', value: longDateNl(c.date) },
      { label: 'Tijd', value: c.endTime ? `${c.startTime}–${c.endTime} uur` : `${c.startTime} uur` },
      { label: 'Plaats', value: c.place },
      { label: 'Voorzitter', value: c.chair ?? '—' },
      { label: 'Notulist', value: c.secretary ?? '—' },
      { label: 'Status', value: concept ? [b('Concept'), t(', nog niet vastgesteld')] : establishedText(v) },
      ...(v.version > 1 ? [{ label: 'Versie', value: `${v.version}: correctie van versie ${v.version - 1}${v.reason ? ` (${v.reason})` : ''}` }] : []),
    ],
  });
  const hasConfidential = c.items.some((it) => [...it.signalsNew, ...it.signalsFollowed].some((s) => s.confidential));
  if (hasConfidential) {
    blocks.push({
      kind: 'notice',
      tone: 'confidential',
      text: `Vertrouwelijke signalen staan in dit verslag alleen met thema, buurt, status en probleemeigenaar; ${CONFIDENTIAL_DETAILS}.`,
    });
  }
  blocks.push({ kind: 'section', title: 'Aanwezigheid', blocks: attendanceBlocks(c) });

  for (const item of c.items) {
    const inner: Block[] = [];
    if (item.summary) for (const para of item.summary.split(/\n\s*\n/)) if (para.trim()) inner.push({ kind: 'paragraph', text: para.trim() });
    if (item.decisions.length > 0) {
      const first = decisions.length + 1;
      decisions.push(...item.decisions.map((text) => ({ text, item: `${item.number}. ${item.title}` })));
      inner.push({ kind: 'section', title: 'Besluiten', blocks: [{ kind: 'list', items: item.decisions.map((d, n) => [b(`B${first + n}. `), t(d)]) }] });
    }
    if (item.signalsNew.length > 0) inner.push(signalsTable('Nieuwe signalen', item.signalsNew, false));
    if (item.signalsFollowed.length > 0) inner.push(signalsTable('Besproken signalen van eerdere overleggen', item.signalsFollowed, true));
    if (item.actionsNew.length > 0) inner.push(actionsTable('Nieuwe acties (afspraken)', item.actionsNew, false));
    if (item.actionsUpdated.length > 0) inner.push(actionsTable('Voortgang van acties', item.actionsUpdated, true));
    if (inner.length === 0) inner.push({ kind: 'paragraph', text: 'Geen bijzonderheden.', muted: true });
    blocks.push({ kind: 'section', title: `${item.number}. ${item.title}`, blocks: inner });
  }

  blocks.push({
    kind: 'section',
    title: 'Besluitenlijst',
    blocks:
      decisions.length > 0
        ? [{ kind: 'table', columns: [{ header: 'Nr.', weight: 0.6 }, { header: 'Besluit', weight: 5 }, { header: 'Agendapunt', weight: 2 }], rows: decisions.map((d, n) => ({ cells: [`B${n + 1}`, d.text, d.item] })) }]
        : [{ kind: 'paragraph', text: 'In dit overleg zijn geen besluiten genomen.', muted: true }],
  });

  const overdue = c.openActions.filter((a) => a.overdue).length;
  const actielijst: Block[] = [
    { kind: 'paragraph', text: `Alle open acties van het ${c.team} op ${verslagDate(c.date)}, ook die van eerdere overleggen.`, muted: true },
  ];
  if (overdue > 0) {
    actielijst.push({ kind: 'notice', tone: 'warning', text: [b(`${overdue} ${overdue === 1 ? 'actie is' : 'acties zijn'} over de termijn`), t(' (rood gemarkeerd, bovenaan).')] });
  }
  actielijst.push({
    kind: 'table',
    columns: [{ header: 'Wat', weight: 3 }, { header: 'Wie', weight: 1.8 }, { header: 'Horizon en termijn', weight: 2.2 }, { header: 'Sinds', weight: 1.2 }, { header: 'Status', weight: 1.1 }],
    rows: c.openActions.map((a) => ({ highlight: a.overdue, cells: [actionWhat(a), a.owner, horizonCell(a), dateOrDash(a.agreedOn), statusCell(a)] })),
    emptyText: 'Er staan geen acties open.',
  });
  blocks.push({ kind: 'section', title: 'Actielijst', blocks: actielijst });

  const version = `Versie ${v.version}`;
  return {
    meta: {
      title: verslagTitle(c),
      author: c.municipality,
      subject: `Verslag van het overleg van het ${c.team} (${c.wijk})`,
      keywords: ['verslag', 'wijk-coördinatieteam', c.wijk, c.team],
      language: 'nl-NL',
      createdAt,
    },
    runningHeader: [c.team, `Overleg ${verslagDate(c.date)}`, ...(v.version > 1 ? [version] : [])],
    draftMark: concept ? 'Concept' : undefined,
    footerNote: concept ? `${version} · concept, nog niet vastgesteld` : `${version} · ${establishedText(v).replace(/ \(.*\)$/, '')}`,
    subtitle: `${c.wijk} · ${c.municipality}`,
    blocks,
  };
}
