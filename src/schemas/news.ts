/** Front matter of a news article (`content/news/<lang>/<slug>.mdx`). */
import { z } from 'astro/zod';
import { isoDate } from './common.ts';
import { pageSchema } from './pages.ts';

export const newsSchema = pageSchema.extend({
  /** Publication date (YYYY-MM-DD). Where the source gives only a season, the first day of the period it names. */
  date: isoDate,
  /** Set when the text changes after publication (YYYY-MM-DD). */
  updated: isoDate.optional(),
  /** How the date is known, shown instead of an exact day where the source gives none. */
  dateLabel: z.string().optional(),
  /** Bylines as published. */
  authors: z.array(z.string()).default([]),
  /** True where this text is a translation of the other language's original. */
  translation: z.boolean().default(false),
  /** Drafts appear in `npm run dev` only, never in a production build. */
  draft: z.boolean().default(false),
  /** Tags (see the list in the authoring guide). */
  tags: z.array(z.string()).default([]),
});
