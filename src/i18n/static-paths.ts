/** `getStaticPaths` for pages that exist once per language under `src/pages/[lang]/`. */
import { isLocale, locales, type Locale } from './locales.ts';

export function localeStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

/** The page's language from its `[lang]` parameter. */
export function pageLocale(param: string | undefined): Locale {
  if (!isLocale(param)) throw new Error(`Unknown language in URL: ${param}`);
  return param;
}
