/**
 * Localized paths and URLs (what `astro-i18next`'s `localizePath`/`localizeUrl`
 * offered), on top of Astro's own i18n routing so the config stays the one truth.
 * A "route" is a locale-free path such as `about/` or `projects/liyi/`.
 */
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import type { Locale } from './locales.ts';

/** `/en/about/` for (`en`, `about/`). */
export function localizePath(locale: Locale, route = ''): string {
  return getRelativeLocaleUrl(locale, route);
}

/** `https://…/en/about/` for (`en`, `about/`); needs `site` in the config. */
export function localizeUrl(locale: Locale, route = ''): string {
  return getAbsoluteLocaleUrl(locale, route);
}
