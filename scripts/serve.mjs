#!/usr/bin/env node
/**
 * Serves the built site (`dist/`) the way production does (see the nginx config):
 * directory URLs, a redirect to add the trailing slash, `/` negotiating on
 * Accept-Language, and the 404 page of the language prefix the visitor was under.
 * Used by `npm start` and by the Playwright tests; no dependencies.
 *
 *   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--root dist]
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    root: { type: 'string', default: 'dist' },
  },
});
const root = resolve(values.root);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.pf_meta': 'application/octet-stream',
};

/** A file under root, or null; never escapes root. */
async function findFile(pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return null;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    /* not found */
  }
  return null;
}

/** English if the browser ranks English above Chinese, else Chinese (the default). */
export function negotiate(acceptLanguage = '') {
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag, q: q ? Number(q.trim().slice(2)) : 1, index };
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}

function send(res, status, file, headers = {}) {
  res.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...headers });
  createReadStream(file).pipe(res);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const { pathname } = url;
  if (pathname === '/') {
    res.writeHead(302, { Location: `/${negotiate(req.headers['accept-language'])}/`, Vary: 'Accept-Language' });
    return res.end();
  }
  // Other hosts' configuration files (public/_headers, _redirects) are not content.
  const file = /^\/_(headers|redirects)$/.test(pathname) ? null : await findFile(pathname);
  if (file) {
    // Directory URLs always end in a slash: one convention, one canonical URL.
    if (file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      res.writeHead(301, { Location: `${pathname}/${url.search}` });
      return res.end();
    }
    return send(res, 200, file);
  }
  const lang = pathname.startsWith('/en/') || pathname === '/en' ? 'en' : pathname.startsWith('/zh/') || pathname === '/zh' ? 'zh' : null;
  const notFound = (lang && (await findFile(`/${lang}/404/`))) || (await findFile('/404.html'));
  if (notFound) return send(res, 404, notFound);
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
});

if (import.meta.url === `file://${process.argv[1]}`) {
  server.listen(Number(values.port), values.host, () => {
    console.log(`Serving ${root} at http://${values.host}:${values.port}/`);
  });
}
