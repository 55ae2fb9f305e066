import JSZip from 'jszip';
import type { Block, DocumentModel, FactsBlock, NoticeBlock, RichText, TableBlock } from '../../domain/documents/model';
import { runsOf } from '../../domain/documents/model';
import { hex, STYLE } from './style';

/**
 * OpenDocument Text (ODF 1.3), the open standard of the Dutch government for editable documents.
 * No maintained npm library writes ODT, so this is the small subset we need — headings with
 * outline levels, paragraphs, lists, tables with header rows, a page header and footer with page
 * number and count — zipped with JSZip. Every file the tests make is opened by LibreOffice.
 */

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"',
].join(' ');
const VERSION = 'office:version="1.3"';
const FONT = 'Arial';
const CONTENT_CM = ((STYLE.page.width - 2 * STYLE.page.margin) / 72) * 2.54;

// XML 1.0 forbids most control characters; the app's text never needs them.
const esc = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Text with ODF whitespace rules: runs of spaces, tabs and line breaks need their own elements. */
function odfText(s: string): string {
  return s
    .split('\n')
    .map((line) =>
      esc(line)
        .replace(/\t/g, '<text:tab/>')
        .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`),
    )
    .join('<text:line-break/>');
}

function spans(text: RichText, highlight = false): string {
  return runsOf(text)
    .map((r) => {
      const style = r.bold || highlight ? (r.italic ? 'BoldItalic' : highlight ? 'Highlight' : 'Bold') : r.italic ? 'Italic' : null;
      return style ? `<text:span text:style-name="${style}">${odfText(r.text)}</text:span>` : odfText(r.text);
    })
    .join('');
}

const p = (style: string, body: string) => `<text:p text:style-name="${style}">${body}</text:p>`;

class OdtWriter {
  private tables = 0;
  readonly automatic: string[] = [];

  blocks(blocks: readonly Block[], depth: number): string {
    return blocks.map((b) => this.block(b, depth)).join('');
  }

  private block(block: Block, depth: number): string {
    switch (block.kind) {
      case 'section':
        return this.heading(block.title, depth) + this.blocks(block.blocks, depth + 1);
      case 'heading':
        return this.heading(block.text, block.level);
      case 'paragraph':
        return p(block.muted ? 'Muted' : 'Text_20_body', spans(block.text));
      case 'list':
        return `<text:list text:style-name="${block.ordered ? 'L_Number' : 'L_Bullet'}">${block.items
          .map((item) => `<text:list-item>${p('List_20_Contents', spans(item))}</text:list-item>`)
          .join('')}</text:list>`;
      case 'facts':
        return this.facts(block);
      case 'notice':
        return this.notice(block);
      case 'table':
        return this.table(block);
    }
  }

  private heading(text: string, depth: number): string {
    const level = Math.min(depth, 3);
    return `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${odfText(text)}</text:h>`;
  }

  private columns(name: string, weights: number[]): string {
    const total = weights.reduce((s, w) => s + w, 0);
    this.automatic.push(
      `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${CONTENT_CM.toFixed(2)}cm" table:align="left" fo:margin-bottom="0.25cm"/></style:style>`,
      ...weights.map(
        (w, i) =>
          `<style:style style:name="${name}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${((w / total) * CONTENT_CM).toFixed(2)}cm"/></style:style>`,
      ),
    );
    return weights.map((_, i) => `<table:table-column table:style-name="${name}.C${i}"/>`).join('');
  }

  private facts(block: FactsBlock): string {
    const name = `Facts${++this.tables}`;
    const labelShare = 130 / (STYLE.page.width - 2 * STYLE.page.margin);
    const cols = this.columns(name, [labelShare, 1 - labelShare]);
    const rows = block.items
      .map(
        (f) =>
          `<table:table-row><table:table-cell table:style-name="FactCell" office:value-type="string">${p('Fact_20_Label', spans(f.label))}</table:table-cell>` +
          `<table:table-cell table:style-name="FactCell" office:value-type="string">${p('Table_20_Contents', spans(f.value))}</table:table-cell></table:table-row>`,
      )
      .join('');
    return `<table:table table:name="${name}" table:style-name="${name}">${cols}${rows}</table:table>`;
  }

  private notice(block: NoticeBlock): string {
    return p(`Notice_${block.tone}`, spans(block.text));
  }

  private table(block: TableBlock): string {
    let out = block.caption ? p('Table_20_Caption', spans(block.caption)) : '';
    if (block.rows.length === 0) return out + p('Muted', odfText(block.emptyText ?? 'Geen.'));
    const name = `Tabel${++this.tables}`;
    const cols = this.columns(name, block.columns.map((c) => c.weight ?? 1));
    const cell = (style: string, body: string) => `<table:table-cell table:style-name="${style}" office:value-type="string">${body}</table:table-cell>`;
    const head = `<table:table-header-rows><table:table-row>${block.columns.map((c) => cell('HeadCell', p('Table_20_Heading', odfText(c.header)))).join('')}</table:table-row></table:table-header-rows>`;
    const rows = block.rows
      .map((row) => `<table:table-row>${row.cells.map((c) => cell(row.highlight ? 'MarkCell' : 'BodyCell', p('Table_20_Contents', spans(c, row.highlight)))).join('')}</table:table-row>`)
      .join('');
    out += `<table:table table:name="${name}" table:style-name="${name}">${cols}${head}${rows}</table:table>`;
    return out;
  }
}

const paragraphStyle = (name: string, display: string, text: string, paragraph = '', extra = '', paragraphChildren = '') =>
  `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="Standard"${extra}>` +
  `<style:paragraph-properties ${paragraph}>${paragraphChildren}</style:paragraph-properties><style:text-properties ${text}/></style:style>`;

function stylesXml(model: DocumentModel): string {
  const c = STYLE.color;
  const size = (n: number) => `fo:font-size="${n}pt"`;
  const headerText = odfText(model.runningHeader.join('  ·  '));
  const draft = model.draftMark ? `<text:tab/><text:span text:style-name="Draft">${odfText(model.draftMark.toUpperCase())}</text:span>` : '';
  const notice = (tone: keyof typeof STYLE.notice) =>
    paragraphStyle(
      `Notice_${tone}`,
      `Melding ${tone}`,
      size(STYLE.size.body),
      `fo:background-color="${hex(STYLE.notice[tone].fill)}" fo:border-left="3pt solid ${hex(STYLE.notice[tone].bar)}" fo:padding="0.2cm" fo:margin-top="0.15cm" fo:margin-bottom="0.3cm"`,
    );
  const tab = `<style:tab-stops><style:tab-stop style:position="${CONTENT_CM.toFixed(2)}cm" style:type="right"/></style:tab-stops>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${NS} ${VERSION}>
<office:font-face-decls><style:font-face style:name="${FONT}" svg:font-family="${FONT}" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/><style:text-properties style:font-name="${FONT}" ${size(STYLE.size.body)} fo:color="${hex(c.text)}" fo:language="nl" fo:country="NL"/></style:default-style>
<style:default-style style:family="table-cell"><style:table-cell-properties style:vertical-align="top"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
${paragraphStyle('Text_20_body', 'Text body', '', 'fo:margin-top="0cm" fo:margin-bottom="0.2cm"')}
${paragraphStyle('Muted', 'Toelichting', `${size(STYLE.size.small + 0.5)} fo:color="${hex(c.muted)}"`, 'fo:margin-bottom="0.2cm"')}
${paragraphStyle('Title', 'Title', `${size(STYLE.size.title)} fo:font-weight="bold" fo:color="${hex(c.accent)}"`, 'fo:margin-bottom="0.15cm"', ' style:class="chapter"')}
${paragraphStyle('Subtitle', 'Subtitle', `${size(STYLE.size.subtitle)} fo:color="${hex(c.muted)}"`, 'fo:margin-bottom="0.4cm"')}
${paragraphStyle('DraftLine', 'Conceptregel', `fo:font-weight="bold" fo:color="${hex(c.draft)}"`, 'fo:margin-bottom="0.2cm"')}
${[STYLE.size.h1, STYLE.size.h2, STYLE.size.h3]
  .map(
    (s, i) =>
      `<style:style style:name="Heading_20_${i + 1}" style:display-name="Heading ${i + 1}" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="${i + 1}" style:class="text">` +
      `<style:paragraph-properties fo:margin-top="${i === 0 ? '0.5' : '0.35'}cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>` +
      `<style:text-properties ${size(s)} fo:font-weight="bold" fo:color="${hex(c.accent)}"/></style:style>`,
  )
  .join('\n')}
${paragraphStyle('List_20_Contents', 'List Contents', '', 'fo:margin-bottom="0.08cm"')}
${paragraphStyle('Table_20_Contents', 'Table Contents', size(STYLE.size.small + 0.5))}
${paragraphStyle('Table_20_Heading', 'Table Heading', `${size(STYLE.size.small + 0.5)} fo:font-weight="bold"`)}
${paragraphStyle('Table_20_Caption', 'Tabelkop', 'fo:font-weight="bold"', 'fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"')}
${paragraphStyle('Fact_20_Label', 'Gegevenslabel', `fo:font-weight="bold" fo:color="${hex(c.muted)}"`)}
${notice('info')}
${notice('warning')}
${notice('confidential')}
${paragraphStyle('Header', 'Header', `${size(STYLE.size.header)} fo:color="${hex(c.muted)}"`, `fo:border-bottom="0.5pt solid ${hex(c.rule)}" fo:padding-bottom="0.1cm"`, '', tab)}
${paragraphStyle('Footer', 'Footer', `${size(STYLE.size.header)} fo:color="${hex(c.muted)}"`, `fo:border-top="0.5pt solid ${hex(c.rule)}" fo:padding-top="0.1cm"`, '', tab)}
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="BoldItalic" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
<style:style style:name="Highlight" style:family="text"><style:text-properties fo:color="${hex(c.highlight)}"/></style:style>
<style:style style:name="Draft" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="${hex(c.draft)}"/></style:style>
<text:list-style style:name="L_Bullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.45cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="L_Number"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.5cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.98cm" fo:margin-right="1.98cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.6cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="A4">
<style:header><text:p text:style-name="Header">${headerText}${draft}</text:p></style:header>
<style:footer><text:p text:style-name="Footer">${odfText(model.footerNote ?? '')}<text:tab/>pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
</style:master-page>
</office:master-styles>
</office:document-styles>`;
}

function contentXml(model: DocumentModel): string {
  const writer = new OdtWriter();
  let body = '';
  if (model.draftMark) body += p('DraftLine', odfText(`${model.draftMark.toUpperCase()} — nog niet vastgesteld`));
  body += p('Title', odfText(model.meta.title));
  if (model.subtitle) body += p('Subtitle', spans(model.subtitle));
  body += writer.blocks(model.blocks, 1);
  const cellStyles = [
    `<style:style style:name="HeadCell" style:family="table-cell"><style:table-cell-properties fo:background-color="${hex(STYLE.color.tableHeader)}" fo:padding="0.1cm" fo:border="0.5pt solid ${hex(STYLE.color.rule)}"/></style:style>`,
    `<style:style style:name="BodyCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid ${hex(STYLE.color.rule)}"/></style:style>`,
    `<style:style style:name="MarkCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid ${hex(STYLE.color.rule)}" fo:border-left="2pt solid ${hex(STYLE.color.highlight)}"/></style:style>`,
    `<style:style style:name="FactCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} ${VERSION}>
<office:font-face-decls><style:font-face style:name="${FONT}" svg:font-family="${FONT}" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>
<office:automatic-styles>${cellStyles.join('')}${writer.automatic.join('')}</office:automatic-styles>
<office:body><office:text>${body}</office:text></office:body>
</office:document-content>`;
}

function metaXml(model: DocumentModel): string {
  const { meta } = model;
  const created = meta.createdAt.replace(/\.\d+Z$/, 'Z');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${NS} ${VERSION}><office:meta>
<meta:generator>Wijkoverleg</meta:generator>
<dc:title>${esc(meta.title)}</dc:title>
<dc:subject>${esc(meta.subject ?? meta.title)}</dc:subject>
${(meta.keywords ?? []).map((k) => `<meta:keyword>${esc(k)}</meta:keyword>`).join('')}
<meta:initial-creator>${esc(meta.author)}</meta:initial-creator>
<dc:creator>${esc(meta.author)}</dc:creator>
<dc:language>${esc(meta.language)}</dc:language>
<meta:creation-date>${created}</meta:creation-date>
<dc:date>${created}</dc:date>
</office:meta></office:document-meta>`;
}

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;

export async function renderOdt(model: DocumentModel): Promise<Uint8Array> {
  const zip = new JSZip();
  // The mimetype entry must come first and be stored uncompressed (ODF 1.3 part 2, 3.3).
  const date = new Date(model.meta.createdAt);
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE', date });
  zip.file('META-INF/manifest.xml', MANIFEST, { date });
  zip.file('content.xml', contentXml(model), { date });
  zip.file('styles.xml', stylesXml(model), { date });
  zip.file('meta.xml', metaXml(model), { date });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.oasis.opendocument.text' });
}
