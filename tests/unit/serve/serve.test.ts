/** The local server (src/lib/serve/): what a visitor and production parity need, request by request. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { negotiate } from '../../../src/lib/serve/negotiate.ts';
import { headersFor, parseHeaders } from '../../../src/lib/serve/headers.ts';
import { createSiteServer, requestTarget } from '../../../src/lib/serve/server.ts';
import { makeTempSite } from './temp-site.ts';

test('English-first browsers get English, everyone else Chinese', () => {
  assert.equal(negotiate('en-US,en;q=0.9'), 'en');
  assert.equal(negotiate('zh-CN,zh;q=0.9,en;q=0.8'), 'zh');
  assert.equal(negotiate('en;q=0.5,zh-TW;q=0.9'), 'zh');
  assert.equal(negotiate('de-DE,en;q=0.7'), 'en');
  assert.equal(negotiate('en;q=0,de'), 'zh');
  assert.equal(negotiate('fr-FR'), 'zh');
  assert.equal(negotiate(''), 'zh');
  assert.equal(negotiate(undefined), 'zh');
});

test('_headers: the later matching rule replaces a header, others add up', () => {
  const rules = parseHeaders('# c\n/*\n  X-A: 1\n  Cache-Control: no-cache\n\n/_astro/*\n  Cache-Control: immutable\n');
  assert.deepEqual(headersFor(rules, '/zh/'), { 'X-A': '1', 'Cache-Control': 'no-cache' });
  assert.deepEqual(headersFor(rules, '/_astro/a.js'), { 'X-A': '1', 'Cache-Control': 'immutable' });
  assert.deepEqual(headersFor(parseHeaders('/a.b\n  X: 1'), '/aab'), {}, 'dots are literal');
  assert.throws(() => parseHeaders('  X-Orphan: 1'), /not "Name: value" under a path/);
});

test('request targets: origin-form as sent, absolute-form reduced to its path, others refused', () => {
  assert.deepEqual(requestTarget('/zh/?q=1'), { path: '/zh/', search: '?q=1' });
  assert.deepEqual(requestTarget('http://evil.example/../dist2/secret.txt'), { path: '/dist2/secret.txt', search: '' });
  assert.equal(requestTarget('*'), null);
  assert.equal(requestTarget('file:///etc/passwd'), null);
  assert.equal(requestTarget('127.0.0.1:443'), null);
  assert.equal(requestTarget(''), null);
});

const site = makeTempSite();
const server = createSiteServer(site.root);
let base = '';
before(async () => {
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  rmSync(site.base, { recursive: true, force: true });
});
const get = (path: string, init: RequestInit = {}) => fetch(base + path, { redirect: 'manual', ...init });

test('/ sends the visitor to their language, varying on Accept-Language, never cached', async () => {
  for (const [accept, lang] of [['en-GB,en;q=0.9', 'en'], ['zh-CN', 'zh'], ['', 'zh']] as const) {
    const response = await get('/', { headers: { 'Accept-Language': accept } });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), `/${lang}/`);
    assert.match(response.headers.get('vary') ?? '', /^Accept-Language\b/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
  }
});

test('pages are served with the production headers; hashed assets are cached for a year', async () => {
  const page = await get('/zh/about/');
  assert.equal(page.status, 200);
  assert.match(await page.text(), new RegExp(site.inside.zhAbout));
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  assert.ok(page.headers.get('etag'));
  const asset = await get('/_astro/app.AbC123.js');
  assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(asset.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal((await get('/figures.csv')).headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.equal((await get('/pagefind/pagefind-entry.pf_meta')).headers.get('content-type'), 'application/octet-stream');
});

test('a folder without its slash is redirected to it, keeping the query', async () => {
  const response = await get('/zh/about?x=1');
  assert.equal(response.status, 301);
  assert.equal(response.headers.get('location'), '/zh/about/?x=1');
  assert.equal((await get('/zh')).headers.get('location'), '/zh/');
});

test('unknown paths get the 404 page of their language, else the bilingual one', async () => {
  for (const [path, marker] of [
    ['/en/nowhere/', site.inside.en404],
    ['/zh/nowhere', site.inside.zh404],
    ['/nowhere/', site.inside.root404],
    ['/404', site.inside.root404],
    ['/zh/about/index', site.inside.zh404],
  ]) {
    const response = await get(path!);
    assert.equal(response.status, 404, path);
    assert.match(await response.text(), new RegExp(marker!), path);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/, path);
  }
});

test('other hosts’ configuration files, dotfiles and sibling folders are not served', async () => {
  for (const path of ['/_headers', '/_redirects', '/.env', '/.git/config', '/..%2fdist2/secret.txt', '/%2e%2e/dist2/secret.txt', '/../secret.txt']) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    const body = await response.text();
    for (const secret of site.secrets) assert.ok(!body.includes(secret), `${path} leaked ${secret}`);
  }
});

test('malformed percent-encoding is a 400, not a crash; other methods a 405', async () => {
  assert.equal((await get('/%E0%A4%A')).status, 400);
  assert.equal((await get('/zh/%zz/')).status, 400);
  const post = await get('/zh/', { method: 'POST', body: 'x' });
  assert.equal(post.status, 405);
  assert.equal(post.headers.get('allow'), 'GET, HEAD');
  const head = await get('/zh/', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
});

test('ranges: a valid one is honoured, a reversed or malformed one is ignored', async () => {
  const part = await get('/_astro/app.AbC123.js', { headers: { Range: 'bytes=0-6' } });
  assert.equal(part.status, 206);
  assert.equal(await part.text(), 'console');
  for (const range of ['bytes=9-3', 'bytes=-5', 'bytes=0-1,4-5', 'pages=1-2']) {
    const whole = await get('/_astro/app.AbC123.js', { headers: { Range: range } });
    assert.equal(whole.status, 200, range);
    assert.match(await whole.text(), new RegExp(site.inside.asset), range);
  }
  assert.equal((await get('/_astro/app.AbC123.js', { headers: { Range: 'bytes=99999-' } })).status, 416);
});

test('text and SVG are gzipped as nginx does; ranges and small bodies are not', async () => {
  const gz = { 'Accept-Encoding': 'gzip' };
  const page = await get('/zh/about/', { headers: gz });
  assert.equal(page.headers.get('content-encoding'), null, 'under 256 bytes: sent as is');
  const big = await get('/figures.csv', { headers: gz });
  assert.equal(big.headers.get('content-encoding'), null, 'small CSV');
  const svg = await get('/_astro/big.svg', { headers: gz });
  assert.equal(svg.status, 200);
  assert.equal(svg.headers.get('content-encoding'), 'gzip');
  assert.match(svg.headers.get('vary') ?? '', /Accept-Encoding/);
  assert.match(await svg.text(), /^<svg/);
  const range = await get('/_astro/big.svg', { headers: { ...gz, Range: 'bytes=0-3' } });
  assert.equal(range.status, 206);
  assert.equal(range.headers.get('content-encoding'), null);
  assert.equal(await range.text(), '<svg');
});
