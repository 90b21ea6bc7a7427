/**
 * The shipped nginx configuration (scripts/nginx/), run by a real nginx on loopback over the
 * built site, with a certificate made by openssl: HTTPS over IPv4 and IPv6, HTTP/2, TLS 1.2/1.3
 * only, HTTP redirected, negotiation on `/`, 404 per language, caching and security headers,
 * precompressed files, the access log's privacy and its rotation.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect as http2Connect } from 'node:http2';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { join, resolve } from 'node:path';
import { get as rawGet, ocspRequestCount, SITE_NAME, startNginx, type Nginx } from './nginx-server.ts';

const port = Number(process.env.E2E_PORT ?? 4399) + 10;
let nginx: Nginx;
let target: string;

test.describe.configure({ mode: 'serial' });
test.use({ ignoreHTTPSErrors: true });

test.beforeAll(async () => {
  // Served like a deploy: through a `current` symlink.
  target = mkdtempSync(join(tmpdir(), 'nginx-site-'));
  chmodSync(target, 0o755); // nginx's workers run as nobody
  symlinkSync(resolve('dist'), join(target, 'current'));
  nginx = await startNginx(join(target, 'current'), port);
});

test.afterAll(async () => {
  await nginx?.stop();
  rmSync(target, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => rawGet(nginx, path, headers);

/** A TLS handshake with the given client options: the negotiated protocol, cipher and ALPN, or the error. */
function handshake(options: ConnectionOptions, host = '127.0.0.1') {
  return new Promise<{ protocol?: string | null; cipher?: string; alpn?: string | false | null; error?: string }>((done) => {
    const socket = tlsConnect({ host, port, ca: nginx.ca, servername: SITE_NAME, ...options }, () => {
      done({ protocol: socket.getProtocol(), cipher: socket.getCipher().name, alpn: socket.alpnProtocol });
      socket.end();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => done({ error: `${e.code} ${e.message}` }));
  });
}

test('HTTPS answers over IPv4 and IPv6 with a certificate the client verifies', async () => {
  expect((await get('/zh/')).status).toBe(200);
  test.skip(!nginx.https6, 'this machine has no IPv6 loopback (::1)');
  const v6 = await get(`${nginx.https6}/en/`);
  expect(v6.status).toBe(200);
  expect(v6.body.toString()).toContain('lang="en"');
});

test('TLS 1.3 and 1.2 (intermediate ciphers only) are accepted; TLS 1.1 and weak ciphers are refused', async () => {
  expect((await handshake({})).protocol).toBe('TLSv1.3');
  const tls12 = await handshake({ maxVersion: 'TLSv1.2' });
  expect(tls12.protocol).toBe('TLSv1.2');
  expect(tls12.cipher).toMatch(/^ECDHE-ECDSA-(AES\d+-GCM-SHA\d+|CHACHA20-POLY1305)$/);
  // The client is made willing (security level 0), so a refusal is the server's: a protocol_version alert.
  const tls11 = await handshake({ minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' });
  expect(tls11.error).toMatch(/alert protocol version|ALERT_PROTOCOL_VERSION/i);
  for (const weak of ['ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA384', 'AES128-GCM-SHA256']) {
    const result = await handshake({ maxVersion: 'TLSv1.2', ciphers: `${weak}@SECLEVEL=0` });
    expect(result.error, weak).toMatch(/handshake failure|HANDSHAKE_FAILURE/i);
  }
});

test('OCSP stapling: nginx staples a response from the CA responder, which openssl verifies as "good"', async () => {
  // nginx fetches the response after the first handshake that asks for it; later handshakes carry it.
  let staple: Buffer | undefined;
  for (let i = 0; i < 50 && !staple?.length; i++) {
    staple = await new Promise<Buffer | undefined>((done) => {
      let response: Buffer | undefined;
      const socket = tlsConnect({ host: '127.0.0.1', port, ca: nginx.ca, servername: SITE_NAME, requestOCSP: true }, () => socket.end());
      socket.on('OCSPResponse', (r: Buffer) => (response = r));
      socket.on('close', () => done(response));
      socket.on('error', () => done(undefined));
    });
    if (!staple?.length) await new Promise((r) => setTimeout(r, 100));
  }
  expect(staple?.length ?? 0).toBeGreaterThan(0);
  expect(ocspRequestCount()).toBeGreaterThan(0);
  const file = join(nginx.tlsDir, 'stapled.der');
  writeFileSync(file, staple!);
  const check = spawnSync('openssl', ['ocsp', '-respin', file, '-CAfile', 'ca.pem', '-issuer', 'ca.pem', '-cert', 'site.pem', '-no_nonce'], {
    cwd: nginx.tlsDir,
    encoding: 'utf8',
  });
  expect(check.stderr).toContain('Response verify OK');
  expect(check.stdout).toMatch(/site\.pem: good/);
});

test('HTTP/2 is negotiated and serves pages with the production headers', async () => {
  expect((await handshake({ ALPNProtocols: ['h2', 'http/1.1'] })).alpn).toBe('h2');
  const session = http2Connect(nginx.https, { ca: nginx.ca, servername: SITE_NAME });
  try {
    const headers = await new Promise<Record<string, unknown>>((done, fail) => {
      const stream = session.request({ ':path': '/en/about/' });
      stream.on('response', (h) => done(h));
      stream.on('error', fail);
      stream.resume();
    });
    expect(headers[':status']).toBe(200);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
  } finally {
    session.close();
  }
});

test('HTTP redirects to HTTPS on the site name (a forged Host changes nothing), without HSTS', async () => {
  for (const base of [nginx.http, nginx.http6].filter(Boolean) as string[]) {
    for (const host of [undefined, 'evil.example']) {
      const response = await get(`${base}/en/about/?utm=1`, host ? { Host: host } : {});
      expect(response.status, base).toBe(301);
      expect(response.headers.location).toBe(`https://${SITE_NAME}/en/about/?utm=1`);
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  }
});

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
    expect(new URL(response.headers.location!, nginx.https).pathname, accept).toBe(target);
    expect(response.headers.vary).toContain('Accept-Language');
  }
});

test('unknown paths get the 404 page of their language', async () => {
  for (const [path, lang] of [
    ['/zh/no-such-page/', 'lang="zh-CN"'],
    ['/en/no-such-page/', 'lang="en"'],
  ] as const) {
    const response = await get(path);
    expect(response.status).toBe(404);
    const html = response.body.toString();
    expect(html).toContain(lang);
    expect(html).toContain(path.startsWith('/en/') ? 'Page not found' : '页面未找到');
  }
});

test('hashed assets are cached for a year, HTML is revalidated', async () => {
  const page = await get('/en/');
  expect(page.status).toBe(200);
  expect(page.headers['cache-control']).toBe('no-cache');
  const gallery = (await get('/en/gallery/')).body.toString();
  for (const pattern of [/\/_astro\/[^"]+\.js/, /\/_astro\/[^" ]+\.svg/]) {
    const asset = pattern.exec(gallery)?.[0];
    expect(asset, String(pattern)).toBeTruthy();
    const response = await get(asset!);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  }
});

test('precompressed files are served as they were written by the build, with Content-Encoding and Vary', async () => {
  // CSS is inlined in pages; the hashed JS of the gallery and Pagefind's CSS stand for assets.
  const js = /\/_astro\/[^"]+\.js/.exec(readFileSync('dist/en/gallery/index.html', 'utf8'))![0];
  const cases: [string, string][] = [
    ['/en/', 'dist/en/index.html'],
    ['/zh/figures/', 'dist/zh/figures/index.html'],
    ['/pagefind/pagefind-ui.js', 'dist/pagefind/pagefind-ui.js'],
    ['/pagefind/pagefind-ui.css', 'dist/pagefind/pagefind-ui.css'],
    [js, `dist${js}`],
  ];
  for (const [path, file] of cases) {
    for (const [accept, encoding, ext] of [
      ['br, gzip', 'br', '.br'],
      ['gzip', 'gzip', '.gz'],
    ] as const) {
      expect(existsSync(file + ext), file + ext).toBe(true);
      const response = await get(path, { 'Accept-Encoding': accept });
      expect(response.status, path).toBe(200);
      expect(response.headers['content-encoding'], `${path} ${accept}`).toBe(encoding);
      expect(response.headers.vary, path).toMatch(/Accept-Encoding/i);
      // Byte for byte the build's file: compressed once, not per request.
      expect(response.body.equals(readFileSync(file + ext)), `${path} ${accept}`).toBe(true);
    }
    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(file))).toBe(true);
  }
});

test('security headers on every kind of response: HTML, asset, 404, redirects', async () => {
  const asset = /\/_astro\/[^"]+\.js/.exec((await get('/en/gallery/')).body.toString())![0];
  for (const path of ['/', '/en/', '/zh/figures/', '/figures.csv', asset, '/en/no-such-page/', '/no-such-file', '/_headers', '/en/about']) {
    const headers = (await get(path)).headers;
    const csp = String(headers['content-security-policy'] ?? '');
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d+/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('geolocation=()');
  }
});

test('directory URLs without the slash redirect to it; config files of other hosts are not served', async () => {
  const response = await get('/en/about', { Host: 'evil.example' });
  expect(response.status).toBe(301);
  expect(response.headers.location).toBe('/en/about/'); // relative: no host taken from the request
  for (const path of ['/_headers', '/_redirects', '/.assets']) expect((await get(path)).status, path).toBe(404);
});

test('the access log records path without query, and no referrer, cookie or query; the error log stays empty', async () => {
  const marker = `probe-${Date.now()}`;
  await get(`/zh/search/?q=${marker}-secret&token=${marker}-token`, {
    'User-Agent': `LogTest/1.0 (${marker})`,
    Referer: `https://elsewhere.example/${marker}-referrer`,
    Cookie: `session=${marker}-cookie`,
  });
  await get(`/en/${marker}-missing/?q=${marker}-secret`, { 'User-Agent': `LogTest/1.0 (${marker})` });
  await get(`${nginx.http}/en/?q=${marker}-secret`, { 'User-Agent': `LogTest/1.0 (${marker})` });
  await new Promise((r) => setTimeout(r, 200));
  const lines = readFileSync(nginx.accessLog, 'utf8').split('\n').filter((l) => l.includes(marker));
  expect(lines).toHaveLength(3);
  const iso = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d';
  expect(lines[0]).toMatch(new RegExp(`^127\\.0\\.0\\.1 \\[${iso}\\] "GET /zh/search/ HTTP/1\\.1" 200 \\d+ "LogTest/1\\.0 \\(${marker}\\)"$`));
  // The path asked for, not nginx's internal 404 page.
  expect(lines[1]).toMatch(new RegExp(`"GET /en/${marker}-missing/ HTTP/1\\.1" 404 \\d+ `));
  expect(lines[2]).toMatch(new RegExp(`"GET /en/ HTTP/1\\.1" 301 \\d+ `));
  for (const secret of ['-secret', '-token', '-referrer', '-cookie', '?', 'elsewhere.example'])
    expect(lines.join('\n'), secret).not.toContain(secret);
  // A visitor's 404 is not a server error.
  expect(existsSync(nginx.errorLog) ? readFileSync(nginx.errorLog, 'utf8') : '').toBe('');
});

test('logrotate: daily, 180 days kept then deleted, nginx writes to the fresh file', async () => {
  const logrotate = ['/usr/sbin/logrotate', '/sbin/logrotate'].find(existsSync);
  if (!logrotate) throw new Error('logrotate is not installed: run `apt-get install logrotate` (.ci/run does).');
  const conf = readFileSync('scripts/nginx/logrotate.conf', 'utf8');
  expect(conf).toMatch(/^\s*daily$/m);
  expect(conf).toMatch(/^\s*rotate 180$/m);
  expect(conf).toMatch(/^\s*maxage 180$/m);
  const logs = nginx.accessLog.replace(/access\.log$/, '');
  const testConf = join(nginx.prefix, 'logrotate.conf');
  writeFileSync(testConf, conf.replaceAll('/var/log/nginx/changhe/', logs).replaceAll('/run/nginx.pid', nginx.pidFile).replace(/create .*/, 'create 0640 root root'));
  // Yesterday's and older rotations, as a real server would have them.
  const day = 86_400_000;
  const stamp = (ago: number) => new Date(Date.now() - ago * day).toISOString().slice(0, 10).replaceAll('-', '');
  const kept = `access.log-${stamp(179)}.gz`;
  const expired = `access.log-${stamp(181)}.gz`;
  for (const [name, ago] of [[kept, 179], [expired, 181]] as const) {
    writeFileSync(join(logs, name), 'old');
    const when = new Date(Date.now() - ago * day);
    utimesSync(join(logs, name), when, when);
  }
  const run = spawnSync(logrotate, ['-f', '-s', join(nginx.prefix, 'logrotate.state'), testConf], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const files = readdirSync(logs);
  expect(files).toContain(kept);
  expect(files).not.toContain(expired);
  expect(files).toContain(`access.log-${stamp(0)}`);
  // After USR1, nginx writes to the new access.log.
  await new Promise((r) => setTimeout(r, 300));
  await get('/en/?after-rotation');
  await new Promise((r) => setTimeout(r, 200));
  expect(readFileSync(nginx.accessLog, 'utf8')).toMatch(/"GET \/en\/ HTTP\/1\.1" 200/);
});

test('pages served with the production headers run without a CSP violation and request nothing from other hosts', async ({ page }) => {
  const base = nginx.https;
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
  expect([...hosts]).toEqual([new URL(base).host]);
});
