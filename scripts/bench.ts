#!/usr/bin/env node
/**
 * Site benchmark (not part of `npm test`: timings are noisy on shared machines).
 * Builds the site, serves it, and for the home page, a section, a project gallery,
 * the Figures page and a news article in both languages measures the bytes a first
 * visit downloads (HTML, CSS, JS, images) and runs Lighthouse (mobile defaults) in
 * Debian's Chromium. Writes tests/.output/bench/report.md and report.json.
 *   npm run bench
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, findBrowser } from '../tests/browser.ts';

const port = Number(process.env.BENCH_PORT ?? 4477);
const base = `http://127.0.0.1:${port}`;
const out = 'tests/.output/bench';
const pages = ['/zh/', '/en/', '/zh/about/', '/en/about/', '/zh/projects/liyi-precision/', '/en/projects/liyi-precision/', '/zh/figures/', '/en/figures/', '/zh/news/2024-new-momentum/', '/en/news/2024-new-momentum/'];

const start = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) throw new Error('build failed');
const buildSeconds = (performance.now() - start) / 1000;

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));

/** Bytes per resource type for a first visit at a phone's width (uncompressed bodies). */
async function bytesOf(path: string) {
  const browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  const totals: Record<string, number> = { document: 0, stylesheet: 0, script: 0, image: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) =>
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          totals[type in totals ? type : 'other'] = (totals[type in totals ? type : 'other'] ?? 0) + body.length;
        },
        () => undefined,
      ),
    ),
  );
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await browser.close();
  return totals;
}

const chrome = await chromeLauncher.launch({ chromePath: findBrowser() ?? undefined, chromeFlags: ['--headless=new', ...chromiumArgs] });
const rows = [];
for (const path of pages) {
  const bytes = await bytesOf(path);
  const result = await lighthouse(base + path, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
  const lhr = result!.lhr;
  rows.push({
    path,
    bytes,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
  });
  console.log(rows.at(-1));
}
await chrome.kill();
server.kill();

const kb = (n: number) => (n / 1024).toFixed(1);
const md = [
  `# Site benchmark`,
  '',
  `Build (npm run build, asset cache as found): ${buildSeconds.toFixed(1)} s. Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile defaults (simulated slow 4G, 4× CPU slowdown), Debian Chromium.`,
  `Bytes: what a first visit at 412 px downloads, uncompressed (HTML includes the inlined CSS).`,
  '',
  '| page | HTML KB | JS KB | images KB | performance | LCP ms | CLS | TBT ms |',
  '| --- | --: | --: | --: | --: | --: | --: | --: |',
  ...rows.map((r) => `| ${r.path} | ${kb(r.bytes.document ?? 0)} | ${kb(r.bytes.script ?? 0)} | ${kb(r.bytes.image ?? 0)} | ${r.performance} | ${r.lcpMs} | ${r.cls} | ${r.tbtMs} |`),
  '',
].join('\n');
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/report.md`, md);
writeFileSync(`${out}/report.json`, JSON.stringify({ buildSeconds, pages: rows }, null, 2));
console.log(md);
