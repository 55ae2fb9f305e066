/**
 * Real consumers for the files the app makes: poppler for PDFs, an unzip for DOCX/ODT XML, and
 * LibreOffice headless converting DOCX/ODT to PDF. Used by the renderer tests, the canary test
 * and the E2E checks of exported files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';

const withFile = <T>(bytes: Uint8Array, ext: string, use: (file: string) => T): T => {
  const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-doc-'));
  try {
    const file = join(dir, `document.${ext}`);
    writeFileSync(file, bytes);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** pdftotext: the text a reader (or a copy-paste) gets, in reading order. */
export const pdfText = (bytes: Uint8Array, layout = false): string =>
  withFile(bytes, 'pdf', (f) => execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', f, '-'], { encoding: 'utf8' }));

/** pdftotext -raw: in the order the content was drawn, so a table cell's lines stay together. */
export const pdfRawText = (bytes: Uint8Array): string =>
  withFile(bytes, 'pdf', (f) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', f, '-'], { encoding: 'utf8' }));

/** pdfinfo as key → value. */
export const pdfInfo = (bytes: Uint8Array): Record<string, string> =>
  withFile(bytes, 'pdf', (f) =>
    Object.fromEntries(
      execFileSync('pdfinfo', [f], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => l.includes(':'))
        .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
    ),
  );

/** The XMP metadata packet (where the PDF/A identification lives). */
export const pdfXmp = (bytes: Uint8Array): string => withFile(bytes, 'pdf', (f) => execFileSync('pdfinfo', ['-meta', f], { encoding: 'utf8' }));

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** pdffonts: every font the PDF uses, with whether it is embedded. */
export const pdfFonts = (bytes: Uint8Array): PdfFont[] =>
  withFile(bytes, 'pdf', (f) =>
    execFileSync('pdffonts', [f], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => {
        // name, type (may hold spaces), encoding, emb, sub, uni, object, id
        const cols = l.trim().split(/\s+/);
        const [emb, sub, uni] = cols.slice(-5, -2);
        return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
      }),
  );

/** The PDF's content streams, inflated: where marked content (tags, artifacts) is written. */
export function pdfContentStreams(bytes: Uint8Array): string {
  const file = Buffer.from(bytes);
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = file.indexOf('stream\n', from);
    if (start < 0) break;
    const end = file.indexOf('\nendstream', start);
    try {
      out.push(inflateSync(file.subarray(start + 7, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (an image, the XMP packet, a font): no marked content there.
    }
    from = end + 10;
  }
  return out.join('\n');
}

/** Every XML part of a DOCX or ODT, by path. */
export async function zipXml(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir && (path.endsWith('.xml') || path.endsWith('.rels') || path === 'mimetype')) parts[path] = await entry.async('string');
  }
  return parts;
}

/** Text content of XML (tags dropped, entities decoded): what a reader of the file sees. */
export const xmlText = (xml: string): string =>
  xml
    .replace(/<(w:tab|text:tab|text:line-break|w:br)\b[^>]*\/>/g, ' ')
    .replace(/<\/(w:p|text:p|text:h)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * LibreOffice headless converts each file to PDF; throws when it cannot. Its own profile folder
 * per call, so parallel test runs do not share (and lock) one.
 */
export function convertWithLibreOffice(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const bases = Object.keys(files).map((n) => basename(n, extname(n)));
  if (new Set(bases).size !== bases.length) throw new Error('Geef elk bestand een eigen naam zonder extensie: LibreOffice schrijft <naam>.pdf.');
  const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-soffice-'));
  try {
    const inputs = Object.entries(files).map(([name, bytes]) => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      return file;
    });
    const out = join(dir, 'out');
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...inputs],
      { encoding: 'utf8', timeout: 180_000, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const produced = Object.fromEntries(readdirSync(out).map((f) => [f, new Uint8Array(readFileSync(join(out, f)))]));
    const result: Record<string, Uint8Array> = {};
    for (const name of Object.keys(files)) {
      const pdf = produced[`${basename(name, extname(name))}.pdf`];
      if (!pdf || pdf.length === 0) throw new Error(`LibreOffice kon ${name} niet omzetten naar PDF.`);
      result[name] = pdf;
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
