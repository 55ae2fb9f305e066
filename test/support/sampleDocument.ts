import type { DocumentModel } from '../../domain/documents/model';

/** A document that uses every block kind, with Dutch diacritics, long enough to span pages. */
export function sampleDocument(options: { rows?: number; draft?: boolean } = {}): DocumentModel {
  const rows = options.rows ?? 40;
  return {
    meta: { title: 'Verslag WCT Molenwijk 12 november 2026', author: 'Gemeente Den Helder', subject: 'Verslag', keywords: ['verslag', 'WCT'], language: 'nl-NL', createdAt: '2026-11-22T09:00:00.000Z' },
    runningHeader: ['WCT Molenwijk', 'Overleg 12 november 2026'],
    draftMark: options.draft === false ? undefined : 'Concept',
    footerNote: 'Versie 1',
    subtitle: 'Wijk-coördinatieteam Molenwijk · donderdag 12 november 2026, 09:30–11:30 · Wijkcentrum De Wieken',
    blocks: [
      { kind: 'facts', items: [{ label: 'Voorzitter', value: 'Rachid El Amrani' }, { label: 'Notulist', value: [{ text: 'Tom Hendriks', bold: true }, { text: ' (gemeente)' }] }] },
      { kind: 'notice', tone: 'confidential', text: 'Vertrouwelijke signalen staan alleen met thema, buurt, status en probleemeigenaar in dit verslag; details bij de wijkmanager.' },
      {
        kind: 'section',
        title: 'Aanwezigheid',
        blocks: [
          { kind: 'list', items: ['Gemeente Den Helder: Rachid El Amrani (voorzitter), Tom Hendriks (notulist)', [{ text: 'Woonstichting Kustwonen: ', bold: true }, { text: 'Ahmed Bouzid' }]] },
          { kind: 'paragraph', text: 'Afgemeld: Naima Haddou (Politie Kop van Noord). Café „De Éénhoorn” — ë, ï, é, ç, ü, €.', muted: true },
        ],
      },
      {
        kind: 'section',
        title: '2. Verslag en actielijst vorige overleg',
        blocks: [
          { kind: 'paragraph', text: [{ text: 'Samenvatting: ', bold: true }, { text: 'Het verslag van 8 oktober is ongewijzigd vastgesteld. De open acties zijn langsgelopen.' }] },
          { kind: 'section', title: 'Besluiten', blocks: [{ kind: 'list', ordered: true, items: ['Het verslag van 8 oktober 2026 wordt vastgesteld.', 'Extra schouw in De Wieken.'] }] },
          {
            kind: 'table',
            caption: 'Acties',
            columns: [{ header: 'Wat', weight: 3 }, { header: 'Wie', weight: 2 }, { header: 'Wanneer', weight: 1.2 }, { header: 'Status', weight: 1.2 }],
            rows: Array.from({ length: rows }, (_, i) => ({
              cells: [`Actie ${i + 1}: lantaarnpalen aan de Molenkamp laten repareren en de bewoners informeren`, 'Gemeente Den Helder (Wijkbeheer)', '1 december 2026', i % 5 === 0 ? 'Open — te laat' : 'In uitvoering'],
              highlight: i % 5 === 0,
            })),
          },
          { kind: 'table', caption: 'Signalen', columns: [{ header: 'Signaal' }], rows: [], emptyText: 'Geen signalen bij dit punt.' },
        ],
      },
    ],
  };
}
