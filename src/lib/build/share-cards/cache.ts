/** The card cache (`node_modules/.astro/og/`, see build-cache.ts; one PNG per cache key) and how a cached card gets into the site. */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheRoot } from '../../shared/build-cache.ts';

export const CARD_CACHE = join(cacheRoot(), 'og');

/**
 * Puts a cached card at `target` as a hard link: copying 2,000 cards took 3.5 s of a warm build
 * at 1,000 article pairs. Safe because a cache entry is never changed in place (a redrawn card
 * is a new file renamed over it). Where links are impossible (another file system), a copy.
 */
export function placeCard(cached: string, target: string) {
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}
