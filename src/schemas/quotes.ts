/**
 * `content/data/quotes.yaml`: every quotation the site prints, in one place.
 * A quotation is a fact like a figure: pages insert it with `<Quote id="…" />`,
 * so a journalist finds the same words on every page, in both languages.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { bilingual } from './common.ts';
import { quoteTextSchema } from '../lib/content/quote-text.ts';

export const quoteSchema = z.object({
  /** Stable id, used in `<Quote id>`. Never rename a published id. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected lower-case words joined by hyphens / 应为以连字符连接的小写字母或数字'),
  /**
   * The words. `zh`: exactly as the source prints them, with full-width punctuation
   * (，。：；！？), without the outer quotation marks. `en`: the one English rendering,
   * saying no more than the Chinese, also without outer quotation marks.
   */
  text: quoteTextSchema,
  /** Who said it, as the source identifies them ("长合区管委会相关负责人"); never a guessed name. */
  speaker: bilingual,
  /** Where it was published: an id in `content/data/sources.yaml`. */
  source: reference('sources'),
});
export type QuoteData = z.infer<typeof quoteSchema>;
