/**
 * Formats figures for each language with Intl and the UI dictionaries:
 * 370亿元 / CNY 37 billion, 25.1%, 近1万亩 / nearly 10,000 mu (about 667 ha).
 * Pure functions, so the unit tests exercise exactly what pages render.
 */
import { intlLocale, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';

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

/** `2023`, `2024-Q1` or `2023-12-31`. */
export const periodPattern = /^\d{4}(-Q[1-4]|-\d{2}-\d{2})?$/;

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
      const amount = new Intl.NumberFormat(intl, {
        notation: 'compact',
        compactDisplay: locale === 'en' ? 'long' : 'short',
        maximumFractionDigits: 2,
      }).format(value);
      return t('unit.cny', { value: amount });
    }
    case 'percent': {
      const digits = decimalsOf(value);
      return new Intl.NumberFormat(intl, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value / 100);
    }
    case 'km2':
      return t('unit.km2', { value: new Intl.NumberFormat(intl).format(value) });
    case 'mu': {
      const mu = new Intl.NumberFormat(intl, { notation: locale === 'zh' ? 'compact' : 'standard' }).format(value);
      // 15 mu = 1 hectare (glossary); English readers get hectares beside mu.
      const hectares = new Intl.NumberFormat(intl, { maximumSignificantDigits: 3 }).format(value / 15);
      return t('unit.mu', { value: mu, hectares });
    }
    default:
      return t(`unit.${unit}`, { count: value, value: new Intl.NumberFormat(intl).format(value) });
  }
}

/** The value as prose reads it: 近1万亩, over CNY 6 billion. */
export function formatFigure(figure: FormattableFigure, locale: Locale): string {
  const value = formatValue(figure, locale);
  if (!figure.qualifier) return value;
  return useTranslations(locale)(`figure.${figure.qualifier}`, { value });
}

/** The period as readers see it: the figure's own wording where it has one, else the formatted `period`. */
export function describePeriod(figure: { period: string; periodLabel?: { zh: string; en: string } | undefined }, locale: Locale): string {
  return figure.periodLabel?.[locale] ?? formatPeriod(figure.period, locale);
}

/** 2023年 / 2023; 2024年第1季度 / Q1 2024; 截至2023年12月31日 / as of 31 December 2023. */
export function formatPeriod(period: string, locale: Locale): string {
  const t = useTranslations(locale);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t('period.quarter', { year: quarter[1], quarter: quarter[2] });
  if (/^\d{4}$/.test(period)) return t('period.year', { year: period });
  return t('period.asOf', { date: formatDate(period, locale) });
}

/** 2023年5月29日 / 29 May 2023. Dates are calendar dates: formatted in UTC so no time zone shifts them. */
export function formatDate(date: Date | string, locale: Locale): string {
  const d = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** A partial date (YYYY, YYYY-MM or YYYY-MM-DD) at the precision it was given. */
export function formatPartialDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-');
  if (day) return formatDate(date, locale);
  const options: Intl.DateTimeFormatOptions = month ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale[locale], options).format(new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, 1)));
}
