/** Whether a news article is published: drafts and future-dated articles wait (except in the dev preview). */
import { dateSortKey, type Season } from '../shared/partial-date.ts';

/** `date` as written in front matter (a year, month, day or moment); a partial date counts from its earliest moment. */
export function isPublished(
  data: { draft: boolean; date: Date | string; season?: Season | undefined },
  { dev = false, now = new Date() } = {},
): boolean {
  if (dev) return true;
  const start = typeof data.date === 'string' ? dateSortKey(data.date, data.season) : data.date;
  return !data.draft && start.getTime() <= now.getTime();
}
