/**
 * The site map pages (网站地图) show the structure of their language's site: every
 * section and page, except that a list's later pages and the news articles are reached
 * through the listed news index, yearly archives and tags (the count says how many).
 * They list only built pages, all in the XML sitemap search engines read, and nothing
 * built is out of reach.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPages, dist, exists, readPage } from './site.ts';

const xmlPaths = () =>
  [...readFileSync(join(dist, 'sitemap-index.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, index]) =>
    [...readFileSync(join(dist, new URL(index!).pathname), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => decodeURI(new URL(url!).pathname)),
  );

/** Same-site pages a built page links to. */
const linksFrom = (path: string) => [...readPage(path).matchAll(/<a[^>]*\shref="(\/[^"#?]*)"/g)].map((m) => decodeURI(m[1]!));

for (const lang of ['zh', 'en']) {
  const self = `/${lang}/sitemap/`;
  const listedIn = (html: string) => {
    const list = /<div[^>]*data-sitemap-list[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    return [...list.matchAll(/<a href="([^"]+)"/g)].map((m) => decodeURI(m[1]!));
  };

  test(`${self} lists only built ${lang} pages, each once, all in the XML sitemap; every other page is one click from a listed one`, () => {
    const listed = listedIn(readPage(self));
    const built = contentPages().filter((p) => p.startsWith(`/${lang}/`) && p !== self);
    const xml = xmlPaths();
    expect(listed.length).toBeGreaterThan(20);
    expect(new Set(listed).size, 'each page once').toBe(listed.length);
    expect(listed.filter((p) => !exists(p) || !p.startsWith(`/${lang}/`)), 'nothing unbuilt or from the other language').toEqual([]);
    expect(listed.filter((p) => !xml.includes(p)), 'nothing the XML sitemap does not list').toEqual([]);
    // The XML sitemap lists every built page of the language; what the site map leaves out is reached from what it lists.
    expect(xml.filter((p) => p.startsWith(`/${lang}/`) && p !== self).sort()).toEqual(built);
    const oneClick = new Set(listed.flatMap(linksFrom));
    expect(built.filter((p) => !listed.includes(p) && !oneClick.has(p))).toEqual([]);
    // Sections and their sub-pages are listed; the news articles are not.
    for (const page of ['about/', 'projects/liyi-precision/', 'industries/nev/', 'media/fact-sheet/', 'news/', 'news/archive/2024/', 'news/tags/feature/']) {
      expect(listed, page).toContain(`/${lang}/${page}`);
    }
    expect(listed).not.toContain(`/${lang}/news/2024-new-momentum/`);
  });

  test(`${self}: sections in navigation order, pages under their section, the news counted and browsed by year`, async ({ page }) => {
    await page.goto(self);
    const sitemap = page.locator('main nav.sitemap');
    const top = sitemap.locator(':scope > div > ul > li > a');
    const headerNav = await page.locator('header nav.main-nav a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const tops = await top.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(tops[0]).toBe(`/${lang}/`);
    const navOrder = headerNav.filter((h) => h !== `/${lang}/` && tops.includes(h));
    expect(tops.filter((h) => navOrder.includes(h))).toEqual(navOrder);
    expect(navOrder.length).toBeGreaterThan(5);
    await expect(sitemap.locator(`li:has(> a[href="/${lang}/projects/"]) a[href="/${lang}/projects/liyi-precision/"]`)).toHaveCount(1);
    const news = sitemap.locator(`li:has(> a[href="/${lang}/news/"])`);
    const articles = contentPages().filter((p) => new RegExp(`^/${lang}/news/(?!archive/|tags/|\\d+/)[^/]+/$`).test(p)).length;
    expect(articles).toBeGreaterThan(0);
    expect(await news.locator(':scope > .count').textContent()).toBe(
      lang === 'zh' ? `（${articles} 篇，按年份浏览）` : ` (${articles} article${articles === 1 ? '' : 's'}, browse by year)`,
    );
    await expect(news.locator(`a[href="/${lang}/news/archive/2024/"]`)).toHaveText(lang === 'zh' ? '2024年新闻' : 'News from 2024');
    // A reader finds an article from the site map in two clicks: its year, then the article.
    await news.locator(`a[href="/${lang}/news/archive/2024/"]`).click();
    await page.locator(`.archive-list a[href="/${lang}/news/2024-new-momentum/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/news/2024-new-momentum/$`));
  });
}
