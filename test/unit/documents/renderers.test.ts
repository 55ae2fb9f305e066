import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../backend/documents/pdf';
import { renderDocx } from '../../../backend/documents/docx';
import { renderOdt } from '../../../backend/documents/odt';
import { createDocumentWorker } from '../../../backend/documents/documentWorker';
import { documentFileName, modelText } from '../../../domain/documents/model';
import { convertWithLibreOffice, pdfContentStreams, pdfFonts, pdfInfo, pdfText, pdfXmp, xmlText, zipXml } from '../../support/documentCheck';
import { sampleDocument } from '../../support/sampleDocument';

const model = sampleDocument({ rows: 60 });
const raw = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('PDF renderer (pdfkit, PDF/A-2b, tagged)', () => {
  const pdf = renderPdf(model);

  it('carries title, author, language and the PDF/A identification', async () => {
    const bytes = await pdf;
    const info = pdfInfo(bytes);
    expect(info.Title).toBe('Verslag WCT Molenwijk 12 november 2026');
    expect(info.Author).toBe('Gemeente Den Helder');
    expect(info.Tagged).toBe('yes');
    expect(info['PDF version']).toBe('1.7');
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(3);
    const xmp = pdfXmp(bytes);
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(xmp).toContain('Verslag WCT Molenwijk 12 november 2026');
    const file = raw(bytes);
    expect(file).toContain('/Lang (nl-NL)');
    expect(file).toContain('/DisplayDocTitle true');
    expect(file).toContain('/OutputIntents');
  });

  it('embeds every font it uses (the shipped Noto Sans), with Unicode maps', async () => {
    const fonts = pdfFonts(await pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, unicode: true });
      expect(font.name).toMatch(/NotoSans/);
    }
  });

  it('has the text in reading order, with diacritics, running header and "pagina X van Y" on every page', async () => {
    const bytes = await pdf;
    const text = pdfText(bytes);
    const pages = Number(pdfInfo(bytes).Pages);
    expect(text).toContain('Café „De Éénhoorn” — ë, ï, é, ç, ü, €.');
    for (let n = 1; n <= pages; n++) expect(text).toContain(`pagina ${n} van ${pages}`);
    expect(text.split('WCT Molenwijk · Overleg 12 november 2026').length - 1).toBe(pages);
    expect(text.split('CONCEPT').length - 1).toBeGreaterThanOrEqual(pages);
    const order = ['Verslag WCT Molenwijk 12 november 2026', 'Voorzitter', 'Aanwezigheid', 'Besluiten', 'Actie 1:', 'Actie 60:', 'Geen signalen bij dit punt.'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('tags headings, lists and tables (with header cells) in a structure tree', async () => {
    const file = raw(await pdf);
    expect(file).toContain('/StructTreeRoot');
    for (const tag of ['/Document', '/Sect', '/H1', '/H2', '/H3', '/P', '/L', '/LI', '/Lbl', '/LBody', '/Table', '/TR', '/TH', '/TD']) {
      expect(file, tag).toContain(`/S ${tag}`);
    }
    // The page furniture is marked as artifacts so screen readers skip it.
    const content = pdfContentStreams(await pdf);
    expect(content).toContain('/Artifact <<');
    expect(content.split('/Type /Pagination').length - 1).toBeGreaterThanOrEqual(2 * Number(pdfInfo(await pdf).Pages));
    expect(content).toMatch(/\/H1 <<\s*\/MCID \d+/);
  });

  it('leaves out the draft marking once a document is final', async () => {
    const text = pdfText(await renderPdf(sampleDocument({ draft: false, rows: 3 })));
    expect(text).not.toContain('CONCEPT');
    expect(text).toContain('pagina 1 van 1');
  });
});

describe('DOCX renderer (docx)', () => {
  const docx = renderDocx(model);

  it('writes Word structure: title and headings, numbered and bulleted lists, a repeating table header, nl-NL', async () => {
    const parts = await zipXml(await docx);
    const body = parts['word/document.xml']!;
    expect(body).toContain('w:val="Title"');
    expect(body).toContain('w:val="Heading1"');
    expect(body).toContain('w:val="Heading2"');
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toMatch(/<w:numPr>/);
    expect(parts['word/styles.xml']).toContain('w:val="nl-NL"');
    expect(parts['docProps/core.xml']).toContain('<dc:title>Verslag WCT Molenwijk 12 november 2026</dc:title>');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Gemeente Den Helder</dc:creator>');
    const header = Object.entries(parts).find(([p]) => /word\/header\d*\.xml/.test(p))![1];
    const footer = Object.entries(parts).find(([p]) => /word\/footer\d*\.xml/.test(p))![1];
    expect(xmlText(header)).toContain('WCT Molenwijk  ·  Overleg 12 november 2026');
    expect(xmlText(header)).toContain('CONCEPT');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(xmlText(body)).toContain('Café „De Éénhoorn”');
  });
});

describe('ODT renderer (ODF 1.3 over JSZip)', () => {
  const odt = renderOdt(model);

  it('is a valid package: mimetype first and stored, manifest, metadata with language and title', async () => {
    const bytes = await odt;
    // The first local file header names "mimetype" and stores it uncompressed (method 0).
    expect(raw(bytes.subarray(30, 38))).toBe('mimetype');
    expect(bytes[8]).toBe(0);
    expect(raw(bytes.subarray(38, 38 + 39))).toBe('application/vnd.oasis.opendocument.text');
    const parts = await zipXml(bytes);
    expect(parts['META-INF/manifest.xml']).toContain('manifest:full-path="content.xml"');
    expect(parts['meta.xml']).toContain('<dc:language>nl-NL</dc:language>');
    expect(parts['meta.xml']).toContain('<dc:title>Verslag WCT Molenwijk 12 november 2026</dc:title>');
    expect(parts['content.xml']).toContain('text:outline-level="1"');
    expect(parts['content.xml']).toContain('<table:table-header-rows>');
    expect(parts['styles.xml']).toContain('<text:page-number');
    expect(parts['styles.xml']).toContain('<text:page-count');
    expect(xmlText(parts['content.xml']!)).toContain('Café „De Éénhoorn”');
  });

  it('escapes what XML cannot hold and keeps runs of spaces', async () => {
    const tricky = sampleDocument({ rows: 1 });
    const parts = await zipXml(
      await renderOdt({ ...tricky, blocks: [{ kind: 'paragraph', text: 'a < b && c > "d"  twee\u0007 spaties\nnieuwe regel' }] }),
    );
    expect(parts['content.xml']).toContain('a &lt; b &amp;&amp; c &gt; &quot;d&quot; <text:s text:c="1"/>twee spaties<text:line-break/>nieuwe regel');
  });
});

describe('LibreOffice opens the editable formats', () => {
  it('converts the DOCX and the ODT to PDF with the same content', async () => {
    const pdfs = convertWithLibreOffice({ 'verslag-word.docx': await renderDocx(model), 'verslag-odf.odt': await renderOdt(model) });
    for (const [name, pdf] of Object.entries(pdfs)) {
      const text = pdfText(pdf);
      expect(text, name).toContain('Verslag WCT Molenwijk 12 november 2026');
      expect(text, name).toContain('Actie 60: lantaarnpalen');
      expect(text, name).toMatch(/pagina 1 van [2-9]/);
      expect(text, name).toContain('CONCEPT');
    }
  }, 180_000);
});

describe('document worker', () => {
  const worker = createDocumentWorker();
  afterAll(() => worker.close());

  it('renders every format off this thread, the same bytes as in-process for the zip formats', async () => {
    const [pdf, docx, odt] = await Promise.all([worker.render('pdf', model), worker.render('docx', model), worker.render('odt', model)]);
    expect(pdfInfo(pdf).Title).toBe(model.meta.title);
    expect(xmlText((await zipXml(docx))['word/document.xml']!)).toContain('Actie 60:');
    expect(await zipXml(odt)).toEqual(await zipXml(await renderOdt(model)));
  }, 60_000);

  it('reports a failed render as an error and keeps working', async () => {
    await expect(worker.render('pdf', { ...model, blocks: [{ kind: 'table', columns: [{ header: 'a' }], rows: [{ cells: null as never }] }] })).rejects.toThrow();
    expect(pdfInfo(await worker.render('pdf', sampleDocument({ rows: 2 }))).Pages).toBe('1');
  }, 60_000);
});

describe('document model helpers', () => {
  it('names files as a user finds them, without characters a file system refuses', () => {
    expect(documentFileName('Verslag WCT Molenwijk 2026-11-12', 'pdf')).toBe('Verslag WCT Molenwijk 2026-11-12.pdf');
    expect(documentFileName('Verslag a/b: "c"?', 'odt')).toBe('Verslag a b c .odt'.replace(' .odt', '.odt'));
  });

  it('collects all text of a model in reading order', () => {
    const text = modelText(model);
    expect(text.indexOf('Aanwezigheid')).toBeLessThan(text.indexOf('Actie 1:'));
    expect(text).toContain('Geen signalen bij dit punt.');
  });
});
