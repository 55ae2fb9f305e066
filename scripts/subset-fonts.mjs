// Regenerates build/fonts/NotoSans-*.ttf: Noto Sans (SIL OFL 1.1) cut down to the Latin the app's
// documents need, so pdfkit parses it in milliseconds instead of the full 600 kB font.
// Not part of the build: run by hand after changing the ranges.
//   npm pack @expo-google-fonts/noto-sans@0.4.2 && tar xzf expo-google-fonts-noto-sans-0.4.2.tgz
//   npx -y -p subset-font@2.9.0 node scripts/subset-fonts.mjs package
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const source = process.argv[2] ?? 'package';
const { default: subsetFont } = await import('subset-font');

/** Basic Latin, Latin-1, Latin Extended-A (ĳ, ł, ő …), quotes, dashes, bullet, ellipsis, €, arrows. */
const RANGES = [[0x20, 0x7e], [0xa0, 0x17f], [0x192, 0x192], [0x218, 0x21b], [0x2c6, 0x2c7], [0x2d8, 0x2dd], [0x2013, 0x2014], [0x2018, 0x201e], [0x2020, 0x2022], [0x2026, 0x2026], [0x2030, 0x2030], [0x2039, 0x203a], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2190, 0x2193], [0x2212, 0x2212], [0x2264, 0x2265]];
let text = '';
for (const [from, to] of RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);

const FILES = {
  'NotoSans-Regular.ttf': '400Regular/NotoSans_400Regular.ttf',
  'NotoSans-Bold.ttf': '700Bold/NotoSans_700Bold.ttf',
  'NotoSans-Italic.ttf': '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
};
for (const [target, file] of Object.entries(FILES)) {
  const out = await subsetFont(readFileSync(path.join(source, file)), text, { targetFormat: 'truetype' });
  writeFileSync(path.join('build', 'fonts', target), out);
  console.log(`${target}: ${out.length} bytes`);
}
