/** News articles that a build publishes: drafts only in `astro dev`, newest first. */
import { localizedEntries, type LocalizedEntry } from './content.ts';
import type { Locale } from '../i18n/locales.ts';

export function isPublished(data: { draft: boolean }): boolean {
  return import.meta.env.DEV || !data.draft;
}

export async function publishedNews(): Promise<LocalizedEntry<'news'>[]> {
  const all = (await localizedEntries('news')).filter(({ entry }) => isPublished(entry.data));
  // Twins are recomputed over published entries only, so hreflang never points at a draft.
  return all
    .map((item) => ({
      ...item,
      locales: item.locales.filter((l) => all.some((o) => o.slug === item.slug && o.locale === l)),
    }))
    .sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime());
}

export async function newsIn(locale: Locale) {
  return (await publishedNews()).filter((item) => item.locale === locale);
}
