/** How to invest: a page in both languages, in the main navigation, with its sources and the contact block. */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const pages = [
  { path: '/zh/invest/', other: '/en/invest/', lang: 'zh-CN', h1: '投资指南', nav: '投资指南', innovation: '创新平台', contact: '联系我们', labels: ['地址', '电话', '电子邮箱'], empty: '待填写' },
  { path: '/en/invest/', other: '/zh/invest/', lang: 'en', h1: 'How to invest', nav: 'How to invest', innovation: 'Innovation', contact: 'Contact', labels: ['Address', 'Telephone', 'E-mail'], empty: 'to be filled in' },
] as const;

for (const p of pages) {
  test(`${p.path} exists, is in the main navigation and marked as the current page`, async ({ page }) => {
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    await expect(page.locator('h1')).toHaveText(p.h1);
    const nav = page.locator('.site-header .main-nav');
    const link = nav.getByRole('link', { name: p.nav, exact: true });
    await expect(link).toHaveAttribute('href', p.path);
    await expect(link).toHaveAttribute('aria-current', 'page');
    // Innovation is in the main navigation too.
    await expect(nav.getByRole('link', { name: p.innovation, exact: true })).toHaveAttribute('href', p.path.replace('invest', 'innovation'));
  });

  test(`${p.path}: every step names its source, the figures are linked, the contact block is there`, async ({ page }) => {
    await page.goto(p.path);
    const steps = page.locator('.prose h2');
    // Seven steps, then the contact heading.
    await expect(steps).toHaveCount(8);
    await expect(steps.last()).toHaveText(p.contact);
    // Between each step's heading and the next, a source note that links to the article.
    const unsourced = await page.evaluate(() =>
      [...document.querySelectorAll('.prose h2')].slice(0, -1).flatMap((h2) => {
        for (let el = h2.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
          if (el.matches('.source-note') && el.querySelector('a[href*="/news/2024-new-momentum/#"]')) return [];
        }
        return [h2.textContent];
      }),
    );
    expect(unsourced).toEqual([]);
    for (const id of ['contiguous-land', 'xunchi-land', 'liyi-signing-to-entry-days']) {
      await expect(page.locator(`.prose a.fig[data-figure="${id}"]`)).toHaveCount(1);
    }
    const contact = page.locator('.prose dl.contact-list');
    for (const label of p.labels) await expect(contact.locator('dt', { hasText: label })).toBeVisible();
    // site.yaml is empty in the sources: every value shows the placeholder, nothing invented.
    await expect(contact.locator('.placeholder').first()).toHaveText(p.empty);
  });

  test(`${p.path}: axe finds no WCAG A/AA violation (notes, quotations, contact block)`, async ({ page }) => {
    await page.goto(p.path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });

  test(`${p.path}: the language switch goes to its twin`, async ({ page }) => {
    await page.goto(p.path);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${p.other.replace(/\//g, '\\/')}$`));
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${p.path.replace(/\//g, '\\/')}$`));
  });
}

test('on a 375 px phone the header keeps the name, search and language switch in view, and the nav scrolls to How to invest', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  for (const p of pages) {
    await page.goto(p.path);
    for (const selector of ['.brand', '.search-link', '[data-lang-switch]']) {
      const box = await page.locator(`.site-header ${selector}`).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
    const link = page.locator('.main-nav a', { hasText: p.nav });
    await link.scrollIntoViewIfNeeded();
    await expect(link).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  }
  await context.close();
});

test('on a desktop the thirteen sections fit the header in both languages, without scrolling the page', async ({ browser }) => {
  for (const width of [1180, 1440]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const p of pages) {
      await page.goto(p.path);
      const { overflow, outside } = await page.evaluate(() => {
        const nav = document.querySelector('.site-header .main-nav')!.getBoundingClientRect();
        const links = [...document.querySelectorAll('.site-header .main-nav a')].map((a) => a.getBoundingClientRect());
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          // The row starts half a link's padding left of the nav so the first label lines up with the page text.
          outside: links.filter((r) => r.right > nav.right + 0.5).length,
        };
      });
      expect(overflow, `${p.path} at ${width}px`).toBeLessThanOrEqual(0);
      expect(outside, `${p.path} at ${width}px`).toBe(0);
    }
    await page.close();
  }
});
