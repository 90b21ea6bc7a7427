/**
 * UI strings through i18next. One flat dictionary per language (`ui/zh.ts`,
 * `ui/en.ts`); keys contain dots, so i18next's key separator is off.
 * Plural keys follow i18next's suffixes (`_one`, `_other`); Chinese has only `_other`.
 */
import i18next, { type TOptions } from 'i18next';
import { locales, type Locale } from './locales.ts';
import zh, { type UIKey } from './ui/zh.ts';
import en from './ui/en.ts';

const instance = i18next.createInstance();
await instance.init({
  // i18next resolves plural rules through Intl.PluralRules with this tag.
  lng: 'zh',
  supportedLngs: [...locales],
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  // Astro escapes what it renders; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  resources: { zh: { translation: zh }, en: { translation: en } },
  returnNull: false,
});

export type { UIKey };
export type TFunction = (key: UIKey, options?: TOptions) => string;

/** Strings without interpolation, looked up once per language and key. */
const plainStrings: Record<Locale, Map<UIKey, string>> = { zh: new Map(), en: new Map() };

/** `t()` bound to one language, as `astro-i18next` offered. */
export function useTranslations(locale: Locale): TFunction {
  const fixed = instance.getFixedT(locale);
  const plain = plainStrings[locale];
  return (key, options) => {
    // A string without options is the same on every page: looked up once per build, not on
    // each of thousands of pages (i18next's lookup showed up in profiles at 1,000 articles).
    if (options) return fixed(key, options) as string;
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = fixed(key, {}) as string));
    return text;
  };
}
