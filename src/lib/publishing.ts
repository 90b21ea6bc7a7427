/** Whether a news article is published: drafts and future-dated articles wait (except in the dev preview). */
export function isPublished(data: { draft: boolean; date: Date }, { dev = false, now = new Date() } = {}): boolean {
  if (dev) return true;
  return !data.draft && data.date.getTime() <= now.getTime();
}
