/**
 * News dates at the precision the source gives: a year (`2024`), a month (`2024-05`),
 * a day (`2024-05-29`) or a moment (`2024-05-29T09:00+08:00`); a year may carry a season
 * (`season: early-summer`) where that is all the source says (“2024年初夏”).
 * Pages, feeds and structured data read dates through here, so none of them can
 * print or publish a day nobody published. Pure functions, unit-tested.
 */
import { intlLocale, type Locale } from '../../i18n/locales.ts';
import { dateFormat } from './intl.ts';

/** Seasons as sources name them: 初夏 = early-summer, 夏季 = summer, 夏末 = late-summer. */
export const seasons = [
  'early-spring', 'spring', 'late-spring',
  'early-summer', 'summer', 'late-summer',
  'early-autumn', 'autumn', 'late-autumn',
  'early-winter', 'winter', 'late-winter',
] as const;
export type Season = (typeof seasons)[number];

const seasonNames: Record<Season, { zh: string; en: string }> = {
  'early-spring': { zh: '初春', en: 'early spring' },
  spring: { zh: '春季', en: 'spring' },
  'late-spring': { zh: '春末', en: 'late spring' },
  'early-summer': { zh: '初夏', en: 'early summer' },
  summer: { zh: '夏季', en: 'summer' },
  'late-summer': { zh: '夏末', en: 'late summer' },
  'early-autumn': { zh: '初秋', en: 'early autumn' },
  autumn: { zh: '秋季', en: 'autumn' },
  'late-autumn': { zh: '秋末', en: 'late autumn' },
  'early-winter': { zh: '初冬', en: 'early winter' },
  winter: { zh: '冬季', en: 'winter' },
  'late-winter': { zh: '冬末', en: 'late winter' },
};

/**
 * The first month a season can mean, only to order lists (never shown or published):
 * by the Chinese solar terms, spring starts in February (立春), summer in May (立夏),
 * autumn in August (立秋), winter in November (立冬); "early" is that month, the plain
 * season one month later, "late" two.
 */
function seasonMonth(season: Season): number {
  const base = { spring: 2, summer: 5, autumn: 8, winter: 11 }[season.replace(/^(early|late)-/, '') as 'spring'];
  return base + (season.startsWith('early-') ? 0 : season.startsWith('late-') ? 2 : 1);
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2})([T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  /** The moment, where a time was written (then `day` is the calendar day as written). */
  time?: Date;
}

/** The date as written, or undefined when it is not a real year, month, day or moment. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = pattern.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  if (!m[4]) return { year, month, day };
  const time = new Date(text.trim().replace(' ', 'T'));
  return Number.isNaN(time.getTime()) ? undefined : { year, month, day, time };
}

/**
 * Front matter as YAML hands it over: `2024` arrives as a number and `2024-05-29` as a Date
 * (midnight UTC); both are turned back into the text staff wrote. Other values pass through.
 */
export function partialDateText(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return value;
}

function parsed(text: string): PartialDate {
  const p = parsePartialDate(text);
  if (!p) throw new Error(`Not a date: "${text}" / 不是有效日期：“${text}”`);
  return p;
}

/** The earliest moment the date can mean: orders lists and schedules publication. */
export function dateSortKey(text: string, season?: Season): Date {
  const p = parsed(text);
  if (p.time) return p.time;
  const month = p.month ?? (season ? seasonMonth(season) : 1);
  return new Date(Date.UTC(p.year, month - 1, p.day ?? 1));
}

/** The published day (YYYY-MM-DD), or undefined when the source gives none. */
export function publishedDay(text: string): string | undefined {
  const p = parsed(text);
  if (p.day === undefined) return undefined;
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** ISO 8601 at the precision known (`2024`, `2024-05`, `2024-05-29`), for structured data. */
export function isoAtPrecision(text: string): string {
  const p = parsed(text);
  const parts = [String(p.year), p.month && String(p.month).padStart(2, '0'), p.day && String(p.day).padStart(2, '0')];
  return parts.filter(Boolean).join('-');
}

/** 2024年初夏 / Early summer 2024; 2024年5月 / May 2024; 2024年5月29日 / 29 May 2024. */
export function formatNewsDate(text: string, locale: Locale, season?: Season): string {
  const p = parsed(text);
  const intl = intlLocale[locale];
  if (p.day !== undefined) {
    return dateFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(p.year, p.month! - 1, p.day)));
  }
  if (p.month !== undefined) {
    return dateFormat(intl, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(p.year, p.month - 1, 1)));
  }
  if (!season) return locale === 'zh' ? `${p.year}年` : String(p.year);
  if (locale === 'zh') return `${p.year}年${seasonNames[season].zh}`;
  const name = seasonNames[season].en;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${p.year}`;
}
