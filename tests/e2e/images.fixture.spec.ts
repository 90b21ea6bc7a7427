/**
 * A phone photo (GPS in EXIF, XMP, stored sideways with orientation 6) through the
 * real build: every file the site serves for it is upright and carries no metadata.
 */
import { expect, test } from '@playwright/test';
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
