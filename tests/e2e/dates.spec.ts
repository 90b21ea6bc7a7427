/**
 * No structured data, feed or sitemap claims a day nobody published: a day may appear
 * only where an article's front matter gives that day (date or updated). The feature
 * article's source says only "early summer 2024", so it carries no day anywhere.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { dist, readPage } from './site.ts';

interface Article {
  lang: string;
  slug: string;
  date: string;
  updated?: string;
}
const articles: Article[] = ['zh', 'en'].flatMap((lang) =>
  readdirSync(join('content/news', lang))
    .filter((f) => /\.mdx?$/.test(f))
    .map((file) => {
      const fm = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join('content/news', lang, file), 'utf8'))?.[1] ?? '') as Record<string, unknown>;
      const text = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined ? undefined : String(v));
      return { lang, slug: file.replace(/\.mdx?$/, ''), date: text(fm.date)!, updated: text(fm.updated) };
    }),
);
/** Days some front matter actually gives. */
const published = new Set(articles.flatMap((a) => [a.date, a.updated]).filter((d): d is string => /^\d{4}-\d{2}-\d{2}/.test(d ?? '')).map((d) => d.slice(0, 10)));
const partial = articles.filter((a) => !/^\d{4}-\d{2}-\d{2}/.test(a.date));

test('the feature article is dated as its source dates it: no day', () => {
  expect(partial.map((a) => `${a.lang}/${a.slug}`)).toEqual(expect.arrayContaining(['zh/2024-new-momentum', 'en/2024-new-momentum']));
});

test('NewsArticle JSON-LD gives the date at its precision, no invented day and no publisher', () => {
  for (const article of articles) {
    const html = readPage(`/${article.lang}/news/${article.slug}/`);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '{}'));
    const news = blocks.flatMap((b) => (b['@graph'] as object[] | undefined) ?? [b]).find((b) => (b as { '@type'?: string })['@type'] === 'NewsArticle') as Record<string, unknown> | undefined;
    expect(news, `${article.lang}/${article.slug} has NewsArticle`).toBeTruthy();
    expect(news?.publisher, 'the sources do not name a publisher').toBeUndefined();
    for (const key of ['datePublished', 'dateModified'] as const) {
      const value = news?.[key];
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) expect(published, `${article.slug} ${key} ${value}`).toContain(value.slice(0, 10));
    }
    if (partial.includes(article)) expect(news?.datePublished).toBe(article.date);
    // Every visible <time datetime> on the page, too.
    for (const [, datetime] of html.matchAll(/<time[^>]*datetime="([^"]+)"/g)) {
      if (/^\d{4}-\d{2}-\d{2}/.test(datetime ?? '')) expect(published, `${article.slug} <time datetime=${datetime}>`).toContain(datetime?.slice(0, 10));
    }
  }
});

test('RSS feeds give a pubDate only where a day was published', async ({ request }) => {
  for (const lang of ['zh', 'en']) {
    const xml = await (await request.get(`/${lang}/rss.xml`)).text();
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1] ?? '');
    expect(items.length, `${lang} feed has items`).toBeGreaterThan(0);
    for (const item of items) {
      const link = /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '';
      const article = articles.find((a) => link.endsWith(`/${a.lang}/news/${a.slug}/`));
      expect(article, link).toBeTruthy();
      const pubDate = /<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1];
      if (partial.includes(article!)) expect(pubDate, `${link} must have no pubDate`).toBeUndefined();
      else if (pubDate) expect(published).toContain(new Date(pubDate).toISOString().slice(0, 10));
    }
    const channelDate = /<lastBuildDate>([^<]+)</.exec(xml)?.[1];
    if (channelDate) expect(published).toContain(new Date(channelDate).toISOString().slice(0, 10));
  }
});

test('sitemaps carry no lastmod day that was not published', () => {
  const files = readdirSync(dist).filter((f) => /^sitemap.*\.xml$/.test(f));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    for (const [, day] of readFileSync(join(dist, file), 'utf8').matchAll(/<lastmod>(\d{4}-\d{2}-\d{2})/g)) {
      expect(published, `${file} lastmod ${day}`).toContain(day);
    }
  }
});
