/**
 * Publishing, on a production build of tests/fixtures/one-language: drafts and
 * scheduled articles stay out, a scaffolded article appears once published,
 * feeds per language, one-language articles never lead to a 404.
 */
import { expect, test } from '@playwright/test';

test('drafts and future-dated articles are absent from the production build', async ({ page, request }) => {
  for (const lang of ['zh', 'en']) {
    for (const slug of ['draft-article', 'scheduled-article']) {
      expect((await request.get(`/${lang}/news/${slug}/`)).status(), `${lang}/${slug}`).toBe(404);
    }
    await page.goto(`/${lang}/news/`);
    await expect(page.locator('.news-list a[href*="draft-article"], .news-list a[href*="scheduled-article"]')).toHaveCount(0);
  }
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).not.toMatch(/draft-article|scheduled-article/);
});

test('an article made with new:article appears in both languages once draft is removed', async ({ page }) => {
  await page.goto('/zh/news/');
  await page.locator('a[href="/zh/news/scaffolded/"]').click();
  await expect(page.locator('h1')).toHaveText('脚手架测试文章');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/en\/news\/scaffolded\/$/);
  await expect(page.locator('h1')).toHaveText('Scaffold test article');
});

test('each language has its own RSS 2.0 feed, linked from every page, listing only its own articles', async ({ page, request }) => {
  for (const [lang, own, other] of [
    ['zh', '仅有中文版的测试新闻', 'A test article in English only'],
    ['en', 'A test article in English only', '仅有中文版的测试新闻'],
  ] as const) {
    await page.goto(`/${lang}/about/`);
    const href = await page.locator('link[rel=alternate][type="application/rss+xml"]').getAttribute('href');
    expect(href).toBe(`/${lang}/rss.xml`);
    const xml = await (await request.get(href!)).text();
    // Parse it as the XML it claims to be.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        root: doc.documentElement.nodeName,
        language: doc.querySelector('channel > language')?.textContent,
        titles: [...doc.querySelectorAll('item > title')].map((t) => t.textContent),
        links: [...doc.querySelectorAll('item > link')].map((t) => t.textContent ?? ''),
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('rss');
    expect(parsed.version).toBe('2.0');
    expect(parsed.language).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(parsed.titles).toContain(own);
    expect(parsed.titles).not.toContain(other);
    for (const link of parsed.links) expect(new URL(link).pathname.startsWith(`/${lang}/news/`)).toBe(true);
    expect(parsed.titles.join()).not.toMatch(/草稿|Draft test|定时|Scheduled/);
  }
});

test('a Chinese-only article: English readers get a notice in English, and no English page links to it', async ({ page }) => {
  await page.goto('/zh/news/only-chinese/');
  const notice = page.locator('[role=note][lang="en"]');
  await expect(notice).toContainText('available in Chinese only');
  await notice.locator('a').click();
  await expect(page).toHaveURL(/\/en\/news\/$/);
  await expect(page.locator('a[href*="only-chinese"]')).toHaveCount(0);
});

test('an English-only article: Chinese readers get a notice in Chinese; the selector avoids a 404', async ({ page }) => {
  await page.goto('/en/news/only-english/');
  await expect(page.locator('[role=note][lang="zh-CN"]')).toContainText('暂无中文版');
  await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', '/zh/news/');
  await page.goto('/zh/news/');
  await expect(page.locator('a[href*="only-english"]')).toHaveCount(0);
});

test('tags have their own pages per language, and dates follow the locale, with the update shown', async ({ page }) => {
  await page.goto('/zh/news/updated-article/');
  await expect(page.locator('.byline')).toContainText('2024年6月4日');
  await expect(page.locator('.byline')).toContainText('更新于');
  await expect(page.locator('.byline')).toContainText('2024年7月1日');
  await page.locator('.byline a.tag').click();
  await expect(page).toHaveURL(/\/zh\/news\/tags\/policy\/$/);
  await expect(page.locator('h1')).toHaveText('标签：政策');
  await expect(page.locator('.news-list a[href="/zh/news/updated-article/"]')).toHaveCount(1);
  await page.goto('/en/news/updated-article/');
  await expect(page.locator('.byline')).toContainText('4 June 2024');
  await page.goto('/en/news/tags/policy/');
  await expect(page.locator('.news-list > li')).toHaveCount(2);
});
