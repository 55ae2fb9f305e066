import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { Block, DocumentModel, FactsBlock, NoticeBlock, RichText, TableBlock } from '../../domain/documents/model';
import { runsOf } from '../../domain/documents/model';
import { STYLE } from './style';

/**
 * Word (DOCX) with real Word structure: Title and Heading 1–3 styles (navigation pane, screen
 * readers), list numbering, tables with a repeating header row, the running header and
 * "pagina X van Y" in the page header and footer, document language nl-NL.
 * The font is Arial: an editable file must look right on any municipal PC without embedding.
 */

const FONT = 'Arial';
const pt = (points: number) => Math.round(points * 2); // docx sizes are half-points
const twip = (points: number) => Math.round(points * 20);
const CONTENT_WIDTH = twip(STYLE.page.width - 2 * STYLE.page.margin);
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

type Child = Paragraph | Table;

/** Runs; a line break inside a run becomes a Word line break. */
function runs(text: RichText, o: { size?: number; color?: string; bold?: boolean } = {}): TextRun[] {
  return runsOf(text).flatMap((r) =>
    r.text.split('\n').map(
      (part, n) =>
        new TextRun({
          text: part,
          break: n > 0 ? 1 : undefined,
          bold: r.bold || o.bold,
          italics: r.italic,
          size: o.size ? pt(o.size) : undefined,
          color: o.color,
        }),
    ),
  );
}

class DocxWriter {
  private listInstance = 0;

  blocks(blocks: readonly Block[], depth: number): Child[] {
    return blocks.flatMap((b) => this.block(b, depth));
  }

  private block(block: Block, depth: number): Child[] {
    switch (block.kind) {
      case 'section':
        return [this.heading(block.title, depth), ...this.blocks(block.blocks, depth + 1)];
      case 'heading':
        return [this.heading(block.text, block.level)];
      case 'paragraph':
        return [
          new Paragraph({
            children: runs(block.text, block.muted ? { size: STYLE.size.small + 0.5, color: STYLE.color.muted } : {}),
            spacing: { after: 120 },
          }),
        ];
      case 'list': {
        const instance = ++this.listInstance;
        return block.items.map(
          (item) =>
            new Paragraph({
              children: runs(item),
              numbering: { reference: block.ordered ? 'numbers' : 'bullets', level: 0, instance },
              spacing: { after: 60 },
            }),
        );
      }
      case 'facts':
        return [this.facts(block), new Paragraph({ spacing: { after: 60 } })];
      case 'notice':
        return [this.notice(block)];
      case 'table':
        return this.table(block);
    }
  }

  private heading(text: string, depth: number): Paragraph {
    return new Paragraph({ heading: HEADINGS[Math.min(depth, 3) - 1], children: [new TextRun(text)], keepNext: true });
  }

  private facts(block: FactsBlock): Table {
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
    const labelWidth = twip(130);
    return new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: [labelWidth, CONTENT_WIDTH - labelWidth],
      borders,
      rows: block.items.map(
        (f) =>
          new TableRow({
            children: [
              new TableCell({ borders, width: { size: labelWidth, type: WidthType.DXA }, children: [new Paragraph({ children: runs(f.label, { bold: true, color: STYLE.color.muted }) })] }),
              new TableCell({ borders, width: { size: CONTENT_WIDTH - labelWidth, type: WidthType.DXA }, children: [new Paragraph({ children: runs(f.value) })] }),
            ],
          }),
      ),
    });
  }

  private notice(block: NoticeBlock): Paragraph {
    const tone = STYLE.notice[block.tone];
    return new Paragraph({
      children: runs(block.text),
      border: { left: { style: BorderStyle.SINGLE, size: 24, color: tone.bar, space: 8 } },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: tone.fill },
      spacing: { before: 120, after: 200 },
      indent: { left: 160 },
    });
  }

  private table(block: TableBlock): Child[] {
    const out: Child[] = [];
    if (block.caption) out.push(new Paragraph({ children: runs(block.caption, { bold: true }), keepNext: true, spacing: { before: 120, after: 60 } }));
    if (block.rows.length === 0) {
      out.push(new Paragraph({ children: runs(block.emptyText ?? 'Geen.', { color: STYLE.color.muted, size: STYLE.size.small + 0.5 }), spacing: { after: 160 } }));
      return out;
    }
    const total = block.columns.reduce((s, c) => s + (c.weight ?? 1), 0);
    const widths = block.columns.map((c) => Math.round(((c.weight ?? 1) / total) * CONTENT_WIDTH));
    // A cell without a column is a fault in the document model.
    const widthOf = (i: number): number => {
      const width = widths[i];
      if (width === undefined) throw new Error(`Table cell ${i + 1} has no column (${block.columns.length} columns)`);
      return width;
    };
    const size = STYLE.size.small + 0.5;
    const cell = (text: RichText, i: number, o: { bold?: boolean; color?: string; fill?: string } = {}) =>
      new TableCell({
        width: { size: widthOf(i), type: WidthType.DXA },
        shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined,
        margins: { top: 60, bottom: 60, left: 80, right: 80 },
        children: [new Paragraph({ children: runs(text, { size, bold: o.bold, color: o.color }) })],
      });
    const border = { style: BorderStyle.SINGLE, size: 4, color: STYLE.color.rule };
    out.push(
      new Table({
        width: { size: CONTENT_WIDTH, type: WidthType.DXA },
        columnWidths: widths,
        borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
        rows: [
          new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(c.header, i, { bold: true, fill: STYLE.color.tableHeader })) }),
          ...block.rows.map(
            (row) =>
              new TableRow({
                cantSplit: true,
                children: row.cells.map((text, i) => cell(text, i, row.highlight ? { color: STYLE.color.highlight, bold: i === 0 } : {})),
              }),
          ),
        ],
      }),
      new Paragraph({ spacing: { after: 120 } }),
    );
    return out;
  }
}

export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const writer = new DocxWriter();
  const right: IParagraphOptions['tabStops'] = [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }];
  const small = { size: pt(STYLE.size.header), color: STYLE.color.muted };
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: right,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: STYLE.color.rule, space: 4 } },
        children: [
          new TextRun({ text: model.runningHeader.join('  ·  '), ...small }),
          ...(model.draftMark ? [new TextRun({ text: `\t${model.draftMark.toUpperCase()}`, bold: true, size: small.size, color: STYLE.color.draft })] : []),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: right,
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: STYLE.color.rule, space: 4 } },
        children: [
          new TextRun({ text: `${model.footerNote ?? ''}\tpagina `, ...small }),
          new TextRun({ children: [PageNumber.CURRENT], ...small }),
          new TextRun({ text: ' van ', ...small }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
        ],
      }),
    ],
  });

  const first: Child[] = [];
  if (model.draftMark) {
    first.push(new Paragraph({ children: [new TextRun({ text: `${model.draftMark.toUpperCase()} — nog niet vastgesteld`, bold: true, color: STYLE.color.draft })], spacing: { after: 120 } }));
  }
  first.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.meta.title)] }));
  if (model.subtitle) first.push(new Paragraph({ children: runs(model.subtitle, { color: STYLE.color.muted, size: STYLE.size.subtitle }), spacing: { after: 240 } }));

  const heading = (size: number, before: number) => ({
    run: { font: FONT, size: pt(size), bold: true, color: STYLE.color.accent },
    paragraph: { spacing: { before, after: 100 }, keepNext: true },
  });
  const doc = new Document({
    creator: model.meta.author,
    lastModifiedBy: 'Wijkoverleg',
    title: model.meta.title,
    subject: model.meta.subject ?? model.meta.title,
    keywords: (model.meta.keywords ?? []).join(', '),
    description: model.subtitle,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(STYLE.size.body), color: STYLE.color.text, language: { value: model.meta.language } } },
        title: { run: { font: FONT, size: pt(STYLE.size.title), bold: true, color: STYLE.color.accent }, paragraph: { spacing: { after: 80 } } },
        heading1: heading(STYLE.size.h1, 320),
        heading2: heading(STYLE.size.h2, 240),
        heading3: heading(STYLE.size.h3, 200),
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }],
        },
        {
          reference: 'numbers',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 300 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(STYLE.page.width), height: twip(STYLE.page.height) },
            margin: { top: twip(78), bottom: twip(70), left: twip(STYLE.page.margin), right: twip(STYLE.page.margin), header: twip(28), footer: twip(28) },
          },
        },
        headers: { default: header },
        footers: { default: footer },
        children: [...first, ...writer.blocks(model.blocks, 1)],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
