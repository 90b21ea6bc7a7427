/** Gallery images with everything the page needs: the large view, the placeholder, text in one language. */
import { getEntry } from 'astro:content';
import { getImage } from 'astro:assets';
import { dominantColor } from './placeholder.ts';
import type { Locale } from '../i18n/locales.ts';

/** Widths of the large view (lightbox, no-JS link); the grid uses `gridWidths`. */
export const largeWidths = [1280, 1920];
export const gridWidths = [400, 800, 1200];
/** Matches the grid: one column on phones, two on tablets, three from 1000 px in a 1200 px container. */
export const gridSizes = '(min-width: 1200px) 368px, (min-width: 1000px) 31vw, (min-width: 640px) 47vw, 92vw';

export type GalleryId = 'zone' | `projects/${string}`;

export async function getGallery(id: GalleryId, locale: Locale) {
  const entry = await getEntry('galleries', id);
  if (!entry) return [];
  return Promise.all(
    entry.data.images.map(async (img) => {
      // Never upscale: a 1500 px original is offered at 1280 and 1500.
      const widths = [...new Set(largeWidths.map((w) => Math.min(w, img.src.width)))];
      const largest = Math.max(...widths);
      const [link, jpeg, webp, avif] = await Promise.all([
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
        color: await dominantColor(img.src),
        /** A plain JPEG for the no-JavaScript link and downloads. */
        large: link!.src,
        largeWidth: largest,
        largeHeight: Math.round((largest / img.src.width) * img.src.height),
        largeSrcset: { jpeg: jpeg!.srcSet.attribute, webp: webp!.srcSet.attribute, avif: avif!.srcSet.attribute },
      };
    }),
  );
}
export type GalleryImage = Awaited<ReturnType<typeof getGallery>>[number];
