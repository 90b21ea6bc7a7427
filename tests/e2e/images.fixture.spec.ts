/**
 * A phone photo (GPS in EXIF, XMP, stored sideways with orientation 6) through the
 * real build: every file the site serves for it is upright and carries no metadata.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { hasGpsPointer } from './gps.ts';

test('served copies of a phone photo are upright and carry no EXIF, GPS, XMP or IPTC', async ({ page, request }) => {
  await page.goto('/en/');
  const urls = await page.evaluate(() => {
    const figure = document.querySelector('.hero-figure');
    const srcsets = [...(figure?.querySelectorAll('source, img') ?? [])].map((el) => el.getAttribute('srcset') ?? el.getAttribute('src') ?? '');
    const list = srcsets.flatMap((s) => s.split(',').map((part) => part.trim().split(' ')[0] ?? ''));
    list.push(figure?.querySelector('a')?.getAttribute('href') ?? '');
    return [...new Set(list.filter(Boolean))];
  });
  const formats = new Set<string>();
  expect(urls.length).toBeGreaterThanOrEqual(4);
  for (const url of urls) {
    const body = await (await request.get(url)).body();
    const meta = await sharp(body).metadata();
    formats.add(meta.format ?? '');
    expect.soft(meta.exif, `${url} has EXIF`).toBeUndefined();
    expect.soft(meta.exif ? hasGpsPointer(meta.exif) : false, `${url} has GPS`).toBe(false);
    expect.soft(meta.xmp, `${url} has XMP`).toBeUndefined();
    expect.soft(meta.iptc, `${url} has IPTC`).toBeUndefined();
    expect.soft([undefined, 1], `${url} orientation`).toContain(meta.orientation);
    // Upright: landscape, red on the right and blue on the left as the photographer saw it.
    expect.soft(meta.width!, `${url} is landscape`).toBeGreaterThan(meta.height!);
    const { data, info } = await sharp(body).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number) => {
      const i = (Math.round(info.height / 2) * info.width + x) * info.channels;
      return { r: data[i]!, b: data[i + 2]! };
    };
    expect.soft(pixel(info.width - 5).r, `${url}: right edge red`).toBeGreaterThan(150);
    expect.soft(pixel(4).b, `${url}: left edge blue`).toBeGreaterThan(150);
  }
  expect([...formats].sort()).toEqual(['heif', 'jpeg', 'webp']);
});

test('the media room offers a photo’s full size as a JPEG: upright, full width, no metadata', async ({ page, request }) => {
  await page.goto('/en/media/images/');
  const link = page.locator('.library-item a[download]').first();
  await expect(link).toContainText('JPEG');
  const body = await (await request.get((await link.getAttribute('href'))!)).body();
  const meta = await sharp(body).metadata();
  expect([meta.format, meta.exif, meta.xmp, meta.iptc]).toEqual(['jpeg', undefined, undefined, undefined]);
  expect(meta.width!).toBeGreaterThan(meta.height!);
  expect(await link.textContent()).toContain(`${meta.width}×${meta.height}`);
});

test('no file in the built site carries EXIF with GPS, XMP or IPTC, linked or not', async () => {
  // Read from disk, not through pages: a file no page links is still served to whoever guesses it.
  const root = 'tests/.output/fixture-site';
  const images = readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => /\.(?:jpe?g|png|webp|avif|tiff?|gif|heic)$/i.test(f));
  expect(images.some((f) => f.startsWith('_astro/exif-photo.'))).toBe(true);
  for (const file of images) {
    const meta = await sharp(join(root, file)).metadata();
    expect.soft(meta.exif ? hasGpsPointer(meta.exif) : false, `${file} has GPS`).toBe(false);
    expect.soft(meta.exif, `${file} has EXIF`).toBeUndefined();
    expect.soft(meta.xmp, `${file} has XMP`).toBeUndefined();
    expect.soft(meta.iptc, `${file} has IPTC`).toBeUndefined();
  }
  const drawings = readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.svg'));
  for (const file of drawings) {
    expect.soft(readFileSync(join(root, file), 'utf8'), `${file} has metadata`).not.toMatch(/<metadata|xmpmeta|<rdf:/i);
  }
});
