/**
 * `npm run build:admin`: the browser editor as a separate static bundle in `dist-admin/`, for an
 * intranet host. It signs in to the Git server named in `admin/git-server.json` and may talk to
 * that host only: the Content-Security-Policy is written into the page and into `_headers`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { schemaShim } from '../src/admin/vite-plugins.ts';
import { adminCsp, gitOrigins } from '../src/admin/csp.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const server = JSON.parse(readFileSync(here('./git-server.json'), 'utf8'));
const csp = adminCsp(gitOrigins(server));

/** The CSP as a meta element (any static host) and as headers files (nginx include, Netlify-style). */
function writeCsp(): Plugin {
  return {
    name: 'cms:csp',
    transformIndexHtml: (html) => html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`),
    closeBundle() {
      writeFileSync(here('../dist-admin/_headers'), `/*\n  Content-Security-Policy: ${csp}; frame-ancestors 'none'\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n`);
      writeFileSync(here('../dist-admin/csp.nginx.conf'), `add_header Content-Security-Policy "${csp}; frame-ancestors 'none'" always;\nadd_header Referrer-Policy no-referrer always;\nadd_header X-Content-Type-Options nosniff always;\n`);
    },
  };
}

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  plugins: [schemaShim(), writeCsp()],
  build: { outDir: here('../dist-admin'), emptyOutDir: true, chunkSizeWarningLimit: 5000, sourcemap: false },
  logLevel: 'warn',
});
