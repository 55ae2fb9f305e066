import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The document font ships with the app (build/fonts, Noto Sans under the SIL OFL 1.1): a PDF/A
 * must embed its fonts, and the users' machines have none we could rely on. Packaged apps carry
 * the folder as an extra resource; the host passes where it is.
 */
export const FONT_FILES = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
} as const;
export type FontStyle = keyof typeof FONT_FILES;
export const FONT_FAMILY = 'Noto Sans';

/** build/fonts of the project: right for tests, the dev web host and the benchmark (run from the root). */
export const defaultFontDir = (): string => process.env.WIJKOVERLEG_FONT_DIR ?? resolve('build/fonts');

const cache = new Map<string, Record<FontStyle, Buffer>>();

/** The font files, read once per folder (a worker renders many documents). */
export function loadFonts(dir = defaultFontDir()): Record<FontStyle, Buffer> {
  let fonts = cache.get(dir);
  if (!fonts) {
    fonts = {
      regular: readFileSync(join(dir, FONT_FILES.regular)),
      bold: readFileSync(join(dir, FONT_FILES.bold)),
      italic: readFileSync(join(dir, FONT_FILES.italic)),
    };
    cache.set(dir, fonts);
  }
  return fonts;
}
