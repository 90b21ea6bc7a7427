/**
 * The rules for a quotation's words, kept free of Astro's virtual modules so the
 * unit tests check exactly what the content layer enforces.
 */
import { z } from 'astro/zod';

/** ASCII punctuation that GB/T 15834-2011 writes full-width next to Chinese. */
const asciiInChinese = /[,:;()!?]/;
/** Quotation marks the page adds itself; written in the data they would print twice. */
const outerMarks = /^[“”"「『‘'].*|.*[“”"」』’']$/s;

export const quoteTextSchema = z
  .object({
    /** The original Chinese words. */
    zh: z.string({ error: 'Chinese text (zh) is missing / 缺少中文原话' }).trim().min(1, 'Chinese text (zh) is empty / 中文原话为空'),
    /** The English rendering. */
    en: z.string({ error: 'English text (en) is missing / 缺少英文译文' }).trim().min(1, 'English text (en) is empty / 英文译文为空'),
  })
  .superRefine((text, ctx) => {
    const ascii = asciiInChinese.exec(text.zh);
    if (ascii) {
      ctx.addIssue({
        code: 'custom',
        path: ['zh'],
        message: `ASCII "${ascii[0]}" in Chinese text: use full-width punctuation (，：；（）！？) / 中文原话中有半角标点“${ascii[0]}”：请改用全角标点（，：；（）！？）`,
      });
    }
    for (const lang of ['zh', 'en'] as const) {
      if (outerMarks.test(text[lang])) {
        ctx.addIssue({
          code: 'custom',
          path: [lang],
          message: 'Leave out the outer quotation marks: the page adds them / 请去掉首尾引号：页面会自动加上',
        });
      }
    }
  });

/** The words with the quotation marks of their language: “…” in both (GB/T 15834 and English typography agree). */
export function quoted(text: string): string {
  return `“${text}”`;
}
