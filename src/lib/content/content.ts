/**
 * Content lookups by language. Entry ids carry the language: `zh/about`
 * (pages, news, industries) or `liyi-precision/zh` (projects).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../../i18n/locales.ts';

type Localized = 'pages' | 'news' | 'industries';

export interface LocalizedEntry<C extends Localized | 'projects'> {
  entry: CollectionEntry<C>;
  slug: string;
  locale: Locale;
  /** Languages in which an entry with this slug exists (for hreflang and the selector). */
  locales: Locale[];
}

function withTwins<T extends { slug: string; locale: Locale }>(items: T[]): (T & { locales: Locale[] })[] {
  // A set, not a scan per item: at 1,000 article pairs the scan cost 2.4 s of every build.
  const present = new Set(items.map((item) => `${item.locale}/${item.slug}`));
  return items.map((item) => ({ ...item, locales: locales.filter((l) => present.has(`${l}/${item.slug}`)) }));
}

/** Every entry of a `<lang>/<slug>` collection, with its language, slug and twins. */
export async function localizedEntries<C extends Localized>(collection: C): Promise<LocalizedEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return withTwins(
    entries.map((entry) => {
      const [locale, ...rest] = entry.id.split('/');
      return { entry, locale: locale as Locale, slug: rest.join('/') };
    }),
  );
}

/** Entries of one language. */
export async function entriesIn<C extends Localized>(collection: C, locale: Locale) {
  return (await localizedEntries(collection)).filter((item) => item.locale === locale);
}

/** Every project (`<slug>/<lang>`), ordered as staff set `order`. */
export async function localizedProjects(): Promise<LocalizedEntry<'projects'>[]> {
  const entries = await getCollection('projects');
  return withTwins(
    entries.map((entry) => {
      const parts = entry.id.split('/');
      return { entry, locale: parts.pop() as Locale, slug: parts.join('/') };
    }),
  ).sort((a, b) => a.entry.data.order - b.entry.data.order);
}

export async function projectsIn(locale: Locale) {
  return (await localizedProjects()).filter((item) => item.locale === locale);
}
