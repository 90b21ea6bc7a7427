// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import htmlSitemap from './src/integrations/html-sitemap.ts';
import shareCardsEarly from './src/integrations/share-cards-early.ts';
import contentCheck from './src/integrations/content-check.ts';
import { cacheRoot } from './src/lib/shared/build-cache.ts';
import { mainNav } from './src/lib/content/nav.ts';
import zh from './src/i18n/ui/zh.ts';
import en from './src/i18n/ui/en.ts';
import { adminDevServer, schemaShim } from './src/admin/vite-plugins.ts';

/**
 * The public address of the site, used for canonical URLs, hreflang, the sitemap
 * and feeds. The real domain is not in our sources: `.example` is a reserved,
 * honest stand-in. Set SITE_URL when building for production.
 */
const site = process.env.SITE_URL ?? 'https://changhe-zone.example';
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  site,
  // Tests point CONTENT_DIR at fixture folders; they get their own content cache
  // so a fixture never lingers in the real site's data store (src/lib/shared/build-cache.ts).
  cacheDir: cacheRoot(),
  outDir,
  output: 'static',
  // One convention everywhere: directory URLs ending in a slash (/en/about/).
  trailingSlash: 'always',
  // CSS goes inline, so a page paints from its first round trip (budget tested);
  // scripts stay external files, so the Content-Security-Policy needs no 'unsafe-inline'.
  // Four pages in flight: rendering overlaps writing the previous pages to disk, where the main
  // thread otherwise waits (1,000 article pairs, warm: pages 11.3 s → 8.6–9.8 s, astro build
  // 24.1 s → 21.8–23.4 s; 8 in flight measured the same).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // News pages whose data and code are unchanged are copied from the last build, not rendered
  // again (src/lib/content/page-cache-key.ts says what their keys cover).
  experimental: { incrementalBuild: true },
  image: {
    service: {
      // sharp, plus SVGO for drawings served as SVG (src/lib/build/image-service.ts).
      entrypoint: './src/lib/build/image-service.ts',
      // AVIF effort 2 instead of sharp's 4: measured here, a 1280 px AVIF takes
      // 0.36 s instead of 4.3 s, for files within a few per cent of the size.
      config: { avif: { effort: 2, quality: 55 }, webp: { quality: 75 }, jpeg: { quality: 78, progressive: true } },
    },
    // Drawings are served as optimised SVG, never rasterised (src/lib/content/gallery.ts).
    dangerouslyProcessSVG: false,
  },
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    // Both languages carry their prefix; `/` is our own language-picking page.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    // The editor tests' dev server keeps its pre-bundled dependencies apart: a build running
    // beside it (the reproducible-build test) must not swap them under a page it serves.
    cacheDir: process.env.VITE_CACHE_DIR || undefined,
    // The browser editor at /admin/ in `npm run dev` only (see src/admin/vite-plugins.ts).
    plugins: [schemaShim(), adminDevServer()],
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro 7 MDX triggers a harmless bundler warning on every MDX file
        // (withastro/astro#18087); hiding it keeps real errors visible to staff.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // `npm run build` checks the content beside the build (src/integrations/content-check.ts).
    contentCheck({ contentDir: process.env.CONTENT_DIR ?? 'content' }),
    mdx(),
    // News share cards drawn on the idle core while pages render (scripts/og-images.ts makes the rest).
    shareCardsEarly({ contentDir: process.env.CONTENT_DIR ?? 'content' }),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
      // Error pages are not content; `/` only picks a language (it is the x-default).
      filter: (page) => !/\/404\/$/.test(page) && new URL(page).pathname !== '/',
      // A page published in one language only lists no alternate that was not built.
      serialize: (item) => ({
        ...item,
        links: item.links?.filter((link) => existsSync(join(outDir, new URL(link.url).pathname, 'index.html'))),
      }),
    }),
    // The human-readable site map pages are filled from the XML sitemap just written (so after it).
    htmlSitemap({
      locales: ['zh', 'en'],
      sections: (locale) =>
        [{ key: 'nav.home', route: '' }, ...mainNav, { key: 'nav.innovation', route: 'innovation/' }].map(({ key, route }) => ({
          route,
          label: (locale === 'en' ? en : zh)[/** @type {keyof typeof zh} */ (key)],
        })),
    }),
  ],
});
