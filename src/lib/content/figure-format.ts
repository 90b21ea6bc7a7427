/**
 * Formats figures for each language with Intl and the UI dictionaries:
 * 370亿元 / CNY 37 billion, 25.1%, 近1万亩 / nearly 10,000 mu (about 667 ha).
 * Pure functions, so the unit tests exercise exactly what pages render.
 */
import { intlLocale, type Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { dateFormat, numberFormat } from '../shared/intl.ts';

/** Units a figure may have. Count units carry their noun (个项目 / projects). */
export const units = [
  'cny',
  'percent',
  'km2',
  'mu',
  'projects',
  'firms',
  'days',
  'minutes',
  'measures',
  'areas',
  'buildings',
] as const;
export type Unit = (typeof units)[number];

/** How the source qualifies a value: 近 (approx) or 超 (over). */
export const qualifiers = ['approx', 'over'] as const;
export type Qualifier = (typeof qualifiers)[number];

/** `2023`, `2024-Q1`, `2024-05` or `2023-12-31`: never more exact than the source. */
export const periodPattern = /^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/;

/**
 * What kind of date a figure's period is, so a reader knows what the number describes:
 * `asOf` a stock at a moment (firms, area: 截至…), `during` a flow over a span (output in 2023),
 * `issuedOn` the date of the document that sets it (a policy's measures),
 * `reportedOn` the date of the report that gives it, where the source dates nothing else.
 */
export const periodKinds = ['asOf', 'during', 'issuedOn', 'reportedOn'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** Why a period cannot be of this kind (a flow needs a span, a report a calendar date), or undefined. */
export function periodKindProblem(kind: PeriodKind, period: string): string | undefined {
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(period);
  const isQuarter = /-Q[1-4]$/.test(period);
  if (kind === 'during' && isDay) {
    return `A flow (during) needs a span — a year (2023), a quarter (2024-Q1) or a month (2024-05) —, not the day ${period} / 流量数据（during）的统计期应为年、季度或月，不能是某一天（${period}）`;
  }
  if ((kind === 'issuedOn' || kind === 'reportedOn') && isQuarter) {
    return `A document or report is dated by a year, month or day, not a quarter (${period}) / 文件或报道的日期应为年、月或日，不能是季度（${period}）`;
  }
  return undefined;
}

export interface FormattableFigure {
  value: number;
  unit: Unit;
  qualifier?: Qualifier | undefined;
}

/** Digits after the decimal point, so 31.11 keeps both and 18.6 keeps one. */
function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}

/** The bare value with its unit, no qualifier. */
export function formatValue(figure: FormattableFigure, locale: Locale): string {
  const t = useTranslations(locale);
  const intl = intlLocale[locale];
  const { value, unit } = figure;
  switch (unit) {
    case 'cny': {
      // 亿/万 in Chinese, million/billion in English: what each language's readers expect.
      const amount = numberFormat(intl, {
        notation: 'compact',
        compactDisplay: locale === 'en' ? 'long' : 'short',
        maximumFractionDigits: 2,
      }).format(value);
      return t('unit.cny', { value: amount });
    }
    case 'percent': {
      const digits = decimalsOf(value);
      return numberFormat(intl, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value / 100);
    }
    case 'km2':
      return t('unit.km2', { value: numberFormat(intl).format(value) });
    case 'mu': {
      const mu = numberFormat(intl, { notation: locale === 'zh' ? 'compact' : 'standard' }).format(value);
      // 15 mu = 1 hectare (glossary); English readers get hectares beside mu.
      const hectares = numberFormat(intl, { maximumSignificantDigits: 3 }).format(value / 15);
      return t('unit.mu', { value: mu, hectares });
    }
    default:
      return t(`unit.${unit}`, { count: value, value: numberFormat(intl).format(value) });
  }
}

/** The value as prose reads it: 近万亩, over CNY 6 billion. */
export function formatFigure(figure: FormattableFigure, locale: Locale): string {
  let value = formatValue(figure, locale);
  if (!figure.qualifier) return value;
  // Chinese writes "nearly ten thousand" as 近万, not 近1万 (the source: 连片开发空间近万亩).
  if (locale === 'zh' && figure.qualifier === 'approx') value = value.replace(/^1(?=[万亿])/, '');
  return useTranslations(locale)(`figure.${figure.qualifier}`, { value });
}

/** The period as readers see it: the figure's own wording where it has one, else its period in words of its kind. */
export function describePeriod(
  figure: { period: string; periodKind?: PeriodKind | undefined; periodLabel?: { zh: string; en: string } | undefined },
  locale: Locale,
): string {
  return figure.periodLabel?.[locale] ?? formatPeriod(figure.period, locale, figure.periodKind);
}

/**
 * The period in words of its kind:
 * during 2023年 / 2023, 2024年第1季度 / Q1 2024; asOf 截至2023年底 / as of the end of 2023;
 * issuedOn 2023年5月29日发布 / issued on 29 May 2023; reportedOn 2024年报道 / reported in 2024.
 * Without a kind, a day reads as "as of" and anything else as a span.
 */
export function formatPeriod(period: string, locale: Locale, kind?: PeriodKind): string {
  const t = useTranslations(locale);
  const [, year = '', quarter, month, day] = /^(\d{4})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$/.exec(period) ?? [];
  const resolved = kind ?? (day ? 'asOf' : 'during');
  switch (resolved) {
    case 'during':
      if (quarter) return t('period.quarter', { year, quarter });
      if (month) return formatPartialDate(period, locale);
      return t('period.year', { year });
    case 'asOf':
      if (day) return t('period.asOf', { date: formatDate(period, locale) });
      if (quarter) return t('period.asOfQuarterEnd', { year, quarter });
      if (month) return t('period.asOfMonthEnd', { date: formatPartialDate(period, locale) });
      return t('period.asOfYearEnd', { year });
    case 'issuedOn':
      return t(day ? 'period.issuedOn' : 'period.issuedIn', { date: formatPartialDate(period, locale) });
    case 'reportedOn':
      return t(day ? 'period.reportedOn' : 'period.reportedIn', { date: formatPartialDate(period, locale) });
  }
}

/** The kind's name, for the downloads and the Figures page: 时点数 / stock (as of a date)… */
export function describePeriodKind(kind: PeriodKind, locale: Locale): string {
  return useTranslations(locale)(`periodKind.${kind}`);
}

/** 2023年5月29日 / 29 May 2023. Dates are calendar dates: formatted in UTC so no time zone shifts them. */
export function formatDate(date: Date | string, locale: Locale): string {
  const d = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  return dateFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** A partial date (YYYY, YYYY-MM or YYYY-MM-DD) at the precision it was given. */
export function formatPartialDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-');
  if (day) return formatDate(date, locale);
  const options: Intl.DateTimeFormatOptions = month ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return dateFormat(intlLocale[locale], options).format(new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, 1)));
}
