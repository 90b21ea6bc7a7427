/**
 * Byte budgets, exact, over every built page: HTML plus render-blocking CSS fits
 * the first round trip (14 KB gzip), no JavaScript where nothing is interactive,
 * and the interactive pages' scripts within their own budgets.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentPages, dist, readPage } from './site.ts';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const FIRST_ROUND_TRIP = 14 * 1024;

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
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
  const inlineScripts = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').filter(Boolean);
  return {
    firstRoundTrip: gz(html) + css.reduce((sum, c) => sum + gz(c), 0),
    js: scripts.reduce((sum, s) => sum + gz(s), 0) + inlineScripts.reduce((sum, s) => sum + gz(s), 0),
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
