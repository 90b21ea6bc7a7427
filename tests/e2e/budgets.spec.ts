/**
 * Byte budgets, exact, over every built page: HTML plus render-blocking CSS fits
 * the first round trip (14 KB gzip), no JavaScript where nothing is interactive
 * except the reading aids (on every page, within their own budget), and the
 * interactive pages' scripts within their own budgets.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentPages, dist, readPage } from './site.ts';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const FIRST_ROUND_TRIP = 14 * 1024;
/**
 * The reading aids, on every page: their inline first-paint script (src/scripts/reading-prefs.inline.js)
 * and their deferred buttons' script (src/scripts/reading-tools.js), 1.5 KB gzip together.
 */
const READING_TOOLS = 1536;
const isReadingTools = (src: string) => /^\/_astro\/reading-tools\.[\w-]+\.js$/.test(src);
const readingPrefs = readFileSync('src/scripts/reading-prefs.inline.js', 'utf8');

/** Pages whose scripts are expected, and their budget in gzip bytes. */
const scriptBudgets: { match: RegExp; bytes: number; why: string }[] = [
  { match: /^\/(zh|en)\/(projects\/[^/]+|gallery)\/$/, bytes: 10 * 1024, why: 'lightbox' },
  { match: /^\/(zh|en)\/figures\/$/, bytes: 2 * 1024, why: 'copy citation' },
  // The search page's own script; Pagefind itself loads only once a search starts.
  { match: /^\/(zh|en)\/search\/$/, bytes: 2 * 1024, why: 'search' },
];

function measure(path: string) {
  const html = readPage(path);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
  const sources = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = sources.filter((src) => !isReadingTools(src)).map((src) => readFileSync(join(dist, src)));
  const inline = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').filter(Boolean);
  const inlineScripts = inline.filter((s) => s !== readingPrefs);
  const readingTools = sources.filter(isReadingTools).map((src) => gz(readFileSync(join(dist, src))) + (inline.includes(readingPrefs) ? gz(readingPrefs) : 0));
  return {
    firstRoundTrip: gz(html) + css.reduce((sum, c) => sum + gz(c), 0),
    js: scripts.reduce((sum, s) => sum + gz(s), 0) + inlineScripts.reduce((sum, s) => sum + gz(s), 0),
    readingTools,
  };
}

test('every page: HTML plus render-blocking CSS within 14 KB gzip', () => {
  const over: string[] = [];
  for (const path of contentPages()) {
    const { firstRoundTrip } = measure(path);
    if (firstRoundTrip > FIRST_ROUND_TRIP) over.push(`${path}: ${firstRoundTrip} B`);
  }
  expect(over).toEqual([]);
});

test('the reading aids: their inline and deferred scripts on every page, within 1.5 KB gzip', () => {
  const problems: string[] = [];
  for (const path of contentPages()) {
    const { readingTools } = measure(path);
    if (readingTools.length !== 1) problems.push(`${path}: ${readingTools.length} reading-tools scripts, expected 1`);
    if (!readPage(path).includes(`<script>${readingPrefs}</script>`)) problems.push(`${path}: no inline reading-prefs script in <head>`);
    else if (readingTools[0]! > READING_TOOLS) problems.push(`${path}: reading tools ${readingTools[0]} B gzip, budget ${READING_TOOLS} B`);
  }
  expect(problems).toEqual([]);
});

// A classic <script src> in <head> holds the first paint for a round trip (~0.4 s of mobile LCP here).
test('no page has a render-blocking script: every external script is deferred, async or a module', () => {
  const blocking: string[] = [];
  for (const path of contentPages()) {
    for (const [tag] of readPage(path).matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)) {
      if (!/\b(defer|async)\b|type="module"/.test(tag)) blocking.push(`${path}: ${tag}`);
    }
  }
  expect(blocking).toEqual([]);
});

// Besides the reading aids (budgeted above), which every page carries.
test('no JavaScript on pages without interactive parts; interactive pages within their budgets', () => {
  const problems: string[] = [];
  for (const path of contentPages()) {
    const { js } = measure(path);
    const budget = scriptBudgets.find((b) => b.match.test(path));
    if (!budget && js > 0) problems.push(`${path}: ${js} B of JavaScript, expected none`);
    if (budget && js > budget.bytes) problems.push(`${path}: ${js} B of JavaScript for the ${budget.why}, budget ${budget.bytes} B`);
  }
  expect(problems).toEqual([]);
});

/**
 * Everything a first visit downloads (HTML, CSS, JS, every image once scrolled through),
 * as bodies from our server, uncompressed: production's gzip only makes it smaller.
 * On a 375 px phone at 2× (the widest images a phone asks for).
 */
const pageWeights: { match: RegExp; bytes: number }[] = [
  { match: /^\/(zh|en)\/gallery\/$/, bytes: 120 * 1024 },
  { match: /^\/(zh|en)\/projects\/[^/]+\/$/, bytes: 60 * 1024 },
];

test('gallery pages within 120 KB and project pages within 60 KB, everything a visit downloads', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const over: string[] = [];
  const paths = contentPages().filter((path) => pageWeights.some((w) => w.match.test(path)));
  expect(paths.length).toBe(2 + 14);
  for (const path of paths) {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => sizes.push(response.body().then((b) => b.length, () => 0)));
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.evaluate(async () => {
      for (let y = 0; y <= document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 30));
      }
    });
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    const budget = pageWeights.find((w) => w.match.test(path))!.bytes;
    test.info().annotations.push({ type: 'bytes', description: `${path}: ${bytes} B of ${budget} B` });
    if (bytes > budget) over.push(`${path}: ${bytes} B, budget ${budget} B`);
    if (sizes.length < 2) over.push(`${path}: only ${sizes.length} responses seen`);
    await page.close();
  }
  await context.close();
  expect(over).toEqual([]);
});
