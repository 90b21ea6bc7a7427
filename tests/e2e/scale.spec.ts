/**
 * The site after years of publishing: a build with 125 generated article pairs
 * (`npm run build:scale-fixture`). News and tag lists are paged with prev/next links and
 * page numbers in their titles; nothing is lost (every article is reachable through the
 * pages, and in two clicks through the yearly archive); feeds hold the newest 50; the site
 * map lists the structure, not each article; every page still fits the first round trip.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const site = 'tests/.output/scale-site';
const langs = ['zh', 'en'] as const;
const PAGE_SIZE = 10;

const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const pages = walk(site)
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${relative(site, f).replace(/index\.html$/, '')}`)
  .filter((p) => p !== '/' && !/\/404\/$/.test(p));

/** Articles built in one language, from the files (what must be reachable). */
const articlesIn = (lang: string) => pages.filter((p) => new RegExp(`^/${lang}/news/(?!archive/|tags/|\\d+/)[^/]+/$`).test(p)).sort();

const attr = (html: string, rel: string) => new RegExp(`<a[^>]*href="([^"]+)"[^>]*rel="${rel}"|<a[^>]*rel="${rel}"[^>]*href="([^"]+)"`).exec(html)?.slice(1).find(Boolean);
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
const listLinks = (html: string, lang: string) => [...html.matchAll(new RegExp(`<h2 class="card-title"[^>]*>\\s*<a href="(/${lang}/news/[^"]+)"`, 'g'))].map((m) => m[1]!);

/** Follows rel=next from `first`, checking each page's rel=prev, title and page label; returns the pages' HTML. */
async function walkPages(request: APIRequestContext, first: string, lang: string) {
  const seen: string[] = [];
  let url: string | undefined = first;
  let previous: string | undefined;
  while (url) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    const n = seen.length + 1;
    expect(attr(html, 'prev'), `${url} rel=prev`).toBe(previous);
    if (n > 1) expect(title(html), url).toContain(lang === 'zh' ? `（第 ${n} 页）` : `(page ${n})`);
    else expect(title(html), url).not.toMatch(/第 \d+ 页|\(page \d+\)/);
    seen.push(html);
    previous = url;
    url = attr(html, 'next');
    expect(seen.length, 'no loop').toBeLessThan(200);
  }
  return seen;
}

test('the fixture is at scale: at least 120 articles per language', () => {
  for (const lang of langs) expect(articlesIn(lang).length).toBeGreaterThanOrEqual(120);
});

test('news lists: ten to a page, prev/next and page numbers in titles, every article on exactly one page', async ({ request }) => {
  for (const lang of langs) {
    const all = articlesIn(lang);
    const listed = (await walkPages(request, `/${lang}/news/`, lang)).map((html) => listLinks(html, lang));
    expect(listed.length).toBe(Math.ceil(all.length / PAGE_SIZE));
    for (const [i, links] of listed.entries()) expect(links.length, `page ${i + 1}`).toBe(i < listed.length - 1 ? PAGE_SIZE : all.length - PAGE_SIZE * (listed.length - 1));
    expect(listed.flat().sort()).toEqual(all);
  }
});

test('tag pages are paged the same way and list every tagged article once', async ({ request }) => {
  for (const lang of langs) {
    const tags = pages.filter((p) => new RegExp(`^/${lang}/news/tags/[^/]+/$`).test(p));
    expect(tags.length).toBeGreaterThan(0);
    let paged = 0;
    for (const tag of tags) {
      const htmls = await walkPages(request, tag, lang);
      const listed = htmls.flatMap((html) => listLinks(html, lang));
      expect(new Set(listed).size, tag).toBe(listed.length);
      // Exactly the articles that carry the tag: each article page links its tags.
      const tagged = articlesIn(lang).filter((a) => readFileSync(join(site, a, 'index.html'), 'utf8').includes(`href="${tag}"`));
      expect(listed.sort(), tag).toEqual(tagged);
      if (htmls.length > 1) paged++;
    }
    expect(paged, 'at this size every tag needs more than one page').toBe(tags.length);
  }
});

test('yearly archive: every article is two clicks from the news index', async ({ request }) => {
  for (const lang of langs) {
    const index = await (await request.get(`/${lang}/news/`)).text();
    const years = [...index.matchAll(new RegExp(`href="(/${lang}/news/archive/\\d{4}/)"`, 'g'))].map((m) => m[1]!);
    expect(years.length).toBeGreaterThan(1);
    const reached = new Set<string>();
    for (const year of years) {
      const html = await (await request.get(year)).text();
      for (const m of html.matchAll(new RegExp(`<a href="(/${lang}/news/(?!archive/)[^"]+/)"`, 'g'))) reached.add(m[1]!);
    }
    expect([...reached].filter((a) => !/\/news\/(tags|\d+)\//.test(a)).sort()).toEqual(articlesIn(lang));
  }
});

test('a reader pages through the news and the archive in the browser', async ({ page }) => {
  await page.goto('/en/news/');
  await page.getByRole('link', { name: /Older/ }).click();
  await expect(page).toHaveURL(/\/en\/news\/2\/$/);
  await expect(page.locator('h1')).toHaveText('News (page 2)');
  await page.getByRole('navigation', { name: 'Browse by year' }).getByRole('link', { name: '2023' }).click();
  await expect(page.locator('h1')).toHaveText('News from 2023');
  await page.locator('.archive-list a').first().click();
  await expect(page.locator('h1')).toContainText('Generated test article');
});

test('each feed holds the newest 50 articles of its language', async ({ request }) => {
  for (const lang of langs) {
    const xml = await (await request.get(`/${lang}/rss.xml`)).text();
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
    expect(links.length).toBe(50);
    const newest = (await walkPages(request, `/${lang}/news/`, lang)).flatMap((html) => listLinks(html, lang)).slice(0, 50);
    expect(links).toEqual(newest);
  }
});

test('the site map lists the structure, not the articles: the news count, every year and tag, no article, no later list page', () => {
  for (const lang of langs) {
    const self = `/${lang}/sitemap/`;
    const html = readFileSync(join(site, self, 'index.html'), 'utf8');
    const list = /data-sitemap-list[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    const listed = [...list.matchAll(/<a href="([^"]+)"/g)].map((m) => decodeURI(m[1]!)).sort();
    const articles = articlesIn(lang);
    const laterListPages = pages.filter((p) => new RegExp(`^/${lang}/news/(tags/[^/]+/)?\\d+/$`).test(p));
    expect(laterListPages.length).toBeGreaterThan(10);
    expect(listed.filter((p) => articles.includes(p) || laterListPages.includes(p))).toEqual([]);
    // Every other page of the language is listed (sections, projects, each year, each tag's first page):
    // the list grows with years and tags, never with articles.
    expect(listed).toEqual(pages.filter((p) => p.startsWith(`/${lang}/`) && p !== self && !articles.includes(p) && !laterListPages.includes(p)).sort());
    expect(listed.filter((p) => /\/news\/archive\/\d{4}\/$/.test(p)).length).toBeGreaterThan(1);
    const count = /<a href="\/(?:zh|en)\/news\/">[^<]*<\/a><span class="count">([^<]*)<\/span>/.exec(list)?.[1];
    expect(count).toBe(lang === 'zh' ? `（${articles.length} 篇，按年份浏览）` : ` (${articles.length} articles, browse by year)`);
    // Well under the 14 KB budget (7.5 KB gzip at 1,000 pairs), with its inlined CSS.
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(site, m[1]!)));
    expect([html, ...css].reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0)).toBeLessThan(10 * 1024);
  }
});

test('every page of the grown site fits the first round trip (14 KB gzip, HTML plus CSS)', () => {
  const over = [];
  for (const path of pages) {
    const html = readFileSync(join(site, path, 'index.html'));
    const css = [...html.toString().matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(site, m[1]!)));
    const bytes = [html, ...css].reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
    if (bytes > 14 * 1024) over.push(`${path}: ${bytes} B`);
  }
  expect(over).toEqual([]);
  expect(pages.length).toBeGreaterThan(300);
});

test('share cards: each article and list has its own card; a list’s later pages show the first page’s, which exists', async ({ request }) => {
  const card = (path: string) => /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(join(site, path, 'index.html'), 'utf8'))?.[1];
  const served = async (url: string) => (await request.get(new URL(url, 'http://localhost').pathname)).status();
  for (const lang of langs) {
    const [article] = articlesIn(lang);
    expect(new URL(card(article!)!).pathname).toBe(`/og${article!.replace(/\/$/, '')}.png`);
    expect(await served(card(article!)!)).toBe(200);
    for (const first of [`/${lang}/news/`, `/${lang}/news/tags/cooperation/`]) {
      const later = pages.filter((p) => p.startsWith(first) && /^\d+\/$/.test(p.slice(first.length)));
      expect(later.length, `${first} has later pages`).toBeGreaterThan(1);
      for (const page of later) expect(card(page), page).toBe(card(first));
      expect(await served(card(first)!)).toBe(200);
      // Nothing draws a card nobody shows.
      expect(await served(`/og${later[0]!.replace(/\/$/, '')}.png`)).toBe(404);
    }
  }
});

test('the cards drawn while pages render are exactly those the built articles show (so none is drawn twice)', async () => {
  const { cardInputFrom, cardKey } = await import('../../src/lib/build/share-cards/card.ts');
  const { predictedNewsCards } = await import('../../src/lib/build/share-cards/predict.ts');
  const host = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(site, 'zh/index.html'), 'utf8'))![1]!).host;
  const predicted = new Set(predictedNewsCards('tests/.output/scale-content', host).map(cardKey));
  for (const lang of langs) {
    for (const article of articlesIn(lang)) {
      const input = cardInputFrom(readFileSync(join(site, article, 'index.html'), 'utf8'), article, host, new Map());
      expect(input.site, article).not.toBe('');
      expect(predicted.has(cardKey(input)), `${article}: ${JSON.stringify(input)}`).toBe(true);
    }
  }
});

test('search indexes articles, not the lists of them (news pages, tags, yearly archives)', () => {
  const indexed = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8').includes('data-pagefind-body');
  for (const lang of langs) {
    expect(indexed(articlesIn(lang)[0]!)).toBe(true);
    const lists = pages.filter((p) => new RegExp(`^/${lang}/news/(\\d+/|tags/|archive/|$)`).test(p));
    expect(lists.length).toBeGreaterThan(20);
    for (const list of lists) expect(indexed(list), list).toBe(false);
  }
});
