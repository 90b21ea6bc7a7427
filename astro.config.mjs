// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

/**
 * The public address of the site, used for canonical URLs, hreflang, the sitemap
 * and feeds. The real domain is not in our sources: `.example` is a reserved,
 * honest stand-in. Set SITE_URL when building for production.
 */
const site = process.env.SITE_URL ?? 'https://changhe-zone.example';

export default defineConfig({
  site,
  output: 'static',
  // One convention everywhere: directory URLs ending in a slash (/en/about/).
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    // Both languages carry their prefix; `/` is our own language-picking page.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
      // Error pages are not content.
      filter: (page) => !/\/404\/$/.test(page),
    }),
  ],
});
