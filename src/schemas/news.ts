/** Front matter of a news article (`content/news/<lang>/<slug>.mdx`; the same file name in both languages makes twins). */
import { z } from 'astro/zod';
import { isoDate } from './common.ts';
import { pageSchema } from './pages.ts';
import { parsePartialDate, partialDateText, seasons } from '../lib/shared/partial-date.ts';

/** The English title `npm run new:article` leaves for the translator to replace. */
export const TITLE_PLACEHOLDER = '[English title of:';

export const newsSchema = pageSchema
  .extend({
    /** One or two sentences for lists, search and share cards. May stay empty while `draft: true`. */
    description: z.string().trim().default(''),
    /**
     * Publication date, no more exact than the source: `2024` (a year), `2024-05` (a month),
     * `2024-05-29` (a day) or `2024-05-29T09:00+08:00` (a moment). Kept as written; read it through
     * `src/lib/shared/partial-date.ts`. A future date schedules the article: production builds leave it
     * out until its earliest moment has passed.
     */
    date: z.preprocess(
      partialDateText,
      z
        .string({ error: 'Missing date: write YYYY, YYYY-MM or YYYY-MM-DD / 缺少日期：请写成 YYYY、YYYY-MM 或 YYYY-MM-DD' })
        .refine((text) => parsePartialDate(text) !== undefined, {
          error: (issue) =>
            `Expected a real date written YYYY, YYYY-MM or YYYY-MM-DD (as exact as the source), found "${String(issue.input)}" / ` +
            `日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD（与来源一样精确，不可更精确），实际为“${String(issue.input)}”`,
        }),
    ),
    /**
     * Where the source gives only a season of a year ("2024年初夏"): `date: 2024` with
     * `season: early-summer`. One of early-/late- spring, summer, autumn, winter, or the plain season.
     */
    season: z
      .enum(seasons, {
        error: `Expected one of: ${seasons.join(', ')} / 季节应为其中之一（early-summer 即初夏）`,
      })
      .optional(),
    /** Set when the text changes after publication (YYYY-MM-DD: the site knows the day it changed its own page). */
    updated: isoDate.optional(),
    /** Bylines as published. */
    authors: z.array(z.string()).default([]),
    /** True where this text is a translation of the other language's original. */
    translation: z.boolean().default(false),
    /** Drafts appear in `npm run dev` only, never in a production build. */
    draft: z.boolean().default(false),
    /** Tag ids from content/data/tags.yaml (an unknown id stops the build: see src/lib/editorial/content-check.ts). */
    tags: z.array(z.string()).default([]),
  })
  .superRefine((data, ctx) => {
    if (data.season && !/^\d{4}$/.test(data.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['season'],
        message: `A season goes only with a year (date: ${data.date.slice(0, 4)}); a month or day already says when / 季节只能与年份搭配（date: ${data.date.slice(0, 4)}）；写了月或日就不必再写季节`,
      });
    }
    // A draft may be unfinished; a published article may not.
    if (data.draft) return;
    if (!data.description) {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'Missing description: required before publishing (draft: false) / 缺少摘要:发布前必须填写' });
    }
    if (data.title.startsWith(TITLE_PLACEHOLDER)) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'The English title is still the placeholder: translate it before publishing / 英文标题仍是占位文字,发布前请翻译' });
    }
  });
