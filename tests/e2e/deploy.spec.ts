/**
 * Deploys under load, for real: nginx (scripts/nginx/site.conf) serves <target>/current on loopback
 * while several clients request pages and their assets (HTML, CSS, JS, images, the Pagefind index)
 * at full speed, and `npm run deploy` / `npm run rollback` switch between two builds ten times.
 * No request may fail, no page may reference an asset that then 404s, and every page must come
 * whole from the release named in its X-Release header.
 */
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDir } from '../../src/lib/build/precompress.ts';
import { checkBuild, currentCommit, releaseId } from '../../src/lib/deploy/deploy.ts';
import { get, startNginx, type Nginx, type Response } from './nginx-server.ts';

const port = Number(process.env.E2E_PORT ?? 4399) + 20;
const CLIENTS = 6;
const MAX_REQUESTS = 60_000;
const MAX_SECONDS = 150;

let nginx: Nginx;
let work: string;
let target: string;
const idOf: Record<'A' | 'B', string> = { A: '', B: '' };

const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

/** Runs an npm script's node entry point, without blocking the load clients. */
function run(script: string, ...args: string[]) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/**
 * Two different builds, made cheaply from dist/: each page says which build it is, and build B's
 * hashed files all have new names (as a real change of CSS/JS/images would give them), so a page
 * of one build is broken if served the other's assets without carrying them.
 */
async function makeBuild(name: 'A' | 'B', hoursAgo: number) {
  const dir = join(work, name);
  cpSync('dist', dir, { recursive: true });
  const renamed = new Map<string, string>();
  if (name === 'B') {
    for (const file of readdirSync(join(dir, '_astro'))) {
      if (/\.(gz|br)$/.test(file)) continue;
      const to = file.replace(/\.([a-z0-9]+)$/i, '-b.$1');
      renamed.set(`/_astro/${file}`, `/_astro/${to}`);
    }
  }
  for (const file of walk(dir)) {
    if (/\.(gz|br)$/.test(file)) rmSync(file);
    else if (/\.(html|css|js|json|xml)$/.test(file)) {
      let text = readFileSync(file, 'utf8');
      for (const [from, to] of renamed) text = text.replaceAll(from, to);
      if (file.endsWith('.html')) text = text.replace('<head>', `<head><meta name="x-build" content="${name}">`);
      writeFileSync(file, text);
    }
  }
  for (const [from, to] of renamed) {
    cpSync(join(dir, from), join(dir, to));
    rmSync(join(dir, from));
  }
  await precompressDir(dir);
  const when = new Date(Date.now() - hoursAgo * 3_600_000);
  utimesSync(join(dir, 'index.html'), when, when);
  return dir;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'deploy-load-'));
  chmodSync(work, 0o755); // nginx's workers run as nobody
  target = join(work, 'site');
  for (const [name, hoursAgo] of [['A', 2], ['B', 1]] as const) {
    const dir = await makeBuild(name, hoursAgo);
    idOf[name] = releaseId(checkBuild(dir).builtAt, currentCommit());
  }
  const first = await run('scripts/deploy.ts', '--to', target, '--dist', join(work, 'A'));
  expect(first.status, first.stderr).toBe(0);
  expect(readlinkSync(join(target, 'current'))).toBe(`releases/${idOf.A}`);
  nginx = await startNginx(join(target, 'current'), port);
});

test.afterAll(async () => {
  await nginx?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the two builds really differ: B references hashed files that A does not have', () => {
  const names = (d: string) => new Set(readdirSync(join(work, d, '_astro')));
  const a = names('A');
  const bOnly = [...names('B')].filter((n) => !a.has(n));
  expect(bOnly.length).toBeGreaterThan(0);
  expect(bOnly.length).toBe(names('B').size);
  expect(/\/_astro\/[^"]+-b\.svg/.test(readFileSync(join(work, 'B/en/index.html'), 'utf8'))).toBe(true);
  expect(/\/_astro\/[^"]+-b\.js/.test(readFileSync(join(work, 'B/en/gallery/index.html'), 'utf8'))).toBe(true);
});

test('ten switches between two builds under full-speed load: 0 failures, 0 missing assets, 0 mixed responses', async () => {
  test.setTimeout(MAX_SECONDS * 1000 + 60_000);
  const pages = walk(join(work, 'A'))
    .filter((f) => f.endsWith('/index.html') && !f.includes('/404/'))
    .map((f) => `/${relative(join(work, 'A'), f).replace(/index\.html$/, '')}`);
  expect(pages.length).toBeGreaterThan(40);

  const stats = { requests: 0, html: 0, assets: 0, search: 0, failed: [] as string[], skew: [] as string[], mixed: [] as string[] };
  const buildOfRelease = () => Object.fromEntries(Object.entries(idOf).map(([b, id]) => [id, b]));
  let stop = false;
  const started = Date.now();
  const done = () => stop || stats.requests >= MAX_REQUESTS || Date.now() - started > MAX_SECONDS * 1000;

  const request = async (agent: Agent, path: string, encoding: string): Promise<Response | null> => {
    stats.requests++;
    try {
      const response = await get(nginx, path, { 'Accept-Encoding': encoding }, agent);
      if (response.status >= 400) stats.failed.push(`${response.status} ${path}`);
      return response;
    } catch (error) {
      stats.failed.push(`${(error as Error).message} ${path}`);
      return null;
    }
  };
  const decode = (r: Response) =>
    (r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString();

  const client = async (n: number) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: nginx.ca });
    let i = n;
    while (!done()) {
      i++;
      const path = pages[(i * 7919) % pages.length]!;
      const encoding = ['br, gzip', 'gzip', 'identity'][i % 3]!;
      const page = await request(agent, path, encoding);
      if (!page || page.status !== 200) continue;
      stats.html++;
      const release = String(page.headers['x-release'] ?? '');
      const html = decode(page);
      const build = /<meta name="x-build" content="([AB])">/.exec(html)?.[1];
      if (!release || !build || buildOfRelease()[release] !== build) stats.mixed.push(`${path}: X-Release ${release}, page of build ${build}`);
      const assets = new Set([...html.matchAll(/\/_astro\/[^"'\s,)]+/g)].map((m) => m[0]));
      for (const asset of assets) {
        if (done()) break;
        const response = await request(agent, asset, i % 2 ? 'br, gzip' : 'identity');
        stats.assets++;
        if (response?.status === 404) stats.skew.push(`${path} (build ${build}) → ${asset}`);
        if (response && !buildOfRelease()[String(response.headers['x-release'])]) stats.mixed.push(`${asset}: X-Release ${response.headers['x-release']}`);
      }
      if (i % 5 === 0 && !done()) {
        // The search index, as the search page loads it.
        const entry = await request(agent, '/pagefind/pagefind-entry.json', 'identity');
        stats.search++;
        if (entry?.status === 200) {
          const { languages } = JSON.parse(entry.body.toString()) as { languages: Record<string, { hash: string }> };
          for (const { hash } of Object.values(languages)) {
            const meta = await request(agent, `/pagefind/pagefind.${hash}.pf_meta`, 'identity');
            stats.search++;
            if (meta?.status === 404) stats.skew.push(`pagefind-entry.json → pagefind.${hash}.pf_meta`);
          }
        }
      }
    }
    agent.destroy();
  };

  const switches: string[] = [];
  const switcher = async () => {
    await new Promise((r) => setTimeout(r, 500));
    for (let n = 0; n < 10; n++) {
      const rollingBack = n % 2 === 1;
      const result = rollingBack ? await run('scripts/rollback.ts', '--to', target) : await run('scripts/deploy.ts', '--to', target, '--dist', join(work, 'B'));
      expect(result.status, result.stderr).toBe(0);
      const live = readlinkSync(join(target, 'current')).replace('releases/', '');
      expect(live).toBe(rollingBack ? idOf.A : idOf.B);
      if (!done()) switches.push(`${rollingBack ? 'rollback' : 'deploy B'} → ${live}`); // counted only while the load runs
      await new Promise((r) => setTimeout(r, 300)); // let clients load pages of this release
    }
    await new Promise((r) => setTimeout(r, 500));
    stop = true;
  };

  await Promise.all([switcher(), ...Array.from({ length: CLIENTS }, (_, n) => client(n))]);
  const seconds = (Date.now() - started) / 1000;
  const summary = `${stats.requests} requests (${stats.html} pages, ${stats.assets} assets, ${stats.search} search index) in ${seconds.toFixed(1)} s from ${CLIENTS} clients; ${switches.length} switches; failed ${stats.failed.length}, missing assets ${stats.skew.length}, mixed ${stats.mixed.length}`;
  console.log(`Deploy under load: ${summary}`);
  test.info().annotations.push({ type: 'load', description: summary });
  expect(switches, 'every switch happened while the load was running (not cut off by its count or time bound)').toHaveLength(10);
  expect(stats.failed.slice(0, 10)).toEqual([]);
  expect(stats.skew.slice(0, 10)).toEqual([]);
  expect(stats.mixed.slice(0, 10)).toEqual([]);
  expect(stats.html).toBeGreaterThan(100);
  // Both releases stay; nothing half-copied, no lock left.
  expect(readdirSync(join(target, 'releases')).sort()).toEqual([idOf.A, idOf.B].sort());
  expect(statSync(join(target, 'releases')).isDirectory()).toBe(true);
});

test('the deploy record (.assets) is not served; X-Release names the live release', async () => {
  expect((await get(nginx, '/.assets')).status).toBe(404);
  const live = readlinkSync(join(target, 'current')).replace('releases/', '');
  expect((await get(nginx, '/zh/')).headers['x-release']).toBe(live);
  expect((await get(nginx, '/zh/no-such-page/')).headers['x-release']).toBe(live);
});
