/**
 * After `@astrojs/sitemap` has written the XML sitemap, fill each language's
 * site map page (`/<lang>/sitemap/`) with every page that sitemap lists, titled by
 * the page itself. Must come after `sitemap()` in the integrations list.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { fillPlaceholder, pageTitle, renderSitemap, sitemapLocs, sitemapTree, type SitemapSection } from '../lib/html-sitemap.ts';

export interface HtmlSitemapOptions {
  locales: string[];
  /** The navigation's sections in order, labelled in a language. */
  sections: (locale: string) => SitemapSection[];
}

export default function htmlSitemap({ locales, sections }: HtmlSitemapOptions): AstroIntegration {
  return {
    name: 'html-sitemap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const index = join(out, 'sitemap-index.xml');
        if (!existsSync(index)) throw new Error('sitemap-index.xml was not written: html-sitemap must follow sitemap() / 未生成 sitemap-index.xml');
        const paths = sitemapLocs(readFileSync(index, 'utf8'))
          .flatMap((url) => sitemapLocs(readFileSync(join(out, new URL(url).pathname), 'utf8')))
          .map((url) => decodeURI(new URL(url).pathname));
        for (const locale of locales) {
          const self = `/${locale}/sitemap/`;
          const file = join(out, self, 'index.html');
          if (!existsSync(file)) continue;
          const titleOf = (path: string) => {
            const title = pageTitle(readFileSync(join(out, path, 'index.html'), 'utf8'));
            if (title === undefined) throw new Error(`${path} has no og:title for the site map / ${path} 缺少 og:title`);
            return title;
          };
          const tree = sitemapTree(paths.filter((p) => p !== self), locale, sections(locale), titleOf);
          writeFileSync(file, fillPlaceholder(readFileSync(file, 'utf8'), renderSitemap(tree)));
          logger.info(`${self}: ${paths.filter((p) => p.startsWith(`/${locale}/`) && p !== self).length} pages`);
        }
      },
    },
  };
}
