/**
 * The dominant colour of an image, painted behind it while it loads so the grid
 * never flashes empty. Read once from the original with sharp and kept in a small
 * cache file beside Astro's own asset cache (keyed by path, size and mtime).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';

const cacheFile = 'node_modules/.astro/placeholders.json';
const fallback = '#e3f1ea';
let cache: Record<string, string> | undefined;

function load(): Record<string, string> {
  if (!cache) {
    try {
      cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>;
    } catch {
      cache = {};
    }
  }
  return cache;
}

/** The dominant colour of the image file at `path` (the original, before Astro processes it). */
export async function dominantColor(path: string | undefined): Promise<string> {
  if (!path) return fallback;
  const info = statSync(path);
  const key = `${path}:${info.size}:${info.mtimeMs}`;
  const entries = load();
  if (entries[key]) return entries[key];
  const { dominant } = await sharp(path, { limitInputPixels: false }).resize(64, 64, { fit: 'inside' }).stats();
  const color = `#${[dominant.r, dominant.g, dominant.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  entries[key] = color;
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(entries));
  return color;
}
