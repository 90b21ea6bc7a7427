/**
 * `gallery.yaml` beside a project's text (`content/projects/<slug>/gallery.yaml`)
 * or for the Zone as a whole (`content/zone/gallery.yaml`): its images, in order.
 * The first image is the cover. Paths are relative to the YAML file.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { bilingual, isoDate } from './common.ts';

export const gallerySchema = ({ image }: SchemaContext) =>
  z.object({
    images: z
      .array(
        z.object({
          /** The image file beside this YAML file, e.g. `./site-2024-05.jpg`. Originals up to 8000 px / 25 MB. */
          src: image(),
          /** What the image shows, for people who cannot see it, in both languages. Required. */
          alt: bilingual,
          /** Caption shown under the image, in both languages. Required. */
          caption: bilingual,
          /** Who made it (photographer, agency), or 示意图 / Illustration for a drawing. */
          credit: bilingual,
          /** How others may use it (licence or usage terms). */
          usage: bilingual,
          /** When it was taken (YYYY-MM-DD), if known. */
          date: isoDate.optional(),
          /** True for a drawn stand-in, never a photo: shown with an "Illustration" badge. */
          illustration: z.boolean().default(false),
        }),
      )
      .min(1, 'A gallery needs at least one image / 图集至少需要一张图片'),
  });
