/**
 * The site's two languages. `zh` is the default and, like `en`, always carries
 * its prefix in URLs (`/zh/…`, `/en/…`); `/` only picks one of them.
 * Kept free of Astro virtual modules so unit tests can import it directly.
 */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh';

/** BCP 47 tag for `<html lang>`, `hreflang` and `Intl`. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** Locale for `Intl` number and date formatting (`en-GB` writes "29 May 2023"). */
export const intlLocale: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/** Open Graph locale (`og:locale`). */
export const ogLocale: Record<Locale, string> = { zh: 'zh_CN', en: 'en_US' };

/** Each language's name written in that language, for the language selector. */
export const nativeName: Record<Locale, string> = { zh: '中文', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language: the one the language selector offers. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
