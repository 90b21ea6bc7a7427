/**
 * Reading aids (src/components/layout/ReadingTools.astro, src/scripts/reading-tools.js):
 * each control changes what it says, the choice persists across pages and reloads
 * and applies before first paint, high contrast reaches WCAG AAA, large text never
 * scrolls sideways, and without JavaScript or with garbage in storage nothing breaks.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const KEY = 'reading-prefs';

/** One page of every kind, in both languages (as in quality.spec.ts). */
const pageTypes = [
  '', 'about/', 'industries/', 'industries/nev/', 'projects/', 'projects/liyi-precision/', 'gallery/', 'policies/',
  'business/', 'cooperation/', 'innovation/', 'news/', 'news/2024-new-momentum/', 'news/tags/feature/', 'figures/', 'contact/',
  'media/', 'media/fact-sheet/', 'media/images/', 'search/',
].flatMap((route) => [`/zh/${route}`, `/en/${route}`]);

const px = (value: string) => parseFloat(value);

/** Store preferences before any page script runs, as a returning visitor would have them. */
async function storePrefs(page: Page, value: string) {
  await page.addInitScript(([key, v]) => {
    // Only on the first document of the test, so the page's own changes are not overwritten on navigation.
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, value] as const);
}

async function styles(page: Page) {
  await page.waitForLoadState('domcontentloaded');
  await page.locator('.prose p').first().waitFor();
  return page.evaluate(() => {
    const of = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      root: of('html').fontSize,
      body: of('.prose p').fontSize,
      bodyColor: of('.prose p').color,
      lineHeight: of('.prose p').lineHeight,
      h1: of('h1').fontSize,
      h1Color: of('h1').color,
    };
  });
}

const tools = (page: Page) => page.getByRole('complementary', { name: /阅读辅助|Reading aids/ });
const sizeButton = (page: Page, step: number) => tools(page).locator(`button[data-pref="text"][data-value="${step}"]`);

test('text size: four steps scale body text and headings to 115, 130 and 150 %', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/en/about/');
  const base = await styles(page);
  await expect(sizeButton(page, 0)).toHaveAttribute('aria-pressed', 'true');
  for (const [step, factor, name] of [[1, 1.15, 'large'], [2, 1.3, 'larger'], [3, 1.5, 'largest']] as const) {
    await sizeButton(page, step).click();
    const now = await styles(page);
    expect(px(now.body) / px(base.body)).toBeCloseTo(factor, 2);
    // Headings are clamp()ed between rem values: at 1440 px they sit on the rem maximum.
    expect(px(now.h1) / px(base.h1)).toBeCloseTo(factor, 2);
    await expect(sizeButton(page, step)).toHaveAttribute('aria-pressed', 'true');
    await expect(tools(page).locator('button[data-pref="text"][aria-pressed="true"]')).toHaveCount(1);
    await expect(tools(page).getByRole('status')).toHaveText(`Text size: ${name}`);
  }
  // The layout grows with the text: the content column is wider in px at the largest step.
  const column = await page.locator('.container').first().evaluate((el) => getComputedStyle(el).maxWidth);
  expect(px(column)).toBeCloseTo(1200 * 1.5, 0);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"text":3}');
});

test('high contrast: darker text and headings, announced, and the choice stored', async ({ page }) => {
  await page.goto('/zh/about/');
  const before = await styles(page);
  const toggle = tools(page).locator('button[data-pref="contrast"]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(tools(page).getByRole('status')).toHaveText('高对比度：已开启');
  const after = await styles(page);
  expect(before.bodyColor).not.toBe(after.bodyColor);
  expect(after.bodyColor).toBe('rgb(0, 0, 0)');
  expect(after.h1Color).toBe('rgb(0, 36, 27)');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"contrast":"more"}');
  await toggle.click();
  await expect(tools(page).getByRole('status')).toHaveText('高对比度：已关闭');
  expect((await styles(page)).bodyColor).toBe(before.bodyColor);
  // Switched off without a system preference: nothing left to remember.
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('wide spacing: taller lines, announced; reset restores every default and clears storage', async ({ page }) => {
  await page.goto('/en/about/');
  const before = await styles(page);
  const toggle = tools(page).locator('button[data-pref="spacing"]');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(tools(page).getByRole('status')).toHaveText('Wide spacing: on');
  const after = await styles(page);
  expect(px(after.lineHeight) / px(before.lineHeight)).toBeGreaterThanOrEqual(1.2);

  await sizeButton(page, 2).click();
  await tools(page).locator('button[data-pref="contrast"]').click();
  await tools(page).locator('button[data-pref="reset"]').click();
  await expect(tools(page).getByRole('status')).toHaveText('Default display restored');
  expect(await styles(page)).toEqual(before);
  await expect(tools(page).locator('[aria-pressed="true"]')).toHaveCount(1); // "standard" size
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  expect(await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).sort())).toEqual(['data-rt', 'lang']);
});

test('choices persist to the next page, across a reload and in a new visit', async ({ page, context }) => {
  await page.goto('/zh/');
  await sizeButton(page, 3).click();
  await tools(page).locator('button[data-pref="contrast"]').click();
  await tools(page).locator('button[data-pref="spacing"]').click();
  const chosen = await styles(page);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '区位定位' }).click();
  await expect(page).toHaveURL(/\/zh\/about\/$/);
  const next = await styles(page);
  expect(next.root).toBe(chosen.root);
  expect(next.bodyColor).toBe('rgb(0, 0, 0)');
  await expect(sizeButton(page, 3)).toHaveAttribute('aria-pressed', 'true');
  await expect(tools(page).locator('button[data-pref="contrast"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(tools(page).locator('button[data-pref="spacing"]')).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  expect(await styles(page)).toEqual(next);

  // The other language and a new tab share the same stored choice.
  const other = await context.newPage();
  await other.goto('/en/about/');
  expect((await styles(other)).root).toBe(chosen.root);
  expect(await other.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"text":3,"contrast":"more","spacing":"wide"}');
});

test('applied before first paint: attributes are set before the first frame and before the body is parsed', async ({ page }) => {
  await storePrefs(page, '{"text":3,"contrast":"more"}');
  await page.addInitScript(() => {
    const seen: Record<string, unknown> = {};
    (window as unknown as { seen: typeof seen }).seen = seen;
    // The first animation frame runs before the first paint.
    requestAnimationFrame(() => {
      seen.frameRoot = getComputedStyle(document.documentElement).fontSize;
      seen.frameText = document.documentElement.getAttribute('data-text');
    });
    // When the <body> element is created, the head script must already have run.
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      seen.bodyText = document.documentElement.getAttribute('data-text');
      seen.bodyContrast = document.documentElement.getAttribute('data-contrast');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => {
      seen.domColor = getComputedStyle(document.querySelector('h1')!).color;
    });
  });
  await page.goto('/en/about/', { waitUntil: 'load' });
  const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, unknown> }).seen);
  const defaultRoot = 16;
  expect(seen).toEqual({
    bodyText: '3',
    bodyContrast: 'more',
    frameText: '3',
    frameRoot: `${defaultRoot * 1.5}px`,
    domColor: 'rgb(0, 36, 27)',
  });
});

test('keyboard: the skip link first, then the reading aids', async ({ page }) => {
  await page.goto('/zh/about/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sizeButton(page, 0)).toBeFocused();
  await expect(sizeButton(page, 0)).toHaveAccessibleName('A 标准');
  // Operable from the keyboard, with a visible focus indicator.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(sizeButton(page, 1)).toHaveAttribute('aria-pressed', 'true');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  for (const name of ['A 较大', 'A 特大', '高对比度', '宽行距', '恢复默认']) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName(name);
  }
});

test('without JavaScript: no controls, nothing applied, the page laid out as before', async ({ browser }) => {
  const measure = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto('/en/about/');
    const result = {
      toolsVisible: await page.locator('.reading-tools').isVisible(),
      attributes: await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).sort()),
      headerTop: (await page.locator('.site-header').boundingBox())!.y,
      h1Top: (await page.locator('h1').boundingBox())!.y,
      toolsHeight: (await page.locator('.reading-tools').boundingBox())?.height ?? 0,
      style: await styles(page),
    };
    await context.close();
    return result;
  };
  const off = await measure(false);
  const on = await measure(true);
  expect(off.toolsVisible).toBe(false);
  expect(off.attributes).toEqual(['lang']);
  expect(off.headerTop).toBe(0);
  // With JavaScript the bar sits above the header and moves nothing else.
  expect(on.toolsVisible).toBe(true);
  expect(on.h1Top - on.toolsHeight).toBeCloseTo(off.h1Top, 0);
  expect(on.style).toEqual(off.style);
});

test('garbage in storage is ignored without errors, and replaced by the next choice', async ({ browser }) => {
  const garbage = [
    '{',
    'null',
    '"largest"',
    '[3]',
    'x'.repeat(1_000_000),
    JSON.stringify({ text: 9, contrast: 'maximum', spacing: true }),
    JSON.stringify({ text: '3', contrast: 1, spacing: 'wide"><script>alert(1)</script>' }),
    '{"text":2.5,"__proto__":{"text":3},"constructor":"x"}',
    JSON.stringify({ text: 3, pad: 'x'.repeat(500) }),
  ];
  for (const value of garbage) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await storePrefs(page, value);
    await page.goto('/en/about/');
    expect(errors, value.slice(0, 40)).toEqual([]);
    const attributes = await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).sort());
    expect(attributes, value.slice(0, 40)).toEqual(['data-rt', 'lang']);
    await sizeButton(page, 1).click();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"text":1}');
    await context.close();
  }
});

test('storage blocked (private modes, strict settings): the controls still work for the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const deny = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: deny });
  });
  await page.goto('/en/about/');
  await sizeButton(page, 3).click();
  expect((await styles(page)).root).toBe('24px');
  expect(errors).toEqual([]);
});

test('prefers-contrast: more applies high contrast without the toggle; the toggle can switch it off', async ({ page }) => {
  await page.emulateMedia({ contrast: 'more' });
  await page.goto('/en/about/');
  expect((await styles(page)).bodyColor).toBe('rgb(0, 0, 0)');
  const toggle = tools(page).locator('button[data-pref="contrast"]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect((await styles(page)).bodyColor).not.toBe('rgb(0, 0, 0)');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"contrast":"normal"}');
});

test('prefers-contrast: more, without JavaScript, gives exactly the colours of the toggle', async ({ browser }) => {
  const colours = async (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('body *')].map((el) => {
        const s = getComputedStyle(el);
        return `${s.color} ${s.backgroundColor} ${s.backgroundImage.slice(0, 30)} ${s.outlineColor} ${s.fill}`;
      }),
    );
  for (const path of ['/zh/', '/en/about/']) {
    const system = await browser.newContext({ javaScriptEnabled: false });
    const systemPage = await system.newPage();
    await systemPage.emulateMedia({ contrast: 'more' });
    await systemPage.goto(path);
    const toggled = await browser.newContext();
    const toggledPage = await toggled.newPage();
    await storePrefs(toggledPage, '{"contrast":"more"}');
    await toggledPage.goto(path);
    // The reading-aids bar exists in both, hidden without JavaScript; compare everything else.
    await toggledPage.evaluate(() => document.querySelector('.reading-tools')!.remove());
    await systemPage.evaluate(() => document.querySelector('.reading-tools')!.remove());
    const [a, b] = [await colours(systemPage), await colours(toggledPage)];
    expect(a.length).toBeGreaterThan(100);
    expect(a).toEqual(b);
    await system.close();
    await toggled.close();
  }
});

test('forced colours (Windows high contrast): the pressed state and focus stay visible, the map keeps its colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/en/about/');
  const look = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await look(sizeButton(page, 0))).not.toBe(await look(sizeButton(page, 1)));
  await sizeButton(page, 2).focus();
  await page.keyboard.press('Enter');
  expect(await look(sizeButton(page, 2))).not.toBe(await look(sizeButton(page, 1)));
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  // The schematic map is a picture: its water and land stay distinguishable.
  const fills = await page.locator('.delta-map').evaluate((map) =>
    ['.sea', '.zone-ring', 'text.zone'].map((s) => getComputedStyle(map.querySelector(s)!).fill),
  );
  expect(new Set(fills).size).toBe(3);
});

for (const path of pageTypes) {
  test(`high contrast reaches WCAG AAA: axe color-contrast-enhanced and A/AA rules pass on ${path}`, async ({ page }) => {
    await storePrefs(page, '{"contrast":"more","text":3}');
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'more');
    const results = await new AxeBuilder({ page })
      .options({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
        rules: { 'color-contrast-enhanced': { enabled: true } },
      })
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    // The enhanced rule ran, found text to check, and left nothing undecided.
    const enhanced = results.passes.find((r) => r.id === 'color-contrast-enhanced');
    expect(enhanced?.nodes.length ?? 0).toBeGreaterThan(10);
    expect(results.incomplete.filter((r) => r.id === 'color-contrast-enhanced').flatMap((r) => r.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });
}

test('largest text, wide spacing and high contrast: no horizontal scrolling at 320 px nor at 200 % zoom', async ({ browser }) => {
  test.setTimeout(120_000);
  for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 400 }]) {
    const context = await browser.newContext({ viewport });
    await context.addInitScript((key) => localStorage.setItem(key, '{"text":3,"contrast":"more","spacing":"wide"}'), KEY);
    const page = await context.newPage();
    for (const path of pageTypes) {
      await page.goto(path);
      expect(await page.locator('html').getAttribute('data-text')).toBe('3');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});
