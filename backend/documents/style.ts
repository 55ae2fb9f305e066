import type { NoticeTone } from '../../domain/documents/model';

/**
 * One house style for every format, so a PDF, a Word file and an ODT of the same document look
 * alike: sizes in points, colours as hex without '#'. Sober, high contrast (WCAG AA on white).
 */
export const STYLE = {
  page: { width: 595.28, height: 841.89, margin: 56, headerY: 24, footerY: 805 },
  size: { title: 20, subtitle: 11, h1: 15, h2: 12.5, h3: 11, body: 10, small: 8.5, header: 8.5 },
  color: {
    text: '1a1a1a',
    muted: '555555',
    accent: '154273', // Rijkshuisstijl-like dark blue: headings and rules
    rule: 'b3b3b3',
    tableHeader: 'e8edf3',
    highlight: 'a4000f',
    draft: 'a4000f',
  },
  notice: {
    info: { bar: '154273', fill: 'eef2f7' },
    warning: { bar: 'b35c00', fill: 'fdf3e7' },
    confidential: { bar: '6b2c91', fill: 'f4eef8' },
  } satisfies Record<NoticeTone, { bar: string; fill: string }>,
} as const;

export const hex = (c: string) => `#${c}`;
