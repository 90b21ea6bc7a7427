/**
 * The head of every built page, walked in real Chromium: lang, canonical,
 * hreflang alternates reciprocal between twins, Open Graph locale; and the sitemap.
 */
import { expect, test, type Page } from '@playwright/test';
import { contentPages } from './site.ts';

const pages = contentPages();

interface Head {
  lang: string | null;
  canonical: string | null;
  alternates: Record<string, string>;
  ogLocale: string | null;
  ogAlternates: string[];
}

async function readHead(page: Page, path: string): Promise<Head> {
  await page.goto(path);
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null,
    alternates: Object.fromEntries(
      [...document.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    ),
    ogLocale: document.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? null,
    ogAlternates: [...document.querySelectorAll('meta[property="og:locale:alternate"]')].map((m) => m.getAttribute('content') ?? ''),
  }));
}

test('there are pages to walk, in both languages', () => {
  expect(pages.filter((p) => p.startsWith('/zh/')).length).toBeGreaterThan(10);
  expect(pages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(10);
});

test('every page: lang, canonical, reciprocal hreflang, x-default, Open Graph locale', async ({ page }) => {
  test.setTimeout(120_000);
  const heads = new Map<string, Head>();
  for (const path of pages) heads.set(path, await readHead(page, path));

  for (const [path, head] of heads) {
    const isEn = path.startsWith('/en/');
    expect.soft(head.lang, path).toBe(isEn ? 'en' : 'zh-CN');
    expect.soft(new URL(head.canonical ?? '').pathname, `${path} canonical`).toBe(path);
    expect.soft(new URL(head.alternates[head.lang ?? ''] ?? '').pathname, `${path} lists itself`).toBe(path);
    expect.soft(head.alternates['x-default'], `${path} x-default`).toBeTruthy();
    expect.soft(head.ogLocale, path).toBe(isEn ? 'en_US' : 'zh_CN');

    const twinLang = isEn ? 'zh-CN' : 'en';
    const twinUrl = head.alternates[twinLang];
    if (!twinUrl) {
      expect.soft(head.ogAlternates, `${path} has no twin, so no og:locale:alternate`).toEqual([]);
      continue;
    }
    const twin = heads.get(new URL(twinUrl).pathname);
    expect.soft(twin, `${path} → ${twinUrl} is a built page`).toBeTruthy();
    if (twin) {
      expect.soft(new URL(twin.alternates[head.lang ?? ''] ?? '').pathname, `${twinUrl} points back to ${path}`).toBe(path);
      expect.soft(twin.alternates['x-default'], 'twins share x-default').toBe(head.alternates['x-default']);
    }
    expect.soft(head.ogAlternates, path).toEqual([isEn ? 'zh_CN' : 'en_US']);
  }
});

test('every sitemap URL lists its alternates in both languages', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(sitemaps.length).toBeGreaterThan(0);
  const urls: { loc: string; links: Record<string, string> }[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    for (const [, body = ''] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '';
      const links = Object.fromEntries([...body.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
      urls.push({ loc, links });
    }
  }
  const paths = urls.map((u) => new URL(u.loc).pathname).sort();
  expect(paths).toEqual(pages);
  for (const { loc, links } of urls) {
    expect.soft(Object.keys(links).sort(), loc).toEqual(['en', 'zh-CN']);
    expect.soft(Object.values(links), `${loc} lists itself`).toContain(loc);
  }
});

test('robots.txt points at the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap-index\.xml$/m);
});
