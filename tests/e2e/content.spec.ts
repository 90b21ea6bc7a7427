/** The content as readers and journalists meet it: sections in both languages, clean English, figures that match the data. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { contentPages } from './site.ts';

interface FigureYaml {
  id: string;
  value: number;
  unit: string;
  period: string | number | Date;
  label: { zh: string; en: string };
}
const figures = parseYaml(readFileSync('content/data/figures.yaml', 'utf8')) as FigureYaml[];
const sections = ['about', 'industries', 'industries/nev', 'industries/robotics-cnc', 'projects', 'gallery', 'policies', 'business', 'cooperation', 'innovation', 'news', 'figures', 'media', 'media/fact-sheet', 'media/images', 'search', 'contact'];

test('every section exists in both languages', () => {
  const pages = new Set(contentPages());
  for (const section of sections) {
    expect.soft(pages.has(`/zh/${section}/`), `/zh/${section}/`).toBe(true);
    expect.soft(pages.has(`/en/${section}/`), `/en/${section}/`).toBe(true);
  }
});

test('English pages have no Chinese outside elements marked lang="zh-CN"', async ({ page }) => {
  test.setTimeout(120_000);
  const offenders: string[] = [];
  for (const path of contentPages().filter((p) => p.startsWith('/en/'))) {
    await page.goto(path);
    const stray = await page.evaluate(() => {
      const han = /\p{Script=Han}/u;
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!han.test(text)) continue;
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
        if (!lang.startsWith('zh')) found.push(text.trim().slice(0, 40));
      }
      for (const el of document.querySelectorAll('[title],[alt],[aria-label]')) {
        for (const attr of ['title', 'alt', 'aria-label']) {
          const value = el.getAttribute(attr) ?? '';
          if (han.test(value) && !(el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh')) found.push(`${attr}=${value}`);
        }
      }
      return found;
    });
    offenders.push(...stray.map((s) => `${path}: ${s}`));
  }
  expect(offenders).toEqual([]);
});

test('figures.json and figures.csv parse and equal the data file', async ({ request }) => {
  const json = (await (await request.get('/figures.json')).json()) as { figures: { id: string; value: number; unit: string; label_zh: string; label_en: string }[] };
  expect(json.figures.map((f) => [f.id, f.value, f.unit, f.label_zh, f.label_en])).toEqual(
    figures.map((f) => [f.id, f.value, f.unit, f.label.zh, f.label.en]),
  );

  const csv = await (await request.get('/figures.csv')).text();
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
  const [header = [], ...body] = rows;
  const col = (name: string) => header.indexOf(name);
  expect(body.length).toBe(figures.length);
  body.forEach((row, i) => {
    expect(row[col('id')]).toBe(figures[i]?.id);
    expect(Number(row[col('value')])).toBe(figures[i]?.value);
    expect(row[col('label_zh')]).toBe(figures[i]?.label.zh);
    expect(row[col('label_en')]).toBe(figures[i]?.label.en);
  });
});

for (const lang of ['zh', 'en'] as const) {
  test(`the ${lang} Figures page lists every figure at a stable anchor, with the value the data gives`, async ({ page, request }) => {
    const json = (await (await request.get('/figures.json')).json()) as { figures: { id: string; display_zh: string; display_en: string }[] };
    await page.goto(`/${lang}/figures/`);
    for (const figure of json.figures) {
      const item = page.locator(`tr[id="${figure.id}"]`);
      await expect(item).toHaveCount(1);
      await expect(item.locator('.figure-value')).toHaveText(lang === 'zh' ? figure.display_zh : figure.display_en);
    }
    await expect(page.locator('a[href="/figures.csv"]')).toBeVisible();
    await expect(page.locator('a[href="/figures.json"]')).toBeVisible();
  });
}

test('a figure in prose shows the same value in both languages and links to its entry', async ({ page }) => {
  await page.goto('/zh/');
  await expect(page.locator('[data-figure="industrial-output-2023"]').first()).toHaveText('370亿元');
  await page.goto('/en/');
  const link = page.locator('[data-figure="industrial-output-2023"]').first();
  await expect(link).toHaveText('CNY 37 billion');
  await link.click();
  await expect(page).toHaveURL(/\/en\/figures\/#industrial-output-2023$/);
  await expect(page.locator('#industrial-output-2023')).toBeInViewport();
});

for (const lang of ['zh', 'en'] as const) {
  test(`the ${lang} map has a text alternative in its language`, async ({ page }) => {
    await page.goto(`/${lang}/about/`);
    const map = page.getByRole('img', { name: lang === 'zh' ? /长合区/ : /Zone/ });
    await expect(map).toBeVisible();
    await expect(page.locator('figure:has(svg) figcaption')).not.toBeEmpty();
  });
}

test('the news article: the Chinese original credited to its authors, the English marked as a translation', async ({ page }) => {
  await page.goto('/zh/news/');
  await page.locator('.news-list a').first().click();
  await expect(page.locator('.byline')).toContainText('吴丹');
  await expect(page.locator('.byline')).toContainText('李世超');
  await expect(page.locator('article')).toContainText('2023年完成规上工业产值370亿元，同比增长25.1%');
  await page.locator('[data-lang-switch]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.translation-note')).toContainText('translation of the Chinese original');
  await expect(page.locator('.byline')).toContainText('Wu Dan');
});

/** Minimal RFC 4180 parser for the test (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}
