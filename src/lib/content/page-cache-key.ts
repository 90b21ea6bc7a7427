/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are both unchanged since the last build is copied from Astro's cache instead of being
 * rendered again. Astro hashes the code (the page, its layout, components, dictionaries); the
 * key has to cover the data. It covers what the page is handed (its params and props, with each
 * content entry by its digest of data and body) and every content file that is not a news
 * article (site.yaml, data, images, pages), because the layout and the MDX components show those
 * on any page. So an edited article re-renders itself and the lists that show it; an edit to
 * anything else re-renders every news page (the other pages are always rendered).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** News articles, which keyed pages see only through their props (as in the news loader). */
const NEWS_ARTICLE = /^news\/[^/]+\/[^/]+\.mdx?$/;

/**
 * A hash of every file under `dir` except news articles: names and bytes, in a fixed order.
 * Linked folders are followed, as the content loaders follow them (each real folder once).
 */
export function contentDigest(dir: string): string {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const walk = (relative: string) => {
    const real = realpathSync(join(dir, relative));
    if (seen.has(real)) return;
    seen.add(real);
    const entries = readdirSync(join(dir, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      const isDirectory = entry.isSymbolicLink() ? statSync(join(dir, path), { throwIfNoEntry: false })?.isDirectory() : entry.isDirectory();
      if (isDirectory) walk(path);
      else if (!NEWS_ARTICLE.test(path) && existsSync(join(dir, path))) hash.update(path).update('\0').update(readFileSync(join(dir, path))).update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}

/**
 * What a page is handed, as text: a content entry stands for itself by collection, id and digest.
 * A Map or Set would serialise as `{}` and hide a change, so it is refused.
 */
export function describeProps(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map || item instanceof Set) throw new TypeError('A cache key cannot see inside a Map or Set: pass an array or object.');
    if (item && typeof item === 'object') {
      const { collection, id, digest } = item as Record<string, unknown>;
      if (typeof collection === 'string' && typeof id === 'string' && typeof digest === 'string') return `${collection}/${id}@${digest}`;
    }
    return item;
  });
}

const digests = new Map<string, string>();

/** getStaticPaths' result with a cache key on each path (none in `astro dev`, which ignores them). */
export function withCacheKeys<T extends { params: unknown; props?: unknown }>(paths: T[], contentDir = process.env.CONTENT_DIR ?? 'content'): (T & { cacheKey?: string })[] {
  if (import.meta.env?.DEV) return paths;
  const shared = digests.get(contentDir) ?? contentDigest(contentDir);
  digests.set(contentDir, shared);
  return paths.map((path) => ({ ...path, cacheKey: createHash('sha256').update(shared).update(describeProps([path.params, path.props])).digest('base64url') }));
}
