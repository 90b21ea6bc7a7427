/** Galleries as a visitor uses them: lightbox by keyboard, Back closes it, plain links without JavaScript. */
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { contentPages, readPage } from './site.ts';

const projectPage = '/en/projects/jiulong-machinery/';

test('every image on every page has width, height and alt; every <picture> offers AVIF and WebP', () => {
  let images = 0;
  let drawings = 0;
  for (const path of contentPages()) {
    const html = readPage(path);
    for (const [tag] of html.matchAll(/<img\s[^>]*>/g)) {
      images++;
      expect.soft(tag, `${path}: width`).toMatch(/\swidth="\d+"/);
      expect.soft(tag, `${path}: height`).toMatch(/\sheight="\d+"/);
      expect.soft(tag, `${path}: alt`).toMatch(/\salt="[^"]+"/);
      // A drawing's file, or (the home hero, painted with the page) its data: URL.
      if (/\ssrc="(\/_astro\/[^"]+\.svg|data:image\/svg\+xml,[^"]+)"/.test(tag)) drawings++;
    }
    for (const [picture] of html.matchAll(/<picture[\s>][\s\S]*?<\/picture>/g)) {
      expect.soft(picture, path).toContain('type="image/avif"');
      expect.soft(picture, path).toContain('type="image/webp"');
    }
  }
  expect(images).toBeGreaterThan(20);
  // The site's images are all drawings: served as SVG, never rasterised to AVIF/WebP/JPEG
  // (photographs still are: images.fixture.spec.ts).
  expect(drawings).toBe(images);
  for (const path of contentPages()) expect.soft(readPage(path), path).not.toMatch(/\/_astro\/[^"\s]+\.(avif|webp|jpe?g)\b/);
});

test('each project page and the gallery index show images, in both languages', async ({ page }) => {
  for (const lang of ['zh', 'en']) {
    await page.goto(`/${lang}/gallery/`);
    const covers = page.locator('.cover');
    expect(await covers.count()).toBe(7);
    for (const link of await page.locator('.cover a').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      const project = await page.context().newPage();
      await project.goto(href);
      await expect(project.locator('#gallery .gallery-item img').first()).toBeVisible();
      await project.close();
    }
  }
});

test('lightbox: open by keyboard, move with arrows, close with Esc, focus returns', async ({ page }) => {
  await page.goto(projectPage);
  const thumb = page.locator('.gallery-link').first();
  await thumb.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog[data-lightbox]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.lightbox-caption')).toContainText('Jiulong Machinery');
  await expect(dialog.locator('img')).toHaveAttribute('alt', /construction site/);
  await expect(dialog.locator('.lightbox-count')).toHaveText('1 of 1');
  // The drawing itself, loaded and drawn at the size of the view (an SVG has no raster sources).
  await expect(dialog.locator('img')).toHaveAttribute('src', /\/_astro\/[^/]+\.svg$/);
  await expect(dialog.locator('source')).toHaveCount(0);
  await expect.poll(() => dialog.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1500);
  expect((await dialog.locator('img').boundingBox())!.width).toBeGreaterThan(600);
  await page.keyboard.press('ArrowRight');
  await expect(dialog.locator('.lightbox-count')).toHaveText('1 of 1');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(thumb).toBeFocused();
  await expect(page).toHaveURL(projectPage);
});

test('lightbox: arrows move through a gallery of several images, wrapping; Back closes it', async ({ page }) => {
  await page.goto('/zh/gallery/');
  await page.locator('.zone-gallery .gallery-link').first().click();
  const dialog = page.locator('.zone-gallery dialog[data-lightbox]');
  await expect(dialog).toBeVisible();
  const count = dialog.locator('.lightbox-count');
  await expect(count).toHaveText('第 1 张，共 2 张');
  await expect(dialog.locator('.lightbox-caption')).toContainText('长合区鸟瞰效果图');
  await page.keyboard.press('ArrowRight');
  await expect(count).toHaveText('第 2 张，共 2 张');
  await expect(dialog.locator('.lightbox-caption')).toContainText('南山山平台');
  await page.keyboard.press('ArrowRight');
  await expect(count).toHaveText('第 1 张，共 2 张');
  await page.keyboard.press('ArrowLeft');
  await expect(count).toHaveText('第 2 张，共 2 张');
  // Focus never reaches the page behind the open dialog (it is inert); past the last
  // button it may rest on the browser itself (document.body), as with any modal dialog.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => (document.activeElement === document.body ? 'browser' : document.activeElement?.closest('dialog') ? 'dialog' : document.activeElement?.outerHTML.slice(0, 80)));
    expect(['dialog', 'browser']).toContain(where);
  }
  await page.goBack();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/zh\/gallery\/$/);
});

test('lightbox: a swipe moves to the next image', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/en/gallery/');
  await page.locator('.zone-gallery .gallery-link').first().click();
  const dialog = page.locator('.zone-gallery dialog[data-lightbox]');
  const stage = dialog.locator('.lightbox-stage');
  const box = (await stage.boundingBox())!;
  const y = box.y + box.height / 2;
  await stage.dispatchEvent('pointerdown', { clientX: box.x + box.width * 0.8, clientY: y, pointerType: 'touch' });
  await stage.dispatchEvent('pointerup', { clientX: box.x + box.width * 0.2, clientY: y, pointerType: 'touch' });
  await expect(dialog.locator('.lightbox-count')).toHaveText('2 of 2');
  await expect(dialog).toBeVisible();
  await context.close();
});

test('without JavaScript a thumbnail is a link to the drawing, served as a safe SVG', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(projectPage);
  const href = await page.locator('.gallery-link').first().getAttribute('href');
  expect(href).toMatch(/^\/_astro\/[^/]+\.svg$/);
  const response = await page.goto(href!);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['content-type']).toBe('image/svg+xml');
  // Opened on its own an SVG is a document: our CSP and nosniff apply, and it holds nothing active.
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  const svg = await response!.text();
  expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1500 1000"/);
  expect(svg).not.toMatch(/<script|\son\w+=|<foreignObject|href="(?!#)/i);
  await context.close();
});

test('the lightbox script loads only on gallery pages and stays within 10 KB gzip', async ({ page }) => {
  const scriptsOn = async (path: string) => {
    const urls: string[] = [];
    // The reading aids' script is on every page, budgeted in budgets.spec.ts.
    page.on('request', (r) => r.resourceType() === 'script' && !/\/reading-tools\.[\w-]+\.js$/.test(r.url()) && urls.push(r.url()));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('request');
    return urls;
  };
  expect(await scriptsOn('/en/about/')).toEqual([]);
  expect(await scriptsOn('/en/policies/')).toEqual([]);
  const galleryScripts = await scriptsOn(projectPage);
  expect(galleryScripts.length).toBeGreaterThan(0);
  let bytes = 0;
  for (const url of galleryScripts) {
    expect(new URL(url).host).toBe(new URL(page.url()).host);
    bytes += gzipSync(await (await page.request.get(url)).body()).length;
  }
  expect(bytes).toBeLessThanOrEqual(10 * 1024);
});

test('thumbnails are painted with their image’s dominant colour while they load', () => {
  const html = readPage('/zh/gallery/');
  const colours = [...html.matchAll(/background-color:(#[0-9a-f]{6})/g)].map((m) => m[1]);
  expect(colours.length).toBeGreaterThanOrEqual(9);
  // Read from each original by sharp, not the fallback used when no file is found.
  expect(colours.filter((c) => c !== '#e3f1ea').length).toBe(colours.length);
});

test('captions never say the same thing twice: a stand-in drawing’s credit is in its caption, a photo’s credit follows it', async ({ page }) => {
  for (const path of ['/zh/', '/en/', '/zh/gallery/', '/en/gallery/']) {
    await page.goto(path);
    for (const caption of await page.locator('figcaption').allInnerTexts()) {
      const label = path.startsWith('/zh/') ? '示意图' : 'Illustration';
      expect(caption.split(label).length - 1, `${path}: ${caption}`).toBeLessThanOrEqual(1);
      // Chinese takes a full-width colon; English an ASCII one.
      expect(caption, path).not.toMatch(path.startsWith('/zh/') ? /图片:/ : /Image：/);
    }
  }
});
