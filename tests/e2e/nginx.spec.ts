/**
 * The shipped nginx configuration (scripts/nginx/), run by a real nginx on loopback
 * over the built site: negotiation on `/`, 404 per language, caching and security headers.
 */
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 4399) + 10;
const base = `http://127.0.0.1:${port}`;
let nginx: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  const binary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
  if (!binary) throw new Error('nginx is not installed: run `apt-get install nginx-light` (.ci/run does).');
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const site = readFileSync('scripts/nginx/site.conf', 'utf8')
    .replaceAll('/etc/nginx/snippets/changhe-headers.conf', resolve('scripts/nginx/headers.conf'))
    .replace(/root \/srv\/changhe\/dist;/, `root ${resolve('dist')};`)
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${prefix}/nginx.pid; error_log ${prefix}/error.log;
events {}
http {
  include /etc/nginx/mime.types; default_type application/octet-stream; access_log off;
  types { text/csv csv; application/rss+xml rss; }
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  ${site}
}`,
  );
  const check = spawnSync(binary, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  nginx = spawn(binary, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${base}/zh/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('nginx did not start');
});

test.afterAll(() => nginx?.kill());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers, redirect: 'manual' });

test('/ negotiates the language from Accept-Language', async () => {
  for (const [accept, target] of [
    ['en-US,en;q=0.9', '/en/'],
    ['zh-CN,zh;q=0.9,en;q=0.8', '/zh/'],
    ['de-DE,en;q=0.7', '/en/'],
    ['fr-FR', '/zh/'],
    ['', '/zh/'],
  ]) {
    const response = await get('/', accept ? { 'Accept-Language': accept } : {});
    expect(response.status, accept).toBe(302);
    expect(new URL(response.headers.get('location')!, base).pathname, accept).toBe(target);
    expect(response.headers.get('vary')).toContain('Accept-Language');
  }
});

test('unknown paths get the 404 page of their language', async () => {
  for (const [path, lang] of [
    ['/zh/no-such-page/', 'lang="zh-CN"'],
    ['/en/no-such-page/', 'lang="en"'],
  ] as const) {
    const response = await get(path);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain(lang);
    expect(html).toContain(path.startsWith('/en/') ? 'Page not found' : '页面未找到');
  }
});

test('hashed assets are cached for a year, HTML is revalidated, text is compressed', async () => {
  const page = await get('/en/', { 'Accept-Encoding': 'gzip' });
  expect(page.status).toBe(200);
  expect(page.headers.get('cache-control')).toBe('no-cache');
  expect(page.headers.get('content-encoding')).toBe('gzip');
  await page.text();
  const gallery = await (await get('/en/gallery/')).text();
  // The lightbox script and a drawing (served as SVG since the gallery stopped rasterising them).
  for (const pattern of [/\/_astro\/[^"]+\.js/, /\/_astro\/[^" ]+\.svg/]) {
    const asset = pattern.exec(gallery)?.[0];
    expect(asset, String(pattern)).toBeTruthy();
    const response = await get(asset!);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  }
});

test('security headers on every kind of response', async () => {
  for (const path of ['/', '/en/', '/zh/figures/', '/figures.csv', '/en/no-such-page/']) {
    const headers = (await get(path)).headers;
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(headers.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
    expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy'), path).toContain('geolocation=()');
  }
});

test('directory URLs without the slash redirect to it', async () => {
  const response = await get('/en/about');
  expect(response.status).toBe(301);
  expect(new URL(response.headers.get('location')!, base).pathname).toBe('/en/about/');
});

test('pages served with the production headers run without a CSP violation and request nothing from other hosts', async ({ page }) => {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of ['/zh/', '/en/about/', '/en/gallery/', '/zh/projects/liyi-precision/', '/en/figures/', '/zh/news/2024-new-momentum/', '/en/contact/']) {
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
  }
  // Search (Pagefind's WebAssembly) runs under the policy.
  await page.goto(`${base}/zh/search/?q=${encodeURIComponent('数控机床')}`);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  // The gallery script really runs under the policy: the lightbox opens.
  await page.goto(`${base}/en/gallery/`);
  await page.locator('.gallery-link').first().click();
  await expect(page.locator('dialog[data-lightbox]').first()).toBeVisible();
  expect([...hosts]).toEqual([`127.0.0.1:${port}`]);
});
