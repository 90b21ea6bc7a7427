#!/usr/bin/env node
/**
 * Age of the newest published news article per language; exits 1 when one is older
 * than the allowed number of days (default 14, the inspection rule for home pages).
 *   npm run check:freshness
 *   npm run check:freshness -- --max-days 7      (or FRESHNESS_MAX_DAYS=7)
 *   npm run check:freshness -- --now 2026-03-20  (as of a given day)
 */
import { freshness, maxDaysFrom, nowFrom, readArticleDates } from '../src/lib/editorial/freshness.ts';
import { locales } from '../src/i18n/locales.ts';

try {
  const args = process.argv.slice(2);
  const maxDays = maxDaysFrom(args, process.env);
  const now = nowFrom(args);
  const langs = [...locales];
  const results = freshness(readArticleDates(process.env.CONTENT_DIR ?? 'content', langs), { now, maxDays, langs });
  for (const r of results) {
    const mark = r.stale ? '✗' : '✓';
    if (!r.newest) {
      console.log(`${mark} ${r.lang}: no published article / 没有已发布的文章`);
      continue;
    }
    const day = r.newest.date.toISOString().slice(0, 10);
    const partial = r.newest.partial ? ' (day not known: counted from the earliest possible day / 日期不完整，按最早可能的一天计算)' : '';
    console.log(`${mark} ${r.lang}: newest article ${r.ageDays} days old / 最新文章已发布 ${r.ageDays} 天 — ${r.newest.file}, ${day}${partial}`);
  }
  const stale = results.filter((r) => r.stale);
  if (stale.length) {
    console.error(`\nNews older than ${maxDays} days in: ${stale.map((r) => r.lang).join(', ')} — publish an article / 超过 ${maxDays} 天未更新：${stale.map((r) => r.lang).join('、')}，请发布新文章`);
    process.exit(1);
  }
  console.log(`\nFresh: every language has news from the last ${maxDays} days / 各语种均在 ${maxDays} 天内有更新`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
