/** What journalists reach for: fact sheet (prints on one A4 page, every figure and fact with its source), image library, how to cite, contact; structured data. */
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { contentPages, readPage } from './site.ts';
import { hasGpsPointer } from './gps.ts';

for (const lang of ['zh', 'en'] as const) {
  test(`the ${lang} fact sheet prints on one A4 page, with the headline figures`, async ({ page }) => {
    await page.goto(`/${lang}/media/fact-sheet/`);
    await expect(page.locator('.sheet-figures')).toContainText(lang === 'zh' ? '370亿元' : 'CNY 37 billion');
    await expect(page.locator('.sheet-figures')).toContainText(lang === 'zh' ? '18.6%' : '18.6%');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBe(1);
  });

  test(`every figure and fact on the ${lang} fact sheet carries its own source`, async ({ page }) => {
    await page.goto(`/${lang}/media/fact-sheet/`);
    const items = page.locator('.sheet-figures tr, .sheet-facts li, #fs-policies ~ ul li');
    const count = await items.count();
    expect(count).toBeGreaterThan(15);
    for (let i = 0; i < count; i++) {
      const href = await items.nth(i).locator('.source-ref a').getAttribute('href');
      expect(href, await items.nth(i).innerText()).toMatch(/^#fs-source-\d+$/);
      await expect(page.locator(`${href} `)).toHaveCount(1);
    }
    // 86.9 km² comes from China News Service (12 Nov 2021), not from the article.
    const area = page.locator('.sheet-figures tr', { hasText: lang === 'zh' ? '86.9平方公里' : '86.9 km²' });
    const note = await area.locator('.source-ref a').getAttribute('href');
    await expect(page.locator(note!)).toHaveAttribute('data-source', 'chinanews-2021-11-12');
    await expect(area).toContainText(lang === 'zh' ? '2021年11月12日报道' : 'reported on 12 November 2021');
    // The facts the sources give beyond the article.
    const sheet = page.locator('.sheet');
    for (const text of lang === 'zh' ? ['2021年11月6日', '2022年1月4日', '一地六县', '白茅岭农场'] : ['6 November 2021', '4 January 2022', 'one farm, six counties', 'Baimaoling']) {
      await expect(sheet).toContainText(text);
    }
  });
}

test('the image library offers every image at full size, without metadata: a drawing as its SVG', async ({ page, request }) => {
  await page.goto('/en/media/images/');
  const items = page.locator('.library-item');
  expect(await items.count()).toBe(9);
  await expect(items.first()).toContainText('Usage');
  const links = page.locator('.library-item a[download]');
  await expect(links.first()).toHaveText('Download full size (SVG)');
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    const response = await request.get(href);
    const body = await response.body();
    const meta = await sharp(body).metadata();
    expect(meta.width).toBe(1500);
    if (href.endsWith('.svg')) {
      // Every image in the real site is a drawing: vector, optimised, nothing active or external.
      expect(response.headers()['content-type']).toBe('image/svg+xml');
      expect(meta.format).toBe('svg');
      expect(body.toString()).not.toMatch(/<script|\son\w+=|<foreignObject|<metadata|href="(?!#)/i);
    } else {
      expect(meta.format).toBe('jpeg');
      expect(meta.exif && hasGpsPointer(meta.exif)).toBeFalsy();
      expect(meta.xmp).toBeUndefined();
    }
  }
});

test('the media room shows how to cite in both languages and the media contact (visibly unfilled)', async ({ page }) => {
  await page.goto('/zh/media/');
  await expect(page.locator('blockquote[lang="zh-CN"]')).toContainText('规上工业产值：370亿元（2023年）');
  await expect(page.locator('blockquote[lang="en"]')).toContainText('CNY 37 billion (2023)');
  await expect(page.locator('a[href="/figures.csv"]')).toBeVisible();
  await expect(page.locator('#media-contact ~ dl .placeholder').first()).toHaveText('待填写');
});

test('every JSON-LD block parses and has the expected @type', () => {
  const expectType = (path: string, type: string) => {
    const blocks = [...readPage(path).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as { '@type': string });
    return blocks.map((b) => b['@type']).includes(type);
  };
  for (const path of contentPages()) {
    const blocks = [...readPage(path).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    for (const [, json = ''] of blocks) {
      const data = JSON.parse(json) as Record<string, unknown>;
      expect(data['@context'], path).toBe('https://schema.org');
      expect(typeof data['@type'], path).toBe('string');
    }
    const isHome = /^\/(zh|en)\/$/.test(path);
    expect(expectType(path, isHome ? 'GovernmentOrganization' : 'BreadcrumbList'), path).toBe(true);
  }
  expect(expectType('/en/news/2024-new-momentum/', 'NewsArticle')).toBe(true);
  expect(expectType('/zh/figures/', 'Dataset')).toBe(true);
  const dataset = [...readPage('/en/figures/').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    .map((m) => JSON.parse(m[1]!) as { '@type': string; distribution?: { contentUrl: string }[] })
    .find((b) => b['@type'] === 'Dataset');
  expect(dataset?.distribution?.map((d) => new URL(d.contentUrl).pathname)).toEqual(['/figures.csv', '/figures.json']);
});

test('every page’s share image exists in the build, 1200×630, in the page’s language', async ({ request }) => {
  for (const path of contentPages()) {
    const url = /<meta property="og:image" content="([^"]+)"/.exec(readPage(path))?.[1];
    expect(url, path).toBeTruthy();
    const response = await request.get(new URL(url!).pathname);
    expect(response.status(), `${path} → ${url}`).toBe(200);
    const meta = await sharp(await response.body()).metadata();
    expect([meta.format, meta.width, meta.height], path).toEqual(['png', 1200, 630]);
  }
});
