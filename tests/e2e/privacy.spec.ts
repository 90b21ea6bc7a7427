/**
 * The site statement's privacy claims, checked in a real browser session: no cookies,
 * no request to another host, nothing in localStorage but the reading preference;
 * and what it says about server logs matches the shipped nginx configuration.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from './site.ts';

/** Every interactive kind of page: lightbox, copy-citation, search (Pagefind loads), plain pages. */
const tour = ['/zh/', '/en/', '/zh/figures/', '/en/projects/liyi-precision/', '/zh/gallery/', '/en/news/2024-new-momentum/', '/zh/statement/', '/en/statement/'];

test('a session over several pages sets no cookie, asks no other host, and stores nothing but reading-prefs', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const setCookies: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', async (r) => {
    const header = await r.headerValue('set-cookie');
    if (header) setCookies.push(`${r.url()}: ${header}`);
  });
  const origin = new URL(baseURL!).origin;
  const storedKeys = new Set<string>();
  for (const path of tour) {
    await page.goto(path, { waitUntil: 'networkidle' });
    // Use whatever controls a page has (reading tools, copy buttons), as a visitor would.
    for (const button of await page.locator('main button[aria-pressed], header button[aria-pressed], [data-copy]').all()) {
      if (await button.isVisible()) await button.click().catch(() => {});
    }
    for (const key of await page.evaluate(() => [...Array(localStorage.length).keys()].map((i) => localStorage.key(i)!))) storedKeys.add(key);
    for (const key of await page.evaluate(() => [...Array(sessionStorage.length).keys()].map((i) => sessionStorage.key(i)!))) storedKeys.add(`session:${key}`);
    expect(await page.evaluate(() => document.cookie), path).toBe('');
  }
  // A search loads Pagefind and its index: still from this site only.
  await page.goto('/en/search/?q=robot', { waitUntil: 'networkidle' });
  await page.goto('/zh/search/?q=机器人', { waitUntil: 'networkidle' });

  expect(requests.length).toBeGreaterThan(tour.length * 3);
  expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(setCookies).toEqual([]);
  expect([...storedKeys].filter((key) => key !== 'reading-prefs')).toEqual([]);
  await context.close();
});

test('the statement names the storage key the reading tools use and the log retention', () => {
  for (const lang of ['zh', 'en']) {
    const html = readPage(`/${lang}/statement/`);
    expect(html).toContain('reading-prefs');
    expect(html).toMatch(lang === 'zh' ? /保存 180 天后删除/ : /kept for 180 days and then deleted/);
  }
  // The reading tools' script, once merged, must use that key and nothing else.
  const scripts = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|js|astro)$/.test(f));
  for (const file of scripts) {
    const source = readFileSync(join('src', file), 'utf8');
    for (const [, key] of source.matchAll(/localStorage\.(?:setItem|getItem)\(\s*['"`]([^'"`]+)/g)) expect(key, file).toBe('reading-prefs');
  }
});

test('the server logs what the statement says: no query string, no referrer, no cookie; 180 days', () => {
  const conf = 'scripts/nginx/site.conf';
  const rotate = 'scripts/nginx/logrotate.conf';
  test.skip(!existsSync(rotate), 'log rotation arrives with the serving branch (scripts/nginx/logrotate.conf)');
  const nginx = readdirSync('scripts/nginx').filter((f) => f.endsWith('.conf')).map((f) => readFileSync(join('scripts/nginx', f), 'utf8')).join('\n');
  const format = /log_format\s+\w+\s+([^;]+);/.exec(nginx)?.[1] ?? '';
  expect(format, `a named log_format in ${conf}`).not.toBe('');
  const fields = [...format.matchAll(/\$(\w+)/g)].map((m) => m[1]!);
  const allowed = ['remote_addr', 'time_iso8601', 'request_method', 'uri', 'server_protocol', 'status', 'body_bytes_sent', 'bytes_sent', 'http_user_agent'];
  /** A variable mapped from `$request_uri` that keeps only what precedes the `?` is the path without its query string. */
  const queryFreePath = (name: string) => new RegExp(`map\\s+\\$request_uri\\s+\\$${name}\\s*\\{\\s*"~\\^\\(\\?<(\\w+)>\\[\\^\\?\\]\\*\\)"\\s+\\$\\1;\\s*\\}`).test(nginx);
  expect(fields.filter((f) => !allowed.includes(f) && !queryFreePath(f))).toEqual([]);
  expect(fields).toEqual(expect.arrayContaining(['remote_addr', 'time_iso8601', 'request_method', 'status', 'http_user_agent']));
  const rotation = readFileSync(rotate, 'utf8');
  expect(rotation).toMatch(/\bdaily\b/);
  expect(rotation).toMatch(/\brotate\s+180\b/);
});
