/** Front matter of a news article (`content/news/<lang>/<slug>.mdx`; the same file name in both languages makes twins). */
import { z } from 'astro/zod';
import { isoDate } from './common.ts';
import { pageSchema } from './pages.ts';

/** The English title `npm run new:article` leaves for the translator to replace. */
export const TITLE_PLACEHOLDER = '[English title of:';

export const newsSchema = pageSchema
  .extend({
    /** One or two sentences for lists, search and share cards. May stay empty while `draft: true`. */
    description: z.string().trim().default(''),
    /**
     * Publication date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM+08:00 for a time). A future date
     * schedules the article: production builds leave it out until that moment has passed.
     */
    date: isoDate,
    /** Set when the text changes after publication (YYYY-MM-DD). */
    updated: isoDate.optional(),
    /**
   * Where the source gives no exact day (e.g. "2024年初夏"): shown instead of `date`, which then only
   * orders the list and is never shown or published (RSS leaves the day out).
   */
    dateLabel: z.string().optional(),
    /** Bylines as published. */
    authors: z.array(z.string()).default([]),
    /** True where this text is a translation of the other language's original. */
    translation: z.boolean().default(false),
    /** Drafts appear in `npm run dev` only, never in a production build. */
    draft: z.boolean().default(false),
    /** Tag ids from content/data/tags.yaml (an unknown id stops the build: see src/lib/content-check.ts). */
    tags: z.array(z.string()).default([]),
  })
  .superRefine((data, ctx) => {
    // A draft may be unfinished; a published article may not.
    if (data.draft) return;
    if (!data.description) {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'Missing description: required before publishing (draft: false) / 缺少摘要:发布前必须填写' });
    }
    if (data.title.startsWith(TITLE_PLACEHOLDER)) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'The English title is still the placeholder: translate it before publishing / 英文标题仍是占位文字,发布前请翻译' });
    }
  });
