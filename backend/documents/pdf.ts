import PDFDocument from 'pdfkit';
import type { Block, DocumentModel, FactsBlock, NoticeBlock, RichText, Run, TableBlock } from '../../domain/documents/model';
import { runsOf } from '../../domain/documents/model';
import { loadFonts } from './fonts';
import { hex, STYLE } from './style';

/**
 * PDF/A-2b, tagged (PDF/UA-style structure: Document › Sect › H2/P/L/Table in reading order),
 * language nl-NL, title shown in the title bar, the shipped Noto Sans embedded (subset), a running
 * header and "pagina X van Y" on every page as artifacts, so screen readers skip them.
 */

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export interface PdfOptions {
  fontDir?: string;
}

const { margin } = STYLE.page;
const TOP = 78;
const BOTTOM = 70;
const LINE_GAP = 2;

export function renderPdf(model: DocumentModel, options: PdfOptions = {}): Promise<Uint8Array> {
  const fonts = loadFonts(options.fontDir);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: TOP, bottom: BOTTOM, left: margin, right: margin },
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: model.meta.language,
    displayTitle: true,
    // No default font: pdfkit would otherwise load Helvetica, which a PDF/A may not use unembedded.
    font: null as unknown as string,
    info: {
      Title: model.meta.title,
      Author: model.meta.author,
      Subject: model.meta.subject ?? model.meta.title,
      Keywords: (model.meta.keywords ?? []).join(', '),
      Creator: 'Wijkoverleg',
      Producer: 'Wijkoverleg (pdfkit)',
      CreationDate: new Date(model.meta.createdAt),
      ModDate: new Date(model.meta.createdAt),
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('italic', fonts.italic);

  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const w = new PdfWriter(doc);
  w.title(root, model);
  w.blocks(root, model.blocks, 1);
  root.end();
  w.pageFurniture(model);
  doc.end();
  return done;
}

/**
 * Rich text as lines of runs. pdfkit's "continued" text loses its x position after a line break,
 * so each line is written on its own and only the runs within a line continue one another.
 */
export function pdfLines(text: RichText): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of runsOf(text)) {
    run.text.split('\n').forEach((part, n) => {
      if (n > 0) lines.push([]);
      if (part.length > 0) lines.at(-1)?.push({ ...run, text: part });
    });
  }
  return lines.map((line) => (line.length > 0 ? line : [{ text: ' ' }]));
}

/** A heading's size by its depth in the document (H2, H3, …). */
const headingSize = (depth: number): number => (depth <= 1 ? STYLE.size.h1 : depth === 2 ? STYLE.size.h2 : STYLE.size.h3);
/** The label column of a facts block; the value takes the rest. */
const FACTS_LABEL_WIDTH = 130;

class PdfWriter {
  constructor(private readonly doc: Doc) {}

  private get contentWidth() {
    return this.doc.page.width - margin * 2;
  }
  private get bottom() {
    return this.doc.page.height - BOTTOM;
  }

  /** Starts a new page unless `height` still fits on this one. */
  private ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private leaf(parent: Struct, type: string, draw: () => void) {
    const el = this.doc.struct(type);
    parent.add(el);
    el.add(draw);
    el.end();
  }

  /** Draws rich text as a paragraph at the current position (or at x, y when given); a line break starts a new line. */
  private runs(text: RichText, o: { size?: number; color?: string; x?: number; y?: number; width?: number; bold?: boolean; align?: 'left' | 'right' }) {
    const doc = this.doc;
    doc.fontSize(o.size ?? STYLE.size.body).fillColor(hex(o.color ?? STYLE.color.text));
    const x = o.x ?? margin;
    pdfLines(text).forEach((line, l) => {
      line.forEach((run, i) => {
        doc.font(run.bold || o.bold ? 'bold' : run.italic ? 'italic' : 'regular');
        const opts = { width: o.width ?? this.contentWidth, continued: i < line.length - 1, lineGap: LINE_GAP, align: o.align ?? 'left' };
        if (i === 0) doc.text(run.text, x, l === 0 ? (o.y ?? doc.y) : doc.y, opts);
        else doc.text(run.text, opts);
      });
    });
  }

  /** The height of one fact: label and value side by side. */
  private factHeight(f: { label: RichText; value: RichText }): number {
    return Math.max(this.measure(f.label, FACTS_LABEL_WIDTH - 8, STYLE.size.body, true), this.measure(f.value, this.contentWidth - FACTS_LABEL_WIDTH));
  }

  /** Roughly how tall the blocks are up to and including the header and first row of the first table. */
  private lead(blocks: readonly Block[], depth: number): number {
    let sum = 0;
    for (const b of blocks) {
      if (b.kind === 'table') return sum + (b.caption ? this.measure(b.caption, this.contentWidth, STYLE.size.body, true) + 6 : 0) + 60;
      if (b.kind === 'section') return sum + this.measure(b.title, this.contentWidth, headingSize(depth), true) + 24 + this.lead(b.blocks, depth + 1);
      sum += this.estimate(b, depth);
    }
    return sum;
  }

  /** Roughly how tall a block will be; a table counts as too tall to keep anything together with. */
  private estimate(block: Block, depth: number): number {
    const size = headingSize(depth);
    switch (block.kind) {
      case 'section':
        return this.measure(block.title, this.contentWidth, size, true) + 24 + block.blocks.reduce((sum, b) => sum + this.estimate(b, depth + 1), 0);
      case 'heading':
        return this.measure(block.text, this.contentWidth, size, true) + 16;
      case 'paragraph':
        return this.measure(block.text, this.contentWidth, block.muted ? STYLE.size.small : STYLE.size.body) + 8;
      case 'list':
        return block.items.reduce((sum, item) => sum + this.measure(item, this.contentWidth - 16) + 3, 8);
      case 'facts':
        return block.items.reduce((sum, f) => sum + this.factHeight(f) + 3, 8);
      case 'notice':
        return this.measure(block.text, this.contentWidth - 20) + 24;
      case 'table':
        return Number.POSITIVE_INFINITY;
    }
  }

  private measure(text: RichText, width: number, size: number = STYLE.size.body, bold = false): number {
    const doc = this.doc;
    doc.fontSize(size);
    return pdfLines(text).reduce((sum, line) => {
      doc.font(bold || line.some((r) => r.bold) ? 'bold' : 'regular');
      return sum + doc.heightOfString(line.map((r) => r.text).join(''), { width, lineGap: LINE_GAP });
    }, 0);
  }

  title(root: Struct, model: DocumentModel) {
    const doc = this.doc;
    doc.y = TOP;
    const draft = model.draftMark;
    if (draft) {
      this.leaf(root, 'P', () =>
        this.runs(`${draft.toUpperCase()} — nog niet vastgesteld`, { size: STYLE.size.body, color: STYLE.color.draft, bold: true }),
      );
      doc.moveDown(0.4);
    }
    this.leaf(root, 'H1', () => this.runs(model.meta.title, { size: STYLE.size.title, color: STYLE.color.accent, bold: true }));
    const subtitle = model.subtitle;
    if (subtitle) {
      doc.moveDown(0.2);
      this.leaf(root, 'P', () => this.runs(subtitle, { size: STYLE.size.subtitle, color: STYLE.color.muted }));
    }
    doc.moveDown(0.6);
    this.rule();
  }

  private rule(color: string = STYLE.color.accent) {
    const doc = this.doc;
    const y = doc.y;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save().moveTo(margin, y).lineTo(margin + this.contentWidth, y).lineWidth(0.8).strokeColor(hex(color)).stroke().restore();
    doc.endMarkedContent();
    doc.y = y + 10;
  }

  blocks(parent: Struct, blocks: readonly Block[], depth: number) {
    for (const block of blocks) this.block(parent, block, depth);
  }

  private block(parent: Struct, block: Block, depth: number) {
    const doc = this.doc;
    switch (block.kind) {
      case 'section': {
        // A short section (a contact block, a few facts) is kept on one page rather than leaving
        // two lines alone on the next; a long one at least keeps its heading and introduction with
        // the start of its first table.
        const third = (this.bottom - doc.page.margins.top) / 3;
        const whole = this.estimate(block, depth);
        const start = whole < third ? whole : this.lead([block], depth);
        if (start < third) this.ensure(start);
        const sect = doc.struct('Sect');
        parent.add(sect);
        this.heading(sect, block.title, depth);
        this.blocks(sect, block.blocks, depth + 1);
        sect.end();
        doc.moveDown(0.3);
        return;
      }
      case 'heading':
        this.heading(parent, block.text, block.level);
        return;
      case 'paragraph':
        this.ensure(this.measure(block.text, this.contentWidth, block.muted ? STYLE.size.small : STYLE.size.body));
        this.leaf(parent, 'P', () => this.runs(block.text, { size: block.muted ? STYLE.size.small + 0.5 : STYLE.size.body, color: block.muted ? STYLE.color.muted : STYLE.color.text }));
        doc.moveDown(0.45);
        return;
      case 'list':
        this.list(parent, block.items, block.ordered ?? false);
        return;
      case 'facts':
        this.facts(parent, block);
        return;
      case 'notice':
        this.notice(parent, block);
        return;
      case 'table':
        this.table(parent, block);
        return;
    }
  }

  private heading(parent: Struct, text: string, depth: number) {
    const doc = this.doc;
    const size = headingSize(depth);
    // Keep a heading with at least a few lines of what follows.
    this.ensure(this.measure(text, this.contentWidth, size, true) + 48);
    doc.moveDown(depth <= 1 ? 0.5 : 0.3);
    this.leaf(parent, `H${Math.min(depth + 1, 6)}`, () => this.runs(text, { size, color: STYLE.color.accent, bold: true }));
    doc.moveDown(0.3);
  }

  private list(parent: Struct, items: readonly RichText[], ordered: boolean) {
    const doc = this.doc;
    const L = doc.struct('L');
    parent.add(L);
    const indent = 16;
    items.forEach((item, i) => {
      const label = ordered ? `${i + 1}.` : '•';
      this.ensure(this.measure(item, this.contentWidth - indent));
      const li = doc.struct('LI');
      L.add(li);
      const y = doc.y;
      this.leaf(li, 'Lbl', () => this.runs(label, { x: margin + 2, y, width: indent - 2, color: STYLE.color.accent }));
      this.leaf(li, 'LBody', () => this.runs(item, { x: margin + indent, y, width: this.contentWidth - indent }));
      li.end();
      doc.moveDown(0.2);
    });
    L.end();
    doc.x = margin;
    doc.moveDown(0.3);
  }

  private facts(parent: Struct, block: FactsBlock) {
    const doc = this.doc;
    const labelWidth = FACTS_LABEL_WIDTH;
    const valueWidth = this.contentWidth - labelWidth;
    const L = doc.struct('L');
    parent.add(L);
    for (const fact of block.items) {
      const height = this.factHeight(fact);
      this.ensure(height);
      const y = doc.y;
      const li = doc.struct('LI');
      L.add(li);
      this.leaf(li, 'Lbl', () => this.runs(fact.label, { x: margin, y, width: labelWidth - 8, bold: true, color: STYLE.color.muted }));
      this.leaf(li, 'LBody', () => this.runs(fact.value, { x: margin + labelWidth, y, width: valueWidth }));
      li.end();
      doc.y = y + height + 3;
    }
    L.end();
    doc.x = margin;
    doc.moveDown(0.4);
  }

  private notice(parent: Struct, block: NoticeBlock) {
    const doc = this.doc;
    const pad = 8;
    const tone = STYLE.notice[block.tone];
    const width = this.contentWidth - pad * 2 - 4;
    const height = this.measure(block.text, width) + pad * 2;
    this.ensure(height);
    const y = doc.y;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save().rect(margin, y, this.contentWidth, height).fill(hex(tone.fill)).restore();
    doc.save().rect(margin, y, 3, height).fill(hex(tone.bar)).restore();
    doc.endMarkedContent();
    this.leaf(parent, 'P', () => this.runs(block.text, { x: margin + pad + 4, y: y + pad, width }));
    doc.x = margin;
    doc.y = y + height + 8;
  }

  private table(parent: Struct, block: TableBlock) {
    const doc = this.doc;
    const caption = block.caption;
    const drawCaption = (keepWith: number) => {
      if (!caption) return;
      // The caption goes with the start of its table: never alone at the foot of a page.
      this.ensure(this.measure(caption, this.contentWidth, STYLE.size.body, true) + 6 + keepWith);
      this.leaf(parent, 'P', () => this.runs(caption, { bold: true, size: STYLE.size.body }));
      doc.moveDown(0.2);
    };
    if (block.rows.length === 0) {
      drawCaption(20);
      this.leaf(parent, 'P', () => this.runs(block.emptyText ?? 'Geen.', { color: STYLE.color.muted, size: STYLE.size.small + 0.5 }));
      doc.moveDown(0.5);
      return;
    }
    const total = block.columns.reduce((s, c) => s + (c.weight ?? 1), 0);
    const widths = block.columns.map((c) => ((c.weight ?? 1) / total) * this.contentWidth);
    const xs = widths.map((_, i) => margin + widths.slice(0, i).reduce((s, v) => s + v, 0));
    const pad = 4;
    const size = STYLE.size.small + 0.5;
    // A cell without a column is a fault in the document model, not something to draw somewhere.
    const column = (i: number) => {
      const x = xs[i];
      const width = widths[i];
      if (x === undefined || width === undefined) throw new Error(`Table cell ${i + 1} has no column (${block.columns.length} columns)`);
      return { x, width };
    };
    const headerCells = block.columns.map((c) => c.header);
    const rowHeight = (cells: readonly RichText[], bold = false) =>
      Math.max(...cells.map((cell, i) => this.measure(cell, column(i).width - pad * 2, size, bold))) + pad * 2;
    const headerHeight = rowHeight(headerCells, true);
    // The header with the first row (there is one: an empty table returned above).
    const start = headerHeight + rowHeight(block.rows[0]?.cells ?? headerCells);
    drawCaption(start);

    const table = doc.struct('Table');
    parent.add(table);

    const drawRowBackground = (y: number, h: number, fill: string | null, highlight: boolean) => {
      doc.markContent('Artifact', { type: 'Layout' });
      if (fill) doc.save().rect(margin, y, this.contentWidth, h).fill(hex(fill)).restore();
      if (highlight) doc.save().rect(margin, y, 2.5, h).fill(hex(STYLE.color.highlight)).restore();
      doc.save().moveTo(margin, y + h).lineTo(margin + this.contentWidth, y + h).lineWidth(0.5).strokeColor(hex(STYLE.color.rule)).stroke().restore();
      doc.endMarkedContent();
    };
    const header = (asArtifact: boolean) => {
      const h = headerHeight;
      const y = doc.y;
      drawRowBackground(y, h, STYLE.color.tableHeader, false);
      if (asArtifact) {
        // A header repeated on a following page is decoration: the structure has it once.
        doc.markContent('Artifact', { type: 'Pagination' });
        headerCells.forEach((text, i) => this.runs(text, { x: column(i).x + pad, y: y + pad, width: column(i).width - pad * 2, size, bold: true }));
        doc.endMarkedContent();
      } else {
        const tr = doc.struct('TR');
        table.add(tr);
        headerCells.forEach((text, i) => this.leaf(tr, 'TH', () => this.runs(text, { x: column(i).x + pad, y: y + pad, width: column(i).width - pad * 2, size, bold: true })));
        tr.end();
      }
      doc.y = y + h;
    };

    this.ensure(start);
    header(false);
    for (const row of block.rows) {
      const h = rowHeight(row.cells);
      if (doc.y + h > this.bottom) {
        doc.addPage();
        header(true);
      }
      const y = doc.y;
      drawRowBackground(y, h, null, row.highlight ?? false);
      const tr = doc.struct('TR');
      table.add(tr);
      row.cells.forEach((cell, i) =>
        this.leaf(tr, 'TD', () =>
          this.runs(cell, { x: column(i).x + pad, y: y + pad, width: column(i).width - pad * 2, size, color: row.highlight ? STYLE.color.highlight : STYLE.color.text }),
        ),
      );
      tr.end();
      doc.y = y + h;
    }
    table.end();
    doc.x = margin;
    doc.moveDown(0.8);
  }

  /** Running header and "pagina X van Y" on every page, drawn last when the page count is known. */
  pageFurniture(model: DocumentModel) {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    const width = this.contentWidth;
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const savedBottom = doc.page.margins.bottom;
      // Writing below the bottom margin would make pdfkit start a new page.
      doc.page.margins.bottom = 0;
      doc.markContent('Artifact', { type: 'Pagination', attached: ['Top'] });
      doc.font('regular').fontSize(STYLE.size.header).fillColor(hex(STYLE.color.muted));
      doc.text(model.runningHeader.join('  ·  '), margin, 30, { width: model.draftMark ? width - 120 : width, lineBreak: false, ellipsis: true });
      if (model.draftMark) {
        doc.font('bold').fillColor(hex(STYLE.color.draft)).text(model.draftMark.toUpperCase(), margin + width - 120, 30, { width: 120, align: 'right', lineBreak: false });
      }
      doc.save().moveTo(margin, 44).lineTo(margin + width, 44).lineWidth(0.5).strokeColor(hex(STYLE.color.rule)).stroke().restore();
      doc.endMarkedContent();

      doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] });
      const footY = doc.page.height - 44;
      doc.save().moveTo(margin, footY - 6).lineTo(margin + width, footY - 6).lineWidth(0.5).strokeColor(hex(STYLE.color.rule)).stroke().restore();
      doc.font('regular').fontSize(STYLE.size.header).fillColor(hex(STYLE.color.muted));
      if (model.footerNote) doc.text(model.footerNote, margin, footY, { width: width - 110, lineBreak: false, ellipsis: true });
      doc.text(`pagina ${i - range.start + 1} van ${range.count}`, margin + width - 110, footY, { width: 110, align: 'right', lineBreak: false });
      doc.endMarkedContent();
      doc.page.margins.bottom = savedBottom;
    }
  }
}
