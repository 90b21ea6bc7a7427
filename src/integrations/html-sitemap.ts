/**
 * After `@astrojs/sitemap` has written the XML sitemap, fill each language's
 * site map page (`/<lang>/sitemap/`) with the structure of what that sitemap lists,
 * titled by the pages themselves (see src/lib/build/html-sitemap.ts for what is counted
 * rather than listed). Must come after `sitemap()` in the integrations list.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { fillPlaceholder, linkedPaths, pageTitle, renderSitemap, sitemapLocs, sitemapTree, type SitemapNode, type SitemapSection } from '../lib/build/html-sitemap.ts';
import { intlLocale, isLocale } from '../i18n/locales.ts';
import { numberFormat } from '../lib/shared/intl.ts';
import { useTranslations } from '../i18n/t.ts';

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
        const read = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
        const titleOf = (path: string) => {
          const title = pageTitle(read(path));
          if (title === undefined) throw new Error(`${path} has no og:title for the site map / ${path} 缺少 og:title`);
          return title;
        };
        const linksOf = (path: string) => linkedPaths(read(path), path);
        for (const locale of locales) {
          const self = `/${locale}/sitemap/`;
          const file = join(out, self, 'index.html');
          if (!existsSync(file) || !isLocale(locale)) continue;
          const t = useTranslations(locale);
          const number = numberFormat(intlLocale[locale]);
          const count = (items: number) => t('sitemap.items', { count: items, value: number.format(items) });
          const tree = sitemapTree(paths.filter((p) => p !== self), locale, sections(locale), { titleOf, linksOf });
          writeFileSync(file, fillPlaceholder(read(self), renderSitemap(tree, count)));
          const listed = (nodes: SitemapNode[]): number => nodes.reduce((n, node) => n + 1 + listed(node.children), 0);
          const total = paths.filter((p) => p.startsWith(`/${locale}/`) && p !== self).length;
          logger.info(`${self}: ${listed(tree)} of ${total} pages listed, the rest through their list or archive`);
        }
      },
    },
  };
}
