/** Front matter of a lead-industry page (`content/industries/<lang>/<slug>.mdx`). */
import { z } from 'astro/zod';
import { pageSchema } from './pages.ts';

export const industrySchema = pageSchema.extend({
  /** One sentence for cards on the home and index pages. */
  summary: z.string().trim().min(1, 'Missing summary / 缺少简介'),
  /** Position in lists (1 first). */
  order: z.number().int().positive(),
});
