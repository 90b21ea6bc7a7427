/** Helpers over the built site in `dist/`: which pages exist, what they link to. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const dist = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** URL path of every built HTML page (`/en/about/`), error pages and the language picker excluded. */
export function contentPages(): string[] {
  return walk(dist)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${relative(dist, f).replace(/index\.html$/, '')}`)
    .filter((p) => p !== '/' && !/\/404\/$/.test(p))
    .sort();
}

export function readPage(path: string): string {
  return readFileSync(join(dist, path, 'index.html'), 'utf8');
}

/** Whether a same-site URL path is served by the built site. */
export function exists(pathname: string): boolean {
  const clean = decodeURIComponent(pathname);
  for (const candidate of [join(dist, clean), join(dist, clean, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return true;
    } catch {
      /* try next */
    }
  }
  return false;
}
