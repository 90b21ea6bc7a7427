/** Front matter of a section page (`content/pages/<lang>/<slug>.mdx`). */
import { z } from 'astro/zod';

export const pageSchema = z.object({
  /** Page title: the `<h1>` and the browser tab. */
  title: z.string({ error: 'Missing title / 缺少标题' }).trim().min(1, 'Missing title / 缺少标题'),
  /** One or two sentences for search engines and link previews. */
  description: z.string({ error: 'Missing description / 缺少摘要' }).trim().min(1, 'Missing description / 缺少摘要'),
  /** Short line above the title. */
  kicker: z.string().optional(),
});
