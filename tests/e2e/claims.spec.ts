/**
 * Claims the sources do not support stay off the site: no "authoritative" label, no
 * "official website" until content/site.yaml confirms it, no inferred facts in key-facts
 * boxes; and what the sources do give (all five growth figures, "among the best in
 * Huzhou") shows on the home page with its source.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { contentPages, readPage } from './site.ts';

const site = parseYaml(readFileSync('content/site.yaml', 'utf8')) as { officialSite?: boolean };

test('no page calls its data "authoritative", nor itself "official" before the Committee confirms it', () => {
  const pages = ['/', ...contentPages()];
  for (const path of pages) {
    const html = path === '/' ? readFileSync('dist/index.html', 'utf8') : readPage(path);
    expect.soft(html, path).not.toMatch(/权威/);
    if (!site.officialSite) expect.soft(html, path).not.toMatch(/官方网站|[Oo]fficial website/);
  }
});

for (const lang of ['zh', 'en'] as const) {
  test(`the ${lang} home page shows the five growth figures and "among the best in Huzhou", each with its source`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const stats = page.locator('.hero-stats .stat');
    await expect(stats).toHaveCount(5);
    await expect(page.locator('.hero-stats')).toContainText('18.6%');
    await expect(page.locator('.hero-fact')).toContainText(lang === 'zh' ? '多个核心指标均走在湖州全市前列' : 'among the best in Huzhou');
    for (const item of [...(await stats.all()), page.locator('.hero-fact')]) {
      const href = await item.locator('.source-ref a').getAttribute('href');
      await expect(page.locator(href!)).toHaveAttribute('data-source', 'article-2024');
    }
  });

  test(`${lang} key-facts boxes hold only what the source states`, async ({ page }) => {
    // Create Century: the text only infers its industry from its name.
    await page.goto(`/${lang}/projects/create-century-cnc-base/`);
    await expect(page.locator('dl.facts')).not.toContainText(lang === 'zh' ? '所属产业' : 'Lead industry');
    // Xunchi: the source names the project (汽车智能车灯总成生产线), not the company's product range.
    await page.goto(`/${lang}/projects/xunchi-vision/`);
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText(lang === 'zh' ? '汽车智能车灯总成生产线' : 'smart automotive headlamp assemblies');
    await expect(facts).not.toContainText(lang === 'zh' ? '汽车视觉系统' : 'vision systems');
  });
}

test('the contiguous land reads as assembled, as the source says, not as available', () => {
  const json = (JSON.parse(readFileSync('dist/figures.json', 'utf8')) as { figures: { id: string; label_en: string; display_zh: string; period_kind: string }[] }).figures;
  const land = json.find((f) => f.id === 'contiguous-land');
  expect(land?.label_en).toMatch(/assembled/);
  expect(land?.label_en).not.toMatch(/available|offer/i);
  expect(land?.display_zh).toBe('近万亩');
  for (const f of json) expect(['asOf', 'during', 'issuedOn', 'reportedOn']).toContain(f.period_kind);
});

for (const lang of ['zh', 'en'] as const) {
  test(`the ${lang} Figures page names each period's kind, and only stocks read "as of"`, async ({ page }) => {
    await page.goto(`/${lang}/figures/`);
    const cells = page.locator('.figure-period');
    const count = await cells.count();
    expect(count).toBeGreaterThan(20);
    for (let i = 0; i < count; i++) {
      const kind = await cells.nth(i).locator('[data-period-kind]').getAttribute('data-period-kind');
      expect(['asOf', 'during', 'issuedOn', 'reportedOn']).toContain(kind);
      const text = await cells.nth(i).innerText();
      if (/截至|as of/.test(text)) expect(kind, text).toBe('asOf');
    }
    await expect(page.locator('#nev-chain-output .figure-period')).toContainText(lang === 'zh' ? '未说明为2023年全年还是累计' : 'not stated whether for 2023 alone or cumulative');
    await expect(page.locator('#provincial-policy-measures .figure-period')).toContainText(lang === 'zh' ? '2023年5月29日发布' : 'issued on 29 May 2023');
    await expect(page.locator('#area-planned .figure-period')).toContainText(lang === 'zh' ? '2021年11月12日报道' : 'reported on 12 November 2021');
  });
}
