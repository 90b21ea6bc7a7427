/**
 * The local server behind `npm start`, `npm run serve` and the browser tests: serves a
 * built site the way production does (scripts/nginx/site.conf). Files are served by
 * sirv from a list made when the folder is first read, so a request can only ever name
 * a file that is in that list — never a path built from the request — and nothing
 * outside the root is reachable however the URL is encoded. What is ours:
 *
 * - `/` negotiates the language from Accept-Language (302, `Vary: Accept-Language`);
 * - a directory URL without its slash gets a 301 to the URL with it; with the slash,
 *   its index.html (nginx's `try_files $uri $uri/`);
 * - unknown paths get the 404 page of their language prefix, else the bilingual /404.html;
 * - every response carries the headers of `_headers` (security headers, caching), and
 *   text, JSON and SVG are gzipped as nginx does;
 * - only GET and HEAD (405 otherwise), malformed URLs get 400 instead of an exception.
 *
 * The file list is made again when the root folder changes (a new build), so a running
 * server keeps up with `npm run build`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import compression from 'compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeaders, type HeaderRule } from './headers.ts';
import { negotiate } from './negotiate.ts';

interface Site {
  /** sirv over the files present when the site was indexed. */
  files: ReturnType<typeof sirv>;
  /** URL paths (decoded, no trailing slash) of folders that have an index.html. */
  folders: Set<string>;
  /** The 404 page for a language prefix, or `default` (bilingual /404.html). */
  notFound: Record<'zh' | 'en' | 'default', Buffer | undefined>;
  rules: HeaderRule[];
}

const read = (path: string) => {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
};

function indexSite(root: string): Site {
  const folders = new Set<string>();
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = `/${name.split(sep).join('/')}`;
    if (path.endsWith('/index.html')) folders.add(path.slice(0, -'/index.html'.length) || '/');
  }
  const rules = parseHeaders(read(join(root, '_headers'))?.toString('utf8') ?? '');
  return {
    // `extensions: []`: a URL names a file exactly (`/404` is not `/404.html`); folders are mapped below.
    files: sirv(root, { extensions: [], etag: true, dotfiles: false, setHeaders: (res, path) => setHeaders(res, rules, path) }),
    folders,
    notFound: { zh: read(join(root, 'zh/404/index.html')), en: read(join(root, 'en/404/index.html')), default: read(join(root, '404.html')) },
    rules,
  };
}

/** Text types are UTF-8; types sirv does not know (Pagefind's index files) are plain bytes. */
function contentType(path: string) {
  const type = lookup(path);
  if (!type) return 'application/octet-stream';
  return /^text\/|^application\/(json|xml|rss\+xml|manifest\+json)$/.test(type) ? `${type}; charset=utf-8` : type;
}

function setHeaders(res: ServerResponse, rules: HeaderRule[], path: string) {
  for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
  res.setHeader('Content-Type', contentType(path));
}

/**
 * The path and query of a request target: origin-form (`/a/b?q`) as sent, absolute-form
 * (`http://host/a/b`) reduced to its path; anything else (`*`, `host:port`) is null.
 */
export function requestTarget(url: string | undefined): { path: string; search: string } | null {
  if (!url) return null;
  if (!url.startsWith('/')) {
    try {
      const absolute = new URL(url);
      if (absolute.protocol !== 'http:' && absolute.protocol !== 'https:') return null;
      url = absolute.pathname + absolute.search;
    } catch {
      return null;
    }
  }
  const query = url.indexOf('?');
  return query < 0 ? { path: url, search: '' } : { path: url.slice(0, query), search: url.slice(query) };
}

/** sirv reads a Range header loosely; keep only a single, well-formed `bytes=start-[end]`, else serve it whole. */
function saneRange(req: IncomingMessage) {
  const range = req.headers.range;
  if (range === undefined) return;
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(range);
  if (!match || (match[2] && Number(match[2]) < Number(match[1]))) delete req.headers.range;
}

export function createSiteHandler(rootDir: string) {
  const root = resolve(rootDir);
  let site: Site | undefined;
  let stamp = NaN;
  const current = () => {
    const changed = statSync(root, { throwIfNoEntry: false })?.mtimeMs;
    if (changed === undefined) return undefined;
    if (!site || changed !== stamp) [site, stamp] = [indexSite(root), changed];
    return site;
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    const site = current();
    if (!site) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10' });
      return res.end(`No site built in ${rootDir} yet: run npm run build.\n`);
    }
    const reply = (status: number, headers: Record<string, string>, body: Buffer | string = '') => {
      res.writeHead(status, { ...headersFor(site.rules, '/'), 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(body);
    };
    const notFound = (path: string) => {
      const lang = path.startsWith('/en/') ? 'en' : path.startsWith('/zh/') ? 'zh' : 'default';
      const page = site.notFound[lang] ?? site.notFound.default;
      if (!page) return reply(404, {}, 'Not found');
      reply(404, { ...headersFor(site.rules, '/404.html'), 'Content-Type': 'text/html; charset=utf-8' }, page);
    };

    const target = requestTarget(req.url);
    if (!target) return reply(400, {}, 'Bad request');
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(405, { Allow: 'GET, HEAD' }, 'Method not allowed');
    let path: string;
    try {
      path = decodeURI(target.path);
    } catch {
      return reply(400, {}, 'Bad request: malformed percent-encoding');
    }
    if (path === '/') {
      const lang = negotiate(req.headers['accept-language']);
      return reply(302, { Location: `/${lang}/`, Vary: 'Accept-Language', 'Cache-Control': 'no-store' });
    }
    // Other hosts' configuration files are not content.
    if (/^\/_(headers|redirects)$/.test(path)) return notFound(path);
    if (site.folders.has(path)) return reply(301, { Location: `${encodeURI(path)}/${target.search}` });
    const folder = path.endsWith('/') && site.folders.has(path.slice(0, -1));
    req.url = folder ? `${target.path}index.html` : target.path;
    saneRange(req);
    // A file deleted since it was indexed (a build running now) ends that response, not the server.
    res.once('pipe', (stream) => stream.once('error', () => res.destroy()));
    site.files(req, res, () => notFound(path));
  };
}

/**
 * gzip like production (nginx `gzip on`, `gzip_min_length 256`) for compressible types;
 * never for a Range request, whose byte offsets refer to the file as stored.
 */
const gzip = compression({ threshold: 256, filter: (req, res) => !req.headers.range && compression.filter(req, res) });

/** An http.Server for the built site at `root`; call `.listen()`. */
export function createSiteServer(root: string): Server {
  const handle = createSiteHandler(root);
  return createServer((req, res) => {
    try {
      gzip(req, res, () => handle(req, res));
    } catch (error) {
      // A defect of ours, not the visitor's: say so (tests assert there are none) and stay up.
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal server error');
    }
  });
}
