/**
 * Lists of news that stay small as the archive grows: the yearly archive (every article
 * two clicks from the news index), which languages have a given list page, and the feed cap.
 * Pure functions, unit-tested; the routes under src/pages/[lang]/news/ use them.
 */

/** Items per RSS feed: the newest only, so the feed stays small after years of publishing. */
export const RSS_LIMIT = 50;

/**
 * The year of a news date, the one part that is always known: a full date (read in
 * China's time zone, UTC+8, where the Zone publishes) or a partial one ("2024", "2024-05").
 */
export function yearOf(date: Date | string): number {
  if (typeof date === 'string') return Number(/^(\d{4})/.exec(date)?.[1] ?? NaN);
  return new Date(date.getTime() + 8 * 3600_000).getUTCFullYear();
}

/** Items grouped by year, newest year first; items keep their order within a year. */
export function byYear<T>(items: T[], dateOf: (item: T) => Date | string): { year: number; items: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const year = yearOf(dateOf(item));
    groups.set(year, [...(groups.get(year) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, items: list }));
}

/** How many list pages `count` items make at `size` per page (an empty list still has one page). */
export const pageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / size));

/**
 * Languages in which page `current` of a paged list exists, given each language's item
 * count (the two languages can have different numbers of articles, so page 7 may exist in one only).
 */
export function languagesWithPage<L extends string>(counts: Partial<Record<L, number>>, current: number, size: number): L[] {
  return (Object.keys(counts) as L[]).filter((lang) => (counts[lang] ?? 0) > 0 && pageCount(counts[lang] ?? 0, size) >= current);
}
