/** /zh/rss.xml and /en/rss.xml: RSS 2.0 feeds of each language's published news. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { newsIn } from '../../lib/content/news.ts';
import { dateSortKey, publishedDay } from '../../lib/shared/partial-date.ts';
import { RSS_LIMIT } from '../../lib/content/news-archive.ts';
import { localizeUrl } from '../../i18n/paths.ts';
import { htmlLang, locales, type Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';

export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const t = useTranslations(locale);
  // The newest only: a feed of every article ever published grows without limit.
  const articles = (await newsIn(locale)).slice(0, RSS_LIMIT);
  return rss({
    title: `${t('site.name')} · ${t('news.title')}`,
    description: t('news.description'),
    site: site!,
    customData: `<language>${htmlLang[locale]}</language>`,
    items: articles.map(({ entry, slug }) => ({
      title: entry.data.title,
      description: entry.data.description,
      // RSS pubDate is a full day and time: given only where the source gives a day, else left out.
      pubDate: publishedDay(entry.data.date) ? dateSortKey(entry.data.date) : undefined,
      link: localizeUrl(locale, `news/${slug}/`),
      categories: entry.data.tags,
      author: entry.data.authors.join(', ') || undefined,
    })),
  });
};
