/**
 * The document model: one plain data structure per document (verslag, actielijst, wijkagenda),
 * built by a pure function from the app's data. Every renderer — PDF/A, DOCX, ODT in the back
 * end, the on-screen preview in the renderer — turns the same model into its format, so the files
 * and the preview always say the same thing. Plain data only (no classes, no functions): the
 * model crosses a worker boundary and is compared in tests. See docs/DOCUMENTS.md.
 */

/** A run of text with optional emphasis. A paragraph or cell is one string or a list of runs. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export type RichText = string | readonly Run[];

export interface HeadingBlock {
  kind: 'heading';
  /** 1 is the document title's level below the title page heading; sections set this themselves. */
  level: 1 | 2 | 3;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: RichText;
  /** Smaller and grey: a remark, a source, "geen besluiten". */
  muted?: boolean;
}

export interface ListBlock {
  kind: 'list';
  ordered?: boolean;
  items: readonly RichText[];
}

export interface TableColumn {
  header: string;
  /** Relative width (all columns' weights are summed); default 1. */
  weight?: number;
}

export interface TableRow {
  cells: readonly RichText[];
  /** Draw attention to the row (for example an overdue action); renderers show it bold/red-marked. */
  highlight?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** Read aloud and shown above the table. */
  caption?: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** Shown instead of an empty table. */
  emptyText?: string;
}

/** Label–value pairs (date, place, chair …), shown as a compact two-column list. */
export interface FactsBlock {
  kind: 'facts';
  items: readonly { label: string; value: RichText }[];
}

export type NoticeTone = 'info' | 'warning' | 'confidential';

/** A framed remark: a privacy note, a "concept" explanation, an overdue warning. */
export interface NoticeBlock {
  kind: 'notice';
  tone: NoticeTone;
  text: RichText;
}

/** A titled part of the document; its heading level follows from how deep it is nested. */
export interface SectionBlock {
  kind: 'section';
  title: string;
  blocks: readonly Block[];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | FactsBlock | NoticeBlock | SectionBlock;

export interface DocumentMeta {
  /** Document title: the PDF title bar, DOCX/ODT title property, and the big heading on page 1. */
  title: string;
  subject?: string;
  /** Who issues it (the gemeente), for the author property. */
  author: string;
  keywords?: readonly string[];
  /** BCP 47; Dutch documents are 'nl-NL'. */
  language: string;
  /** ISO timestamp the document was made. */
  createdAt: string;
}

export interface DocumentModel {
  meta: DocumentMeta;
  /** Running header on every page, e.g. ['WCT Molenwijk', 'Overleg 12 november 2026']. */
  runningHeader: readonly string[];
  /**
   * When set, every page says so (header band and a line on top of page 1): e.g. 'Concept'.
   * A vastgesteld document has none.
   */
  draftMark?: string;
  /** A line in the footer next to "pagina X van Y" (for example the version). */
  footerNote?: string;
  /** Shown under the title on page 1. */
  subtitle?: string;
  blocks: readonly Block[];
}

/** The export formats every document can be made in. */
export const DOCUMENT_FORMATS = {
  pdf: { label: 'PDF (archief, PDF/A)', extension: 'pdf', mimeType: 'application/pdf' },
  docx: { label: 'Word (DOCX)', extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  odt: { label: 'OpenDocument (ODT)', extension: 'odt', mimeType: 'application/vnd.oasis.opendocument.text' },
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;
export const documentFormats = Object.keys(DOCUMENT_FORMATS) as DocumentFormat[];

/** The plain text of a rich text (for search, tests, accessible names). */
export const plainText = (text: RichText): string => (typeof text === 'string' ? text : text.map((r) => r.text).join(''));

/** Normalises a rich text to runs. */
export const runsOf = (text: RichText): readonly Run[] => (typeof text === 'string' ? [{ text }] : text);

/**
 * A file name as a user would find it: no characters that Windows, macOS or Linux refuse,
 * e.g. `Verslag WCT Molenwijk 2026-11-12.pdf`.
 */
export function documentFileName(base: string, format: DocumentFormat): string {
  return `${documentFileBase(base)}.${DOCUMENT_FORMATS[format].extension}`;
}

/** The name without extension, for any file type (also .xlsx and .eml). */
export function documentFileBase(base: string): string {
  const safe = base
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return safe || 'Document';
}

/** Walks every block depth-first with its nesting depth (sections count as one level). */
export function* walkBlocks(blocks: readonly Block[], depth = 1): Generator<{ block: Block; depth: number }> {
  for (const block of blocks) {
    yield { block, depth };
    if (block.kind === 'section') yield* walkBlocks(block.blocks, depth + 1);
  }
}

/** All text in a model, in reading order: what a partner could read in any of its files. */
export function modelText(model: DocumentModel): string {
  const parts: string[] = [model.meta.title, model.subtitle ?? '', ...model.runningHeader, model.draftMark ?? '', model.footerNote ?? ''];
  for (const { block } of walkBlocks(model.blocks)) {
    switch (block.kind) {
      case 'section':
        parts.push(block.title);
        break;
      case 'heading':
        parts.push(block.text);
        break;
      case 'paragraph':
      case 'notice':
        parts.push(plainText(block.text));
        break;
      case 'list':
        parts.push(...block.items.map(plainText));
        break;
      case 'facts':
        for (const f of block.items) parts.push(f.label, plainText(f.value));
        break;
      case 'table':
        parts.push(block.caption ?? '', ...block.columns.map((c) => c.header), block.emptyText ?? '');
        for (const row of block.rows) parts.push(...row.cells.map(plainText));
        break;
    }
  }
  return parts.filter(Boolean).join('\n');
}
