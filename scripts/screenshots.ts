#!/usr/bin/env node
/**
 * Screenshots of built pages at phone and desktop widths in both languages, for
 * looking at what we ship. Needs the site served (`npm run serve`).
 *   node scripts/screenshots.ts [path …]   (default: both home pages)
 *   … --reading text=3,contrast=more,spacing=wide   with these reading aids stored
 *     (localStorage "reading-prefs"); the file names get a suffix (-text3-contrastmore).
 * Writes PNGs to tests/.output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../tests/browser.ts';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const args = process.argv.slice(2);
const readingAt = args.indexOf('--reading');
const reading = readingAt < 0 ? '' : (args.splice(readingAt, 2)[1] ?? '');
/** `text=3,contrast=more` → {"text":3,"contrast":"more"}, as src/scripts/reading-tools.js stores it. */
const prefs = Object.fromEntries(
  reading.split(',').filter(Boolean).map((pair) => {
    const [key = '', value = ''] = pair.split('=');
    return [key, /^\d+$/.test(value) ? Number(value) : value];
  }),
);
const suffix = reading ? `-${reading.replace(/[^a-z0-9]+/gi, '')}` : '';
const paths = args.length ? args : ['/zh/', '/en/'];
const widths = [375, 1440];
const out = 'tests/.output/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: chromiumArgs });
for (const path of paths) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: width < 800 ? 812 : 900 } });
    if (reading) await page.addInitScript((value) => localStorage.setItem('reading-prefs', value), JSON.stringify(prefs));
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}${suffix}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
