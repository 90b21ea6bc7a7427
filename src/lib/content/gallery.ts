/** Gallery images with everything the page needs: the large view, the placeholder, text in one language. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getEntry } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { getImage } from 'astro:assets';
import { dominantColor } from './placeholder.ts';
import { optimizeSvg } from '../shared/svg.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ImageMetadata } from 'astro';

/** Widths of the large view (lightbox, no-JS link); the grid uses `gridWidths`. */
export const largeWidths = [1280, 1920];
export const gridWidths = [400, 800, 1200];
/** Matches the grid: one column on phones, two on tablets, three from 1000 px in a 1200 px container. */
export const gridSizes = '(min-width: 1200px) 368px, (min-width: 1000px) 31vw, (min-width: 640px) 47vw, 92vw';

export type GalleryId = 'zone' | `projects/${string}`;

/** The credit line under a caption, unless the caption already says it (a stand-in drawing's “示意图…”). */
export const creditShown = (img: { caption: string; credit: string }) => img.credit !== '' && !img.caption.includes(img.credit);

/** A drawing: served as optimised SVG (src/lib/build/image-service.ts), never rasterised. */
export const isVector = (src: ImageMetadata) => src.format === 'svg';

/** The URL of a drawing's optimised SVG (hashed, under /_astro/). */
export async function vectorUrl(src: ImageMetadata) {
  return (await getImage({ src, format: 'svg' })).src;
}

/**
 * A drawing as a data: URL, optimised and checked like its file: for the one image that
 * must paint with the page's first round trip (the home hero, the page's largest paint),
 * at the cost of ~3.8 KB gzip of HTML instead of a second request.
 */
export function svgDataUrl(originalPath: string) {
  return `data:image/svg+xml,${encodeURIComponent(optimizeSvg(readFileSync(originalPath, 'utf8'), originalPath))}`;
}

/**
 * The file offered as "full size": a drawing's SVG, or a photograph re-encoded as JPEG
 * at its full width by sharp (upright, no EXIF, GPS, XMP or IPTC).
 */
export async function fullSize(src: ImageMetadata) {
  if (isVector(src)) return { href: await vectorUrl(src), width: src.width, height: src.height, format: 'SVG' };
  const jpeg = await getImage({ src, format: 'jpg', width: src.width });
  return { href: jpeg.src, width: Number(jpeg.attributes.width), height: Number(jpeg.attributes.height), format: 'JPEG' };
}

/**
 * Paths of a gallery's original files, in order. The content layer turns `src` into
 * processed-image metadata; the placeholder colour is read from the original.
 */
function originalPaths(filePath: string | undefined): string[] {
  if (!filePath) return [];
  const data = parseYaml(readFileSync(filePath, 'utf8')) as { images?: { src?: string }[] };
  return (data.images ?? []).map((img) => resolve(dirname(filePath), img.src ?? ''));
}

export async function getGallery(id: GalleryId, locale: Locale) {
  const entry = await getEntry('galleries', id);
  if (!entry) return [];
  const originals = originalPaths(entry.filePath);
  return Promise.all(
    entry.data.images.map(async (img, index) => {
      const vector = isVector(img.src);
      // Never upscale: a 1500 px original is offered at 1280 and 1500.
      const widths = [...new Set(largeWidths.map((w) => Math.min(w, img.src.width)))];
      const largest = vector ? img.src.width : Math.max(...widths);
      const [link, jpeg, webp, avif] = vector
        ? [{ src: await vectorUrl(img.src) }]
        : await Promise.all([
            getImage({ src: img.src, width: largest, format: 'jpg' }),
            ...(['jpg', 'webp', 'avif'] as const).map((format) => getImage({ src: img.src, widths, format })),
          ]);
      return {
        src: img.src,
        alt: img.alt[locale],
        caption: img.caption[locale],
        credit: img.credit[locale],
        usage: img.usage[locale],
        date: img.date,
        illustration: img.illustration,
        color: await dominantColor(originals[index]),
        /** The original file (for a drawing inlined with `svgDataUrl`). */
        original: originals[index],
        vector,
        /** The large view on its own, for the no-JavaScript link: the SVG, or a plain JPEG. */
        large: link!.src,
        largeWidth: largest,
        largeHeight: Math.round((largest / img.src.width) * img.src.height),
        /** Responsive sources of a photograph's large view (none for a drawing: one SVG fits all). */
        largeSrcset: jpeg && webp && avif && { jpeg: jpeg.srcSet.attribute, webp: webp.srcSet.attribute, avif: avif.srcSet.attribute },
      };
    }),
  );
}
export type GalleryImage = Awaited<ReturnType<typeof getGallery>>[number];

/** Each gallery's cover (first image) with its placeholder colour. */
export async function getCover(id: GalleryId) {
  const entry = await getEntry('galleries', id);
  const cover = entry?.data.images[0];
  if (!entry || !cover) return undefined;
  return { image: cover, count: entry.data.images.length, color: await dominantColor(originalPaths(entry.filePath)[0]) };
}
