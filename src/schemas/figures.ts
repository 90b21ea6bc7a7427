/**
 * `content/data/figures.yaml`: every figure the site shows, in one place.
 * Pages never retype a number: prose uses `<Fig id="…" />`, tables read this data.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { bilingual } from './common.ts';
import { units, qualifiers, periodPattern, periodKinds, periodKindProblem } from '../lib/content/figure-format.ts';

export const figureSchema = z.object({
  /** Stable id: used in `<Fig id>`, in the figure's URL anchor and in the downloads. Never rename a published id. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected lower-case words joined by hyphens / 应为以连字符连接的小写字母或数字'),
  /** The exact value in base units (yuan, not 亿元; percent points, not fractions). */
  value: z.number({ error: 'Expected a number / 应为数字' }),
  /** How the value is measured; decides formatting in each language. */
  unit: z.enum(units, { error: `Expected one of: ${units.join(', ')} / 单位应为其中之一` }),
  /** "近" (approx) or "超" (over) as the source words it; omit for an exact value. */
  qualifier: z.enum(qualifiers).optional(),
  /**
   * When the value applies, no more exactly than the source says: `2023` (a year), `2024-Q1`
   * (a quarter), `2024-05` (a month) or `2023-05-29` (a day). `periodKind` says what kind of date it is.
   */
  period: z.preprocess(
    // YAML reads 2023 as a number and 2023-12-31 as a date; both are fine as written.
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
    z.string().regex(periodPattern, 'Expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD / 应为 YYYY、YYYY-Qn、YYYY-MM 或 YYYY-MM-DD'),
  ),
  /**
   * What kind of date `period` is: `asOf` (a stock at that moment: firms, area — 截至),
   * `during` (a flow over that span: output in 2023), `issuedOn` (the date of the document that
   * sets the figure), `reportedOn` (the date of the report that gives it, where nothing else is dated).
   */
  periodKind: z.enum(periodKinds, {
    error: `Expected one of: ${periodKinds.join(', ')} / 统计期类型应为其中之一：asOf（截至某日的时点数）、during（某一时期内的期间数）、issuedOn（文件发布日期）、reportedOn（报道日期）`,
  }),
  /**
   * Only where the kind's standard wording would say too much or too little (e.g. "自长合区成立以来（2024年报道）");
   * shown instead of the period, which still sorts and exports.
   */
  periodLabel: bilingual.optional(),
  /** What the figure measures, in both languages. */
  label: bilingual,
  /** Where it comes from: an id in `content/data/sources.yaml`. */
  source: reference('sources'),
  /** Extra context (rounding, definitions), in both languages. */
  note: bilingual.optional(),
  /** Set by the loader: the figure's place in the file. Not written by staff. */
  position: z.number().int().nonnegative(),
}).superRefine((figure, ctx) => {
  const problem = periodKindProblem(figure.periodKind, figure.period);
  if (problem) ctx.addIssue({ code: 'custom', path: ['period'], message: problem });
});
export type FigureData = z.infer<typeof figureSchema>;

export const sourceSchema = z.object({
  id: z.string(),
  /** Title as published, in its original language. */
  title: z.string(),
  /** English rendering of the title, for English pages. */
  titleEn: z.string(),
  /** Authors as credited, or the publishing organisation. */
  authors: bilingual,
  /** Publisher, only where the source itself names one. */
  publisher: bilingual.optional(),
  /** Publication date or period as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
    z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Expected YYYY, YYYY-MM or YYYY-MM-DD / 应为 YYYY、YYYY-MM 或 YYYY-MM-DD'),
  ),
  /** Public address, only where one is known. */
  url: z.url().optional(),
});
