/**
 * Runs the shipped nginx configuration (scripts/nginx/site.conf) in a real nginx on loopback,
 * with a certificate made here by openssl (a test CA and a site certificate for 127.0.0.1, ::1
 * and the site's name). Only the lines marked `# SETTING`, the listen ports and the include
 * paths are replaced, and every replacement must match, so the test follows the real file.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { createServer as createHttpServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SITE_NAME = 'changhe-zone.example';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** Whether this machine has an IPv6 loopback to listen on. */
export async function hasIpv6Loopback(): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(0, '::1', () => server.close(() => done(true)));
  });
}

function openssl(args: string[], cwd: string) {
  const run = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${run.stderr}`);
}

/**
 * A test CA and a site certificate it signed (ECDSA P-256, two days) whose OCSP responder is
 * http://127.0.0.1:<ocspPort>/, with the CA's status database (index.txt) listing it as valid.
 */
export function makeCertificates(dir: string, ocspPort: number) {
  mkdirSync(dir, { recursive: true });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Changhe test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign'], dir);
  openssl(['req', ...ec, '-keyout', 'site.key', '-out', 'site.csr', '-subj', `/CN=${SITE_NAME}`], dir);
  writeFileSync(
    join(dir, 'ext.cnf'),
    `subjectAltName=DNS:${SITE_NAME},IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth\nauthorityInfoAccess=OCSP;URI:http://127.0.0.1:${ocspPort}/\n`,
  );
  openssl(['x509', '-req', '-in', 'site.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2',
    '-extfile', 'ext.cnf', '-out', 'site.pem'], dir);
  const info = spawnSync('openssl', ['x509', '-in', 'site.pem', '-noout', '-serial', '-enddate'], { cwd: dir, encoding: 'utf8' }).stdout;
  const serial = /serial=([0-9A-F]+)/.exec(info)![1];
  const end = new Date(/notAfter=(.+)/.exec(info)![1]!);
  const stamp = end.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';
  writeFileSync(join(dir, 'index.txt'), `V\t${stamp}\t\t${serial}\tunknown\t/CN=${SITE_NAME}\n`);
  return { dir, ca: join(dir, 'ca.pem'), cert: join(dir, 'site.pem'), key: join(dir, 'site.key') };
}

/**
 * An OCSP responder on 127.0.0.1 (openssl's own `ocsp -port` would listen on every interface):
 * each request, GET (as nginx sends it) or POST, is answered by `openssl ocsp` from the CA's index.txt.
 */
export async function startOcspResponder(tls: { dir: string }, port: number) {
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = req.method === 'POST'
        ? Buffer.concat(chunks)
        : Buffer.from(decodeURIComponent((req.url ?? '/').split('/').pop() ?? ''), 'base64');
      const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      writeFileSync(join(tls.dir, `req-${stamp}.der`), request);
      const run = spawnSync('openssl', ['ocsp', '-index', 'index.txt', '-CA', 'ca.pem', '-rsigner', 'ca.pem', '-rkey', 'ca.key',
        '-ndays', '1', '-reqin', `req-${stamp}.der`, '-respout', `resp-${stamp}.der`], { cwd: tls.dir, encoding: 'utf8' });
      if (run.status !== 0) {
        res.writeHead(500).end(run.stderr);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/ocsp-response' }).end(readFileSync(join(tls.dir, `resp-${stamp}.der`)));
      ocspRequests++;
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return server;
}
let ocspRequests = 0;
/** How many OCSP requests the test responder has answered. */
export const ocspRequestCount = () => ocspRequests;

export interface Nginx {
  https: string;
  http: string;
  /** https://[::1]:port, or null when the machine has no IPv6 loopback */
  https6: string | null;
  http6: string | null;
  ca: Buffer;
  prefix: string;
  /** the test CA's folder (ca.pem, site.pem) */
  tlsDir: string;
  accessLog: string;
  errorLog: string;
  pidFile: string;
  stop(): Promise<void>;
}

/** Replace `pattern` in `text`, insisting it is there exactly `count` times. */
function must(text: string, pattern: RegExp, by: string, count = 1) {
  const found = text.match(new RegExp(pattern.source, 'gm'))?.length ?? 0;
  if (found !== count) throw new Error(`site.conf changed: expected ${count}× ${pattern}, found ${found}`);
  return text.replace(new RegExp(pattern.source, 'gm'), by);
}

/** Starts nginx with site.conf serving `root` (usually a `current` symlink); HTTPS on `port`, HTTP on port + 1. */
export async function startNginx(root: string, port: number): Promise<Nginx> {
  const binary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
  if (!binary) throw new Error('nginx is not installed: run `apt-get install nginx-light libnginx-mod-http-brotli-static` (.ci/run does).');
  if (!existsSync(BROTLI_MODULE)) throw new Error('nginx has no brotli_static: run `apt-get install libnginx-mod-http-brotli-static`.');
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  chmodSync(prefix, 0o755); // workers run as nobody
  // Ports: HTTPS `port`, HTTP port + 1, the OCSP responder port + 2.
  const tls = makeCertificates(join(prefix, 'tls'), port + 2);
  const ocsp = await startOcspResponder(tls, port + 2);
  const ipv6 = await hasIpv6Loopback();
  const httpPort = port + 1;
  const logs = join(prefix, 'logs');
  mkdirSync(logs, { mode: 0o755 }); // workers reopen logs here after rotation
  let site = readFileSync('scripts/nginx/site.conf', 'utf8');
  site = must(site, /^\s*listen 80;$/, `    listen 127.0.0.1:${httpPort};`);
  site = must(site, /^\s*listen \[::\]:80;$/, ipv6 ? `    listen [::1]:${httpPort};` : '');
  site = must(site, /^\s*listen 443 ssl http2;$/, `    listen 127.0.0.1:${port} ssl http2;`);
  site = must(site, /^\s*listen \[::\]:443 ssl http2;$/, ipv6 ? `    listen [::1]:${port} ssl http2;` : '');
  site = must(site, /\/etc\/nginx\/snippets\/changhe-headers\.conf/, resolve('scripts/nginx/headers.conf'), 6);
  site = must(site, /\/etc\/nginx\/changhe-ffdhe2048\.pem/, resolve('scripts/nginx/ffdhe2048.pem'));
  site = must(site, /\/var\/log\/nginx\/changhe\//, `${logs}/`, 4);
  site = must(site, /ssl_certificate \S+;/, `ssl_certificate ${tls.cert};`);
  site = must(site, /ssl_certificate_key \S+;/, `ssl_certificate_key ${tls.key};`);
  site = must(site, /ssl_trusted_certificate \S+;/, `ssl_trusted_certificate ${tls.ca};`);
  site = must(site, /^\s*root \/srv\/changhe\/current;/, `    root ${root};`);
  const pidFile = join(prefix, 'nginx.pid');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `load_module ${BROTLI_MODULE};
daemon off; worker_processes 2; pid ${pidFile}; error_log ${prefix}/main-error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types; default_type application/octet-stream;
  types { text/csv csv; application/rss+xml rss; }
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  ${site}
}`,
  );
  const conf = join(prefix, 'nginx.conf');
  const check = spawnSync(binary, ['-t', '-p', prefix, '-c', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', conf], { stdio: 'ignore' });
  const ca = readFileSync(tls.ca);
  const server: Nginx = {
    https: `https://127.0.0.1:${port}`,
    http: `http://127.0.0.1:${httpPort}`,
    https6: ipv6 ? `https://[::1]:${port}` : null,
    http6: ipv6 ? `http://[::1]:${httpPort}` : null,
    ca,
    prefix,
    tlsDir: tls.dir,
    accessLog: join(logs, 'access.log'),
    errorLog: join(logs, 'error.log'),
    pidFile,
    stop: async () => {
      ocsp.close();
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill();
        await exited; // nginx may still write its temp folders until it has exited
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
  for (let i = 0; i < 100; i++) {
    try {
      await get(server, '/zh/');
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  ocsp.close();
  throw new Error('nginx did not start');
}

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request, no redirects followed, body as received (not decoded). `url` is a path on server.https or a full URL. */
export function get(server: Pick<Nginx, 'https' | 'ca'>, url: string, headers: Record<string, string> = {}, agent?: import('node:https').Agent): Promise<Response> {
  const target = new URL(url, server.https);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((done, fail) => {
    const req = request(target, { headers, ca: server.ca, agent, ...(target.protocol === 'https:' ? { servername: SITE_NAME } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.setTimeout(15_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', fail);
    req.end();
  });
}
