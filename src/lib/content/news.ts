/**
 * News articles that a build publishes. `astro dev` shows everything, so staff can
 * preview; a production build leaves out drafts and articles dated in the future
 * (they appear on the first build after their date).
 */
import { getCollection } from 'astro:content';
import { localizedEntries, type LocalizedEntry } from './content.ts';
import type { Locale } from '../../i18n/locales.ts';
import { isPublished } from './publishing.ts';
import { dateSortKey } from '../shared/partial-date.ts';
import { byYear } from './news-archive.ts';


export async function publishedNews(): Promise<LocalizedEntry<'news'>[]> {
  const all = (await localizedEntries('news')).filter(({ entry }) => isPublished(entry.data, { dev: import.meta.env.DEV }));
  // Twins are recomputed over published entries only, so hreflang never points at a draft.
  const published = new Set(all.map((o) => `${o.locale}/${o.slug}`));
  return all
    .map((item) => ({ ...item, locales: item.locales.filter((l) => published.has(`${l}/${item.slug}`)) }))
    // Newest first; a partial date sorts from its earliest moment (see partial-date.ts).
    .sort((a, b) => dateSortKey(b.entry.data.date, b.entry.data.season).getTime() - dateSortKey(a.entry.data.date, a.entry.data.season).getTime());
}

export async function newsIn(locale: Locale) {
  return (await publishedNews()).filter((item) => item.locale === locale);
}

/** Tags with their names, in file order. */
export async function getTags() {
  return (await getCollection('tags')).map((t) => t.data);
}

export const NEWS_PAGE_SIZE = 10;

/** Published news of one language by year, newest first (the yearly archive). */
export async function newsByYear(locale: Locale) {
  return byYear(await newsIn(locale), (item) => item.entry.data.date);
}
