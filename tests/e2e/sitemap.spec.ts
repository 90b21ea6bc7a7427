/**
 * The site map pages (网站地图) list every built page of their language and nothing
 * else, and agree with the XML sitemap search engines read.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPages, dist, exists, readPage } from './site.ts';

const xmlPaths = () =>
  [...readFileSync(join(dist, 'sitemap-index.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, index]) =>
    [...readFileSync(join(dist, new URL(index!).pathname), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => decodeURI(new URL(url!).pathname)),
  );

for (const lang of ['zh', 'en']) {
  const self = `/${lang}/sitemap/`;

  test(`${self} lists every built ${lang} page (but 404 and itself), and only built pages`, () => {
    const html = readPage(self);
    const list = /<div[^>]*data-sitemap-list[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    const listed = [...list.matchAll(/<a href="([^"]+)"/g)].map((m) => decodeURI(m[1]!));
    const built = contentPages().filter((p) => p.startsWith(`/${lang}/`) && p !== self);
    expect(listed.length).toBeGreaterThan(20);
    expect(new Set(listed).size, 'each page once').toBe(listed.length);
    expect([...listed].sort()).toEqual(built);
    expect(listed.filter((p) => !exists(p))).toEqual([]);
    // Same list as the XML sitemap.
    expect(xmlPaths().filter((p) => p.startsWith(`/${lang}/`) && p !== self).sort()).toEqual(built);
  });

  test(`${self}: sections in navigation order, pages under their section`, async ({ page }) => {
    await page.goto(self);
    const sitemap = page.locator('main nav.sitemap');
    const top = sitemap.locator(':scope > div > ul > li > a');
    const headerNav = await page.locator("header nav.main-nav a[href]").evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const tops = await top.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(tops[0]).toBe(`/${lang}/`);
    const navOrder = headerNav.filter((h) => h !== `/${lang}/` && tops.includes(h));
    expect(tops.filter((h) => navOrder.includes(h))).toEqual(navOrder);
    expect(navOrder.length).toBeGreaterThan(5);
    await expect(sitemap.locator(`li:has(> a[href="/${lang}/projects/"]) a[href="/${lang}/projects/liyi-precision/"]`)).toHaveCount(1);
    await expect(sitemap.locator(`li:has(> a[href="/${lang}/news/"]) a[href="/${lang}/news/2024-new-momentum/"]`)).toHaveCount(1);
  });
}
