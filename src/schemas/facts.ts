/** `content/data/facts.yaml`: facts that are not numbers (dates, memberships), each with its own source. */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { bilingual } from './common.ts';
import { parsePartialDate, partialDateText } from '../lib/shared/partial-date.ts';

export const factSchema = z.object({
  /** Stable id, used by the pages that print the fact. Never rename a published id. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected lower-case words joined by hyphens / 应为以连字符连接的小写字母或数字'),
  /** When it happened, no more exact than the source: YYYY, YYYY-MM or YYYY-MM-DD. Omit where the fact has no date. */
  date: z
    .preprocess(
      partialDateText,
      z.string().refine((text) => parsePartialDate(text) !== undefined && !text.includes('T'), {
        error: 'Expected YYYY, YYYY-MM or YYYY-MM-DD / 日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD',
      }),
    )
    .optional(),
  /** What happened or what is so, in both languages, without the date (pages add it). */
  text: bilingual,
  /** Where it comes from: an id in `content/data/sources.yaml`. */
  source: reference('sources'),
});
