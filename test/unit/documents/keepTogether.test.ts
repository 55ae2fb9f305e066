import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../backend/documents/pdf';
import type { Block } from '../../../domain/documents/model';
import { pdfRawText } from '../../support/documentCheck';
import { sampleDocument } from '../../support/sampleDocument';

const contact: Block = {
  kind: 'section',
  title: 'Contact',
  blocks: [
    { kind: 'paragraph', text: 'Geef de voortgang van uw acties vóór het volgende overleg door aan de wijkmanager.' },
    { kind: 'facts', items: [{ label: 'Wijkmanager Julianadorp', value: 'Sanne de Vries\ns.devries@denhelder.nl' }] },
  ],
};
const filler: Block = { kind: 'paragraph', text: 'De partners bespreken de situatie rond het winkelcentrum en spreken af wie wat oppakt.' };

describe('a short closing section in the PDF', () => {
  it('stays on one page wherever the page break falls', async () => {
    const base = sampleDocument({ rows: 2 });
    // Step the end of the body over the bottom of the first page, a paragraph at a time.
    for (let n = 14; n <= 34; n += 2) {
      const pdf = await renderPdf({ ...base, blocks: [...base.blocks, ...Array<Block>(n).fill(filler), contact] });
      const pages = pdfRawText(pdf).split('\f');
      const withHeading = pages.findIndex((p) => /^Contact$/m.test(p));
      expect(withHeading, `${n} paragraphs: the heading is there`).toBeGreaterThanOrEqual(0);
      expect(pages[withHeading], `${n} paragraphs: heading and facts on one page`).toContain('s.devries@denhelder.nl');
    }
  }, 60_000);
});
