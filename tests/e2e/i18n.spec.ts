/** What a visitor sees of the two languages: lang, the selector, `/`, 404s. */
import { expect, test } from '@playwright/test';

for (const [prefix, lang, title] of [
  ['/zh/', 'zh-CN', '长三角（湖州）产业合作区'],
  ['/en/', 'en', 'Yangtze River Delta (Huzhou) Industrial Cooperation Zone'],
] as const) {
  test(`home page ${prefix} renders in its language`, async ({ page }) => {
    await page.goto(prefix);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.brand-name')).toHaveText(title);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', lang === 'en' ? 'en_US' : 'zh_CN');
  });
}

test('the language selector keeps the page, both ways', async ({ page }) => {
  await page.goto('/zh/policies/');
  const toEn = page.locator('[data-lang-switch]');
  await expect(toEn).toHaveAttribute('hreflang', 'en');
  await expect(toEn).toHaveAttribute('lang', 'en');
  await toEn.click();
  await expect(page).toHaveURL(/\/en\/policies\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/zh\/policies\/$/);
});


for (const [path, lang, heading] of [
  ['/zh/no-such-page/', 'zh-CN', '页面未找到'],
  ['/en/no-such-page/', 'en', 'Page not found'],
] as const) {
  test(`unknown path ${path} gets a 404 in its language`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(heading);
  });
}

for (const [locale, expected] of [
  ['en-US', /\/en\/$/],
  ['zh-CN', /\/zh\/$/],
] as const) {
  test(`/ sends a ${locale} browser to ${expected}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    // The server negotiates on Accept-Language…
    await page.goto('/');
    await expect(page).toHaveURL(expected);
    // …and the static page (for hosts that cannot) does the same in the browser.
    await page.goto('/index.html');
    await expect(page).toHaveURL(expected);
    await context.close();
  });
}

test('/ offers plain links to both languages without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/index.html');
  await expect(page.locator('a[hreflang="zh-CN"]')).toHaveAttribute('href', '/zh/');
  await expect(page.locator('a[hreflang="en"]')).toHaveAttribute('href', '/en/');
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
  await context.close();
});
