/**
 * A page that exists in one language only (built from tests/fixtures/one-language):
 * no link leads to a 404, hreflang lists only the version that exists.
 */
import { expect, test } from '@playwright/test';

const path = '/zh/news/only-chinese/';

test('the selector on a one-language page goes to the section index in the other language', async ({ page }) => {
  await page.goto(path);
  const selector = page.locator('[data-lang-switch]');
  await expect(selector).toHaveAttribute('href', '/en/news/');
  await selector.click();
  await expect(page).toHaveURL(/\/en\/news\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('News');
});

test('hreflang lists only the language that exists', async ({ page }) => {
  await page.goto(path);
  await expect(page.locator('link[rel=alternate][hreflang="zh-CN"]')).toHaveCount(1);
  await expect(page.locator('link[rel=alternate][hreflang="en"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(0);
});

test('the other language does not list the page', async ({ page }) => {
  await page.goto('/en/news/');
  await expect(page.locator(`a[href="${path}"], a[href="/en/news/only-chinese/"]`)).toHaveCount(0);
  const response = await page.request.get('/en/news/only-chinese/');
  expect(response.status()).toBe(404);
});

test('the sitemap lists the one-language page without an alternate that does not exist', async ({ request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  const entry = /<url><loc>[^<]*\/zh\/news\/only-chinese\/<\/loc>([\s\S]*?)<\/url>/.exec(xml)?.[1];
  expect(entry).toBeDefined();
  expect(entry).not.toContain('hreflang="en"');
});
