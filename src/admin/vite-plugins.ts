/**
 * Vite plugins for the browser editor. `schemaShim` lets the editor bundle import the content
 * schemas (they import `astro:content` for `reference()`); `adminDevServer` serves the editor
 * at /admin/ under `npm run dev` only — `astro build` never sees it, so `dist/` has no admin.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const shim = fileURLToPath(new URL('./shims/astro-content.ts', import.meta.url));
const html = fileURLToPath(new URL('../../admin/index.html', import.meta.url));

export function schemaShim(): Plugin {
  return {
    name: 'cms:astro-content-shim',
    enforce: 'pre',
    // Astro resolves `astro:content` before any user plugin, so the import is rewritten instead,
    // and only in the browser bundle: the site's server side keeps the real module.
    transform(code, id, options) {
      if (options?.ssr || !/\/src\/schemas\/[^/]+\.ts$/.test(id.split('?')[0]!) || /[?&]raw\b/.test(id)) return null;
      return code.replace(/from\s+['"]astro:content['"]/g, `from ${JSON.stringify(shim)}`);
    },
  };
}

export function adminDevServer(): Plugin {
  return {
    name: 'cms:admin-dev-server',
    apply: 'serve',
    // Pre-bundle the editor's dependencies when the server starts, not on the first visit
    // (which would make Vite reload the page halfway through loading the editor).
    config: () => ({ optimizeDeps: { include: ['@sveltia/cms', 'yaml', 'astro/zod', 'i18next'] } }),
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (path === '/admin') {
          res.writeHead(301, { Location: '/admin/' }).end();
          return;
        }
        if (path !== '/admin/' && path !== '/admin/index.html') return next();
        try {
          const page = await server.transformIndexHtml('/admin/', await readFile(html, 'utf8'));
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
