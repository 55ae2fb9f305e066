/**
 * The partner action list as a document (PDF/A through the document engine): the organisation's
 * overdue actions first, then its open actions per wijk and meeting, what it finished since its
 * previous list, and the signals it is probleemeigenaar of. Built from the PartnerList, which
 * already holds nothing confidential; this module only decides words and layout.
 */
import { ACTION_HORIZONS, actionStatusLabel } from '../action';
import { longDateNl, shortDateNl } from '../dates';
import { type PartnerList, type PartnerListContact, type PartnerListItem, type PartnerListSignal, type PartnerListWhy } from '../partnerList';
import { SIGNAL_STATUSES, SIGNAL_THEMES } from '../signal';
import { listNl, countNl, gemeenteName } from '../text';
import type { Block, DocumentModel, RichText, TableBlock, TableColumn } from './model';
import { CONFIDENTIAL_DETAILS } from '../privacy';


export function whyText(why: PartnerListWhy): RichText {
  switch (why.kind) {
    case 'signal':
      return [{ text: 'Signaal: ' }, { text: why.title, italic: true }, ...(why.note ? [{ text: ` — ${why.note}` }] : [])];
    case 'confidentialSignal':
      return `Vertrouwelijk signaal (${[SIGNAL_THEMES[why.theme], why.buurtName].filter(Boolean).join(', ')}; ${why.status ? `${SIGNAL_STATUSES[why.status].toLowerCase()}; ` : ''}${CONFIDENTIAL_DETAILS})`;
    case 'agendaItem':
      return [{ text: 'Agendapunt: ' }, { text: why.title, italic: true }, ...(why.note ? [{ text: ` — ${why.note}` }] : [])];
    case 'text':
      return why.text;
    case 'none':
      return '—';
  }
}

/** Wanneer, with what the horizon requires: a deadline for Nu; for Ooit the afhandeltermijn and the randvoorwaarden. */
function whenText(item: PartnerListItem): RichText {
  if (item.horizon === 'ooit') {
    return [
      { text: item.dueDate ? `Antwoord uiterlijk ${shortDateNl(item.dueDate)}` : 'Geen afhandeltermijn', bold: item.overdue },
      ...(item.preconditions ? [{ text: `\nRandvoorwaarden: ${item.preconditions}` }] : []),
    ];
  }
  return [{ text: item.dueDate ? shortDateNl(item.dueDate) : '—', bold: item.overdue }];
}

function statusText(item: PartnerListItem): RichText {
  return [
    { text: `${ACTION_HORIZONS[item.horizon]} · ${actionStatusLabel(item.status, item.horizon)}` },
    ...(item.overdue ? [{ text: ' · verlopen', bold: true }] : []),
  ];
}

/** Wat, with wie (when a person was named) and hoe under it. */
const whatText = (item: PartnerListItem): RichText => [
  { text: item.what, bold: true },
  ...(item.personName ? [{ text: `\nWie: ${item.personName}` }] : []),
  ...(item.how ? [{ text: `\nHoe: ${item.how}` }] : []),
];
const noteText = (item: PartnerListItem): RichText =>
  item.latestNote ? [...(item.latestNote.date ? [{ text: `${shortDateNl(item.latestNote.date)}: `, bold: true }] : []), { text: item.latestNote.text }] : '—';

const OPEN_COLUMNS: TableColumn[] = [
  { header: 'Wat', weight: 3.4 },
  { header: 'Waarom', weight: 2.4 },
  { header: 'Wanneer', weight: 1.8 },
  { header: 'Horizon · status', weight: 1.5 },
  { header: 'Laatste voortgang', weight: 2.6 },
];

function openTable(items: readonly PartnerListItem[], caption?: string): TableBlock {
  return {
    kind: 'table',
    ...(caption ? { caption } : {}),
    columns: OPEN_COLUMNS,
    rows: items.map((i) => ({ cells: [whatText(i), whyText(i.why), whenText(i), statusText(i), noteText(i)], highlight: i.overdue })),
  };
}

const overdueTable = (items: readonly PartnerListItem[]): TableBlock => ({
  kind: 'table',
  columns: [{ header: 'Wat', weight: 3 }, { header: 'Wijk · overleg', weight: 1.6 }, ...OPEN_COLUMNS.slice(1)],
  rows: items.map((i) => ({
    cells: [whatText(i), `${i.wijkName}\n${shortDateNl(i.meetingDate)}`, whyText(i.why), whenText(i), statusText(i), noteText(i)],
    highlight: true,
  })),
});

function finishedTable(items: readonly PartnerListItem[]): TableBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'Wat', weight: 3.2 },
      { header: 'Wijk · overleg', weight: 1.8 },
      { header: 'Status', weight: 1.2 },
      { header: 'Afgesloten op', weight: 1.5 },
      { header: 'Toelichting', weight: 2.6 },
    ],
    rows: items.map((i) => ({
      cells: [
        i.what,
        `${i.wijkName}\n${shortDateNl(i.meetingDate)}`,
        actionStatusLabel(i.status, i.horizon),
        i.closedOn ? shortDateNl(i.closedOn) : '—',
        i.status === 'vervallen' && i.cancelReason ? `Reden: ${i.cancelReason}` : (i.latestNote?.text ?? '—'),
      ],
    })),
  };
}

function signalRow(s: PartnerListSignal): RichText[] {
  const place = [s.wijkName, s.buurtName].filter(Boolean).join(' · ');
  if (s.confidential) {
    return [[{ text: 'Vertrouwelijk signaal', bold: true }, { text: ` — ${CONFIDENTIAL_DETAILS}` }], SIGNAL_THEMES[s.theme], place, SIGNAL_STATUSES[s.status], shortDateNl(s.date), '—'];
  }
  return [
    [{ text: s.title, bold: true }, ...(s.location ? [{ text: `\n${s.location}` }] : [])],
    SIGNAL_THEMES[s.theme],
    place,
    SIGNAL_STATUSES[s.status],
    shortDateNl(s.date),
    s.latestNote ? `${s.latestNote.date ? `${shortDateNl(s.latestNote.date)}: ` : ''}${s.latestNote.text}` : '—',
  ];
}

const contactLine = (c: PartnerListContact): string => [c.name, c.email, c.phone].filter(Boolean).join(', ');

/** "Contact: Rachid El Amrani, r.elamrani@denhelder.nl (Molenwijk)" — who to call, on every page. */
export function contactFooter(list: PartnerList): string {
  const withManager = list.teams.flatMap((t) => (t.wijkmanager ? [{ wijkName: t.wijkName, line: contactLine(t.wijkmanager) }] : []));
  if (withManager.length === 0) return `Contact: de wijkmanager van de gemeente ${list.municipalityName}`.trim();
  const names = new Map<string, string[]>();
  for (const t of withManager) names.set(t.line, [...(names.get(t.line) ?? []), t.wijkName]);
  return `Contact wijkmanager: ${[...names].map(([line, wijken]) => (withManager.length > 1 ? `${line} (${listNl(wijken)})` : line)).join('; ')}`;
}

export function partnerListDocument(list: PartnerList, options: { createdAt: string }): DocumentModel {
  const org = list.organisation.name;
  const teamNames = list.teams.map((t) => t.name);
  const author = list.municipalityName ? gemeenteName(list.municipalityName) : 'Wijkoverleg';
  const { counts } = list;
  const blocks: Block[] = [
    {
      kind: 'facts',
      items: [
        { label: 'Organisatie', value: org },
        { label: 'Stand per', value: longDateNl(list.asOf) },
        { label: teamNames.length === 1 ? 'Team' : 'Teams', value: teamNames.length > 0 ? listNl(teamNames) : '—' },
        {
          label: 'Open acties',
          value: [
            { text: counts.open === 0 ? 'geen' : String(counts.open) },
            ...(counts.overdue > 0 ? [{ text: `, waarvan ${counts.overdue} verlopen`, bold: true }] : []),
          ],
        },
        {
          label: 'Vorige actielijst',
          value: list.hasPreviousList ? longDateNl(list.finishedSince) : `Geen. Hieronder staat wat sinds ${longDateNl(list.finishedSince)} is afgerond.`,
        },
      ],
    },
  ];

  if (counts.overdue > 0) {
    blocks.push({
      kind: 'section',
      title: 'Verlopen acties',
      blocks: [
        {
          kind: 'notice',
          tone: 'warning',
          text: `${countNl(counts.overdue, 'actie is', 'acties zijn')} over de afgesproken datum. Afspraak is afspraak: geef de voortgang of een nieuwe datum door aan de wijkmanager.`,
        },
        overdueTable(list.overdue),
      ],
    });
  }

  const notOverdue = counts.open - counts.overdue;
  blocks.push({
    kind: 'section',
    title: counts.overdue > 0 ? 'Overige open acties' : 'Open acties',
    blocks:
      notOverdue === 0
        ? [{ kind: 'paragraph', text: counts.open === 0 ? `${org} heeft geen open acties.` : 'Geen andere open acties.', muted: true }]
        : list.open.map((wijk) => ({
            kind: 'section' as const,
            title: `Wijk ${wijk.wijkName} — ${wijk.teamName}`,
            blocks: wijk.meetings.map((m) => openTable(m.items, `Afgesproken in het overleg van ${longDateNl(m.meetingDate)}`)),
          })),
  });

  blocks.push({
    kind: 'section',
    title: list.hasPreviousList ? `Afgerond sinds de vorige actielijst (${shortDateNl(list.finishedSince)})` : `Afgerond sinds ${shortDateNl(list.finishedSince)}`,
    blocks: [list.finished.length > 0 ? finishedTable(list.finished) : { kind: 'paragraph', text: 'Geen acties afgerond of vervallen in deze periode.', muted: true }],
  });

  const confidential = list.signals.some((s) => s.confidential);
  blocks.push({
    kind: 'section',
    title: 'Signalen waarvan u probleemeigenaar bent',
    blocks:
      list.signals.length === 0
        ? [{ kind: 'paragraph', text: `${org} is van geen open signalen probleemeigenaar.`, muted: true }]
        : [
            ...(confidential
              ? [{ kind: 'notice' as const, tone: 'confidential' as const, text: `Vertrouwelijke signalen staan hier alleen met thema, buurt en status; ${CONFIDENTIAL_DETAILS}.` }]
              : []),
            {
              kind: 'table',
              columns: [
                { header: 'Signaal', weight: 3 },
                { header: 'Thema', weight: 1.3 },
                { header: 'Wijk · buurt', weight: 1.8 },
                { header: 'Status', weight: 1.4 },
                { header: 'Ingebracht', weight: 1.5 },
                { header: 'Laatste voortgang', weight: 2.4 },
              ],
              rows: list.signals.map((s) => ({ cells: signalRow(s) })),
            },
          ],
  });

  blocks.push({
    kind: 'section',
    title: 'Contact',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Geef de voortgang van uw acties vóór het volgende overleg door aan de wijkmanager. Vragen over vertrouwelijke signalen stelt u alleen aan de wijkmanager.',
      },
      list.teams.some((t) => t.wijkmanager)
        ? {
            kind: 'facts',
            items: list.teams.flatMap((t) =>
              t.wijkmanager ? [{ label: `Wijkmanager ${t.wijkName}`, value: [t.wijkmanager.name, t.wijkmanager.email, t.wijkmanager.phone].filter(Boolean).join('\n') }] : [],
            ),
          }
        : { kind: 'paragraph', text: 'Neem voor vragen contact op met de wijkmanager van de gemeente.' },
    ],
  });

  return {
    meta: {
      title: `Actielijst ${org}`,
      subject: `Acties van ${org} uit de wijk-coördinatieteams, stand ${longDateNl(list.asOf)}`,
      author,
      keywords: ['actielijst', org, ...list.teams.map((t) => t.wijkName)],
      language: 'nl-NL',
      createdAt: options.createdAt,
    },
    runningHeader: [`Actielijst ${org}`, longDateNl(list.asOf)],
    footerNote: contactFooter(list),
    subtitle: `${teamNames.length > 0 ? listNl(teamNames) : 'Wijk-coördinatieteams'} · stand ${longDateNl(list.asOf)}`,
    blocks,
  };
}
