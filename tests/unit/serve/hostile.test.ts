/**
 * What an attacker tries against `npm start`'s server (scripts/serve.mjs, run as a real
 * process): thousands of hostile requests over raw sockets, with files planted next to
 * the root that must never leak. The server must never exit, never answer 5xx, never
 * send a byte of a planted secret, and still serve `/zh/` afterwards.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { rmSync } from 'node:fs';
import { makeTempSite } from './temp-site.ts';

interface Probe {
  category: string;
  /** The raw bytes sent: request line, headers, maybe a body. */
  raw: Buffer;
}

const crlf = '\r\n';
/** No Accept-Encoding: bodies come back uncompressed, so a leaked marker is visible as it is. */
const request = (target: string, { method = 'GET', headers = ['Host: 127.0.0.1'], body = '' } = {}) =>
  Buffer.from(`${method} ${target} HTTP/1.1${crlf}${[...headers, 'Connection: close'].join(crlf)}${crlf}${crlf}${body}`, 'latin1');

const targets = ['dist2/secret.txt', 'dist-old/secret.txt', 'dist.bak/secret.txt', 'dist2/', 'secret.txt', 'dist/.env', '.env', '.git/config', 'etc/passwd'];
const prefixes = ['/', '/zh/', '/en/about/', '/_astro/', '/pagefind/'];

/** Every hostile request, by category. */
function probes(): Probe[] {
  const list: Probe[] = [];
  const add = (category: string, raw: Buffer) => list.push({ category, raw });

  // Malformed percent-encoding: truncated, non-hex, overlong UTF-8, lone surrogates.
  const malformed = ['%', '%%', '%E0%A4%A', '%zz', '%C0%AF', '%C0%AE%C0%AE', '%ED%A0%80', '%FF%FE', '%u002e%u002e', '%%32%65', '%2', '%G0', '%E2%82', '%F0%9F%98'];
  for (const prefix of prefixes) for (const bad of malformed) for (const tail of ['', 'x', '/index.html', '/../secret.txt']) add('malformed percent-encoding', request(prefix + bad + tail));

  // `..` written every way, separators every way, 1 to 4 levels up, to every planted file.
  const dots = { encoded: ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '..;', '...', '.%2E'], 'double-encoded': ['%252e%252e', '%25%32%65%25%32%65', '%252E%252E', '.%252e'] };
  const seps = { encoded: ['/', '%2f', '%2F', '//'], 'double-encoded': ['%252f', '%252F', '%25%32%66'] };
  for (const [kind, ds] of Object.entries(dots))
    for (const dot of ds)
      for (const sep of seps[kind as keyof typeof seps])
        for (const depth of [1, 2, 3, 5])
          for (const target of targets)
            add(`${kind} ..`, request(`/${`${dot}${sep}`.repeat(depth)}${target.replaceAll('/', sep)}`));

  // Backslashes, raw and encoded, as Windows-style separators and as `/\host` tricks.
  for (const sep of ['\\', '%5c', '%5C', '\\\\', '%255c'])
    for (const target of targets) for (const prefix of ['/', '/zh/', '/\\']) add('backslashes', request(`${prefix}..${sep}${target.replaceAll('/', sep)}`));
  for (const target of ['/\\evil.example/', '/\\/evil.example', '/%5cevil.example', '/zh\\', '/zh%5c']) add('backslashes', request(target));

  // NUL bytes: encoded in the path, raw in the path, raw and encoded in headers.
  for (const prefix of prefixes)
    for (const target of ['%00', `${targets[0]}%00.html`, `..%00/${targets[0]}`, `%00../${targets[4]}`, 'index.html%00', `..%2f%00${targets[0]}`]) add('NUL bytes', request(prefix + target));
  for (const target of ['/zh/\0', `/..\0/${targets[0]}`, '/\0']) add('NUL bytes', request(target));
  add('NUL bytes', request('/zh/', { headers: ['Host: 127.0.0.1', 'Accept-Language: en\0zh'] }));
  add('NUL bytes', request('/', { headers: ['Host: \0', 'Accept-Language: %00'] }));

  // Overlong paths and headers, and a flood of headers.
  for (const size of [1_000, 8_000, 16_000, 65_000, 200_000]) {
    add('overlong paths and headers', request(`/${'a'.repeat(size)}`));
    add('overlong paths and headers', request(`/zh/${'../'.repeat(size / 3)}${targets[0]}`));
    add('overlong paths and headers', request(`/${'%2e%2e%2f'.repeat(size / 9)}${targets[0]}`));
    add('overlong paths and headers', request('/zh/', { headers: ['Host: 127.0.0.1', `X-Long: ${'x'.repeat(size)}`] }));
    add('overlong paths and headers', request('/', { headers: ['Host: 127.0.0.1', `Accept-Language: ${'en;q=0.5,'.repeat(size / 10)}`] }));
    add('overlong paths and headers', request('/zh/', { headers: ['Host: 127.0.0.1', `Range: bytes=${'1'.repeat(size)}-`] }));
  }
  for (const count of [100, 1_000, 5_000]) add('overlong paths and headers', request('/zh/', { headers: Array.from({ length: count }, (_, i) => `X-H${i}: ${i}`) }));

  // Odd methods, with paths that would leak if a method were served without the checks.
  const methods = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'MKCOL', 'M-SEARCH', 'get', 'FOO', 'GET\tGET', 'BREW', 'LINK', 'PURGE'];
  for (const method of methods)
    for (const target of ['/', '/zh/', `/..%2f${targets[0]}`, `/../${targets[4]}`, '*'])
      add('odd methods', request(target, { method, headers: ['Host: 127.0.0.1', 'Content-Length: 4'], body: 'x=1&' }));

  // Absolute-form request targets, and targets that are no path at all.
  for (const scheme of ['http://', 'https://', 'HTTP://', 'file://', 'ftp://', 'javascript:', '//'])
    for (const host of ['127.0.0.1', 'evil.example', '..', ''])
      for (const path of ['/zh/', `/../${targets[0]}`, `/..%2f${targets[0]}`, `/%2e%2e/${targets[4]}`, '/..'])
        add('absolute-form URIs', request(`${scheme}${host}${path}`));
  for (const target of ['*', 'zh/', `../${targets[0]}`, '127.0.0.1:80', '?x', '#/../secret.txt']) add('absolute-form URIs', request(target));

  // `..` and friends in the Host header (the server must not use it to find files).
  for (const host of ['..', '../dist2', '127.0.0.1/../dist2', '%2e%2e', '..\\..', 'dist2', '', '[::1]/..', 'a'.repeat(300)])
    for (const target of ['/', '/zh/', `/${targets[0]}`, '/secret.txt']) add('.. in Host', request(target, { headers: [`Host: ${host}`] }));
  add('.. in Host', request('/zh/', { headers: [] }));
  add('.. in Host', request('/zh/', { headers: ['Host: a', 'Host: ..'] }));

  // Ranges sirv would read loosely (reversed, suffix, multiple, huge).
  for (const range of ['bytes=100-50', 'bytes=-1', 'bytes=-999999', 'bytes=0-0,1-1', 'bytes=999999999999999-', 'bytes=--', 'bytes=a-b', 'bytes=1-0', 'items=0-1', 'bytes= 0-1', 'bytes=0-18446744073709551616'])
    for (const target of ['/zh/', '/_astro/app.AbC123.js', '/figures.csv', `/..%2f${targets[0]}`]) add('Range abuse', request(target, { headers: ['Host: 127.0.0.1', `Range: ${range}`] }));

  // Broken HTTP framing: bad versions, bad request lines, smuggling-style length headers.
  const framing = [
    'GET /zh/ HTTP/9.9\r\n\r\n',
    'GET /zh/\r\n\r\n',
    'GET\r\n\r\n',
    ' / HTTP/1.1\r\n\r\n',
    'GET  /zh/  HTTP/1.1\r\nHost: x\r\n\r\n',
    '\r\n\r\n',
    'GET /zh/ HTTP/1.1\r\nHost x\r\n\r\n',
    'GET /zh/ HTTP/1.1\r\n Host: x\r\n\r\n',
    'GET /zh/ HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello',
    'GET /zh/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
    'POST /zh/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    'GET /zh/ HTTP/1.1\nHost: x\n\n',
    'GET /zh/ HTTP/1.0\r\n\r\n',
    'GET /../dist2/secret.txt HTTP/1.0\r\n\r\n',
    '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03',
    'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
  ];
  for (const text of framing) for (let i = 0; i < 3; i++) add('broken HTTP framing', Buffer.from(text, 'latin1'));
  return list;
}

interface Answer {
  status: number | null;
  bytes: Buffer;
}

/** Sends raw bytes, returns the status (null if the connection closed without a response) and everything received. */
function send(port: number, raw: Buffer): Promise<Answer> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    // Requests say `Connection: close`; a keep-alive one (in the framing probes) is cut after 3 s of quiet.
    socket.setTimeout(3_000, () => socket.destroy());
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined); // a reset after a refused request is an answer too
    socket.on('close', () => {
      const bytes = Buffer.concat(chunks);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(bytes.subarray(0, 20).toString('latin1'))?.[1];
      done({ status: status ? Number(status) : null, bytes });
    });
    // No half-close: Node's server drops a connection whose client has ended its side.
    // It may answer (431, 400) before reading everything; an EPIPE then is expected.
    socket.write(raw);
  });
}

test('≥ 2,000 hostile requests: never exits, never 5xx, never a byte from outside the root, /zh/ still served', { timeout: 300_000 }, async (t) => {
  const site = makeTempSite();
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--root', site.root], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => (stderr += d));
  let exited: number | string | null = null;
  server.on('exit', (code, signal) => (exited = code ?? signal));
  t.after(() => {
    server.kill();
    rmSync(site.base, { recursive: true, force: true });
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.stdout.on('data', (d: Buffer) => {
      const match = /:(\d+)\/\s*$/m.exec(d.toString());
      if (match) resolve(Number(match[1]));
    });
    server.on('exit', () => reject(new Error(`server exited: ${stderr}`)));
  });

  // A positive control: the harness does read bodies, and the root's own files come through.
  const control = await send(port, request('/zh/'));
  assert.equal(control.status, 200);
  assert.ok(control.bytes.includes(site.inside.zhHome));

  const all = probes();
  assert.ok(all.length >= 2000, `only ${all.length} probes`);
  const counts: Record<string, { sent: number; byStatus: Record<string, number> }> = {};
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < all.length) {
      const probe = all[next++]!;
      const answer = await send(port, probe.raw);
      const entry = (counts[probe.category] ??= { sent: 0, byStatus: {} });
      entry.sent++;
      const key = String(answer.status ?? 'closed');
      entry.byStatus[key] = (entry.byStatus[key] ?? 0) + 1;
      const shown = probe.raw.subarray(0, 120).toString('latin1').split('\r\n')[0];
      if (answer.status !== null && answer.status >= 500) failures.push(`${answer.status} for ${shown}`);
      for (const secret of site.secrets) if (answer.bytes.includes(secret)) failures.push(`leaked ${secret} for ${shown}`);
      if (exited !== null) failures.push(`server exited (${exited}) after ${shown}`);
    }
  };
  await Promise.all(Array.from({ length: 12 }, worker));

  t.diagnostic(`hostile requests: ${all.length}`);
  for (const [category, { sent, byStatus }] of Object.entries(counts)) t.diagnostic(`${category}: ${sent} (${Object.entries(byStatus).map(([s, n]) => `${s}×${n}`).join(', ')})`);
  assert.deepEqual(failures.slice(0, 20), []);
  assert.equal(exited, null, 'the server exited');
  assert.equal(stderr, '', 'the server reported an error');
  // Every category was answered, not merely survived: most requests got a real HTTP status.
  for (const [category, { sent, byStatus }] of Object.entries(counts)) assert.ok((byStatus.closed ?? 0) < sent, `${category}: no answers at all`);

  const after = await send(port, request('/zh/'));
  assert.equal(after.status, 200);
  assert.ok(after.bytes.includes(site.inside.zhHome));
});
