/**
 * Draws one share card: satori lays out the text as SVG paths, resvg rasterises it and sharp
 * quantises it to a palette PNG (≈ 16 KB). Measured over the whole pipeline (`npm run
 * bench:scale` re-measures it each run, interleaved on sample cards): resvg then palette PNG
 * 73 ms and 17 KB per card, librsvg (sharp) 100 ms and 25 KB; JPEG is faster but ≈ 48 KB
 * because of the text edges. Encoding was most of a card (one thread, 20 cards): without
 * dithering and at zlib level 6 it takes 16.5 ms instead of 30.5 ms for 15.9 KB instead of
 * 15.1 KB — flat colour and text edges gain nothing from dithering. Fonts are read once per
 * process and handed to satori as the same buffers, so satori parses each font file only once.
 * Cards are now written with their own colours (png-indexed.ts) instead of quantised by sharp:
 * 7.4 ms instead of 15.9 ms of encoding, for 17.0 KB instead of 15.9 KB.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cardText, cardTree, type CardInput } from './card.ts';
import { fontsFor } from './font.ts';
import { encodeIndexedPng } from './png-indexed.ts';

export type Rasteriser = 'resvg' | 'sharp';
/** png-exact: the card's own colours (≤ 256); png-palette: quantised by sharp. */
export type CardFormat = 'png-exact' | 'png-palette' | 'png' | 'jpeg';

export interface RenderOptions {
  rasteriser?: Rasteriser;
  format?: CardFormat;
}

let mark: string | undefined;

export async function renderCard(input: CardInput, { rasteriser = 'resvg', format = 'png-exact' }: RenderOptions = {}): Promise<Buffer> {
  mark ??= `data:image/svg+xml;base64,${readFileSync('public/favicon.svg').toString('base64')}`;
  const { fonts, family } = fontsFor(cardText(input));
  const svg = await satori(cardTree(input, family, mark) as never, { width: 1200, height: 630, fonts });
  let image;
  if (rasteriser === 'resvg') {
    const { pixels, width, height } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const exact = format === 'png-exact' ? encodeIndexedPng(pixels, width, height) : undefined;
    if (exact) return exact;
    // resvg's raw RGBA pixels, handed to sharp without an intermediate PNG.
    image = sharp(pixels, { raw: { width, height, channels: 4 } });
  } else {
    image = sharp(Buffer.from(svg));
  }
  if (format === 'jpeg') return image.jpeg({ quality: 80 }).toBuffer();
  if (format === 'png') return image.png({ compressionLevel: 9 }).toBuffer();
  return image.png({ compressionLevel: 6, palette: true, effort: 1, dither: 0 }).toBuffer();
}
