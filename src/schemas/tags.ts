/** `content/data/tags.yaml`: the tags news articles may use. */
import { z } from 'astro/zod';
import { bilingual } from './common.ts';

export const tagSchema = z.object({
  /** Stable id, written in an article's `tags` list. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected lower-case words joined by hyphens / 应为以连字符连接的小写字母'),
  /** The tag's name in each language. */
  name: bilingual,
});
