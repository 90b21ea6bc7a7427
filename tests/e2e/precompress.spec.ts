/**
 * The precompressed copies of the real build (scripts/precompress.ts, possibly from its cache):
 * each decodes to its file, and a `.br` is never bigger than the `.gz` beside it, whatever
 * brotli quality its kind of file gets.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const copies = (readdirSync('dist', { recursive: true }) as string[]).filter((p) => /\.(gz|br)$/.test(p)).sort();

test('every .gz and .br of the build decodes to the file beside it', () => {
  expect(copies.length).toBeGreaterThan(100);
  const wrong = copies.filter((copy) => {
    const file = join('dist', copy.slice(0, -3));
    if (!existsSync(file)) return true; // a copy without its file
    const decode = copy.endsWith('.br') ? brotliDecompressSync : gunzipSync;
    try {
      return !decode(readFileSync(join('dist', copy))).equals(readFileSync(file));
    } catch {
      return true; // not valid gzip or brotli
    }
  });
  expect(wrong).toEqual([]);
});

test('where both are kept, the .br is no bigger than the .gz (pages get a cheaper brotli quality)', () => {
  const all = new Set(copies);
  const both = copies.filter((c) => c.endsWith('.br') && all.has(c.slice(0, -3) + '.gz'));
  expect(both.filter((c) => c.endsWith('.html.br')).length).toBeGreaterThan(50);
  const size = (p: string) => readFileSync(join('dist', p)).length;
  const bigger = both.filter((br) => size(br) > size(br.slice(0, -3) + '.gz')).map((br) => `${br}: ${size(br)} > ${size(br.slice(0, -3) + '.gz')}`);
  expect(bigger).toEqual([]);
});
