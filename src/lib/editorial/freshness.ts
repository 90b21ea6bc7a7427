/**
 * Homepage freshness (政府网站首页更新): inspections fail a site whose news has not been
 * updated for two weeks. How old is the newest published article in each language?
 * Pure functions over front matter, so tests pass their own "now".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter } from '../shared/front-matter.ts';

export const DEFAULT_MAX_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

export interface ArticleDate {
  lang: string;
  /** File path, for messages. */
  file: string;
  draft: boolean;
  /** The front matter's `date`, as written. */
  date: unknown;
  /** A `season` (`early-summer`) means the day is not known: `date` gives only the year or month. */
  season?: string | undefined;
}

/**
 * The earliest moment a front-matter date can mean. A full date (`2024-05-29`, as the build
 * reads it: midnight UTC) or date-time is itself; a partial date (`2024-05`, `2024`, or a year
 * with a season) counts from its first possible day, so an article is never
 * taken for newer than it can be. `undefined` when no year can be read.
 */
export function earliestDate(value: unknown): { date: Date; partial: boolean } | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : { date: value, partial: false };
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : { date, partial: false };
  }
  const partial = /^(\d{4})(?:-(\d{2}))?(?=$|[^\d-]|-[^\d])/.exec(text);
  if (!partial) return undefined;
  const year = Number(partial[1]);
  const month = partial[2] ? Number(partial[2]) : 1;
  if (month < 1 || month > 12) return undefined;
  return { date: new Date(Date.UTC(year, month - 1, 1)), partial: true };
}

export interface LanguageFreshness {
  lang: string;
  /** The newest published article, if any. */
  newest?: { file: string; date: Date; partial: boolean };
  /** Whole days since it was published (0 on the day itself). */
  ageDays?: number;
  stale: boolean;
}

/**
 * For each language: the newest article that is published at `now` (not a draft, its
 * earliest possible date passed), its age, and whether that is more than `maxDays`.
 * A language without any published article is stale.
 */
export function freshness(articles: ArticleDate[], { now, maxDays, langs }: { now: Date; maxDays: number; langs: string[] }): LanguageFreshness[] {
  return langs.map((lang) => {
    const published = articles
      .filter((a) => a.lang === lang && !a.draft)
      .flatMap((a) => {
        const earliest = earliestDate(a.date);
        return earliest ? [{ file: a.file, date: earliest.date, partial: earliest.partial || !!a.season }] : [];
      })
      .filter((a) => a.date.getTime() <= now.getTime())
      .sort((a, b) => b.date.getTime() - a.date.getTime());
    const newest = published[0];
    if (!newest) return { lang, stale: true };
    const ageDays = Math.floor((now.getTime() - newest.date.getTime()) / DAY);
    return { lang, newest, ageDays, stale: ageDays > maxDays };
  });
}

/** Every article's language, draft flag and date, from `<contentDir>/news/<lang>/*.md(x)`. Unreadable dates throw, naming the file. */
export function readArticleDates(contentDir: string, langs: string[]): ArticleDate[] {
  return langs.flatMap((lang) => {
    const dir = join(contentDir, 'news', lang);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => /\.mdx?$/.test(n));
    } catch {
      return [];
    }
    return names.map((name) => {
      const file = join(dir, name);
      const { data, lineOf } = readFrontMatter(readFileSync(file, 'utf8'));
      if (!earliestDate(data.date)) {
        throw new Error(`${file}:${lineOf('date')} date: no date readable (YYYY-MM-DD, YYYY-MM or YYYY) / 无法识别日期(应为 YYYY-MM-DD、YYYY-MM 或 YYYY)`);
      }
      return { lang, file, draft: data.draft === true, date: data.date, season: typeof data.season === 'string' ? data.season : undefined };
    });
  });
}

/**
 * The allowed age from `--max-days N` (or `--max-days=N`), else `FRESHNESS_MAX_DAYS` (if not empty), else 14.
 * Anything but a whole number of days from 1 to 3650 is refused.
 */
export function maxDaysFrom(argv: string[], env: Record<string, string | undefined>): number {
  const i = argv.findIndex((a) => a === '--max-days' || a.startsWith('--max-days='));
  const raw = i === -1 ? env.FRESHNESS_MAX_DAYS || undefined : argv[i]!.includes('=') ? argv[i]!.slice('--max-days='.length) : argv[i + 1];
  if (raw === undefined && i === -1) return DEFAULT_MAX_DAYS;
  if (raw === undefined || !/^\d{1,4}$/.test(raw.trim()) || Number(raw) < 1 || Number(raw) > 3650) {
    throw new Error(`--max-days / FRESHNESS_MAX_DAYS must be a whole number of days from 1 to 3650, not "${(raw ?? '').slice(0, 40)}" / 天数应为 1 到 3650 之间的整数`);
  }
  return Number(raw);
}

/** The moment to check at: `--now <date or date-time>` (reports "as of" a day, and tests), else the clock. */
export function nowFrom(argv: string[], clock: () => Date = () => new Date()): Date {
  const i = argv.findIndex((a) => a === '--now' || a.startsWith('--now='));
  if (i === -1) return clock();
  const raw = argv[i]!.includes('=') ? argv[i]!.slice('--now='.length) : (argv[i + 1] ?? '');
  const parsed = earliestDate(raw);
  if (!parsed || parsed.partial) throw new Error(`--now must be a date such as 2026-03-20, not "${raw.slice(0, 40)}" / --now 应为完整日期，例如 2026-03-20`);
  return parsed.date;
}
