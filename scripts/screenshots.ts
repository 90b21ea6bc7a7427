#!/usr/bin/env node
/**
 * Screenshots of built pages at phone and desktop widths in both languages, for
 * looking at what we ship. Needs the site served (`npm run serve`).
 *   node scripts/screenshots.ts [path …]   (default: both home pages)
 * Writes PNGs to tests/.output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../tests/browser.ts';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/zh/', '/en/'];
const widths = [375, 1440];
const out = 'tests/.output/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: chromiumArgs });
for (const path of paths) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: width < 800 ? 812 : 900 } });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
