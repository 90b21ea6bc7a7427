/** Site search as visitors use it: Chinese and English queries, results in the reader's language only, nothing loaded before a search. */
import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, lang: 'zh' | 'en', query: string) {
  await page.goto(`/${lang}/search/`);
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|正在搜索|Searching/);
  return page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

for (const [query, expected] of [
  ['数控机床', '/zh/industries/robotics-cnc/'],
  ['新能源汽车', '/zh/industries/nev/'],
  ['利羿', '/zh/projects/liyi-precision/'],
] as const) {
  test(`Chinese query “${query}” finds ${expected}, in Chinese only`, async ({ page }) => {
    const paths = await search(page, 'zh', query);
    expect(paths).toContain(expected);
    expect(paths.every((p) => p.startsWith('/zh/'))).toBe(true);
    await expect(page.locator('[data-search-status]')).toHaveText(/找到 \d+ 条结果/);
  });
}

for (const [query, expected] of [
  ['CNC', '/en/industries/robotics-cnc/'],
  ['Liyi', '/en/projects/liyi-precision/'],
] as const) {
  test(`English query “${query}” finds ${expected}, in English only`, async ({ page }) => {
    const paths = await search(page, 'en', query);
    expect(paths).toContain(expected);
    expect(paths.every((p) => p.startsWith('/en/'))).toBe(true);
  });
}

test('the header search link leads to the search page; ?q= runs the search; nothing found is said', async ({ page }) => {
  await page.goto('/en/about/');
  await page.locator('.search-link').click();
  await expect(page).toHaveURL(/\/en\/search\/$/);
  await page.goto('/en/search/?q=zzzzqqq');
  await expect(page.locator('[data-search-status]')).toHaveText('Nothing found for “zzzzqqq”.');
});

test('no search code or index loads until a search starts, and all of it comes from this site', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  for (const path of ['/zh/', '/en/about/', '/en/search/']) await page.goto(path, { waitUntil: 'networkidle' });
  expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox').fill('Zone');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  const pagefind = requested.filter((u) => u.includes('/pagefind/'));
  expect(pagefind.length).toBeGreaterThan(0);
  expect(requested.every((u) => new URL(u).host === new URL(page.url()).host)).toBe(true);
});
