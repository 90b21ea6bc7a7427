/**
 * Build step: Pagefind's search index of the built pages (`<dir>/pagefind/`, one index per
 * language), put back from the build cache when no page changed (src/lib/build/search-index.ts).
 *   node scripts/search-index.ts [dir]   (default: $OUT_DIR or dist)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchIndex } from '../src/lib/build/search-index.ts';
import { cacheRoot } from '../src/lib/shared/build-cache.ts';

const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const args = ['--site', dir, '--silent'];
const localBin = join('node_modules', '.bin', 'pagefind');
const version = (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;
const result = searchIndex(dir, join(cacheRoot(), 'pagefind'), `pagefind ${version} ${args.join(' ')}`, () => {
  // The project's own Pagefind, also when this script is run without npm (which puts it on PATH).
  const run = spawnSync(existsSync(localBin) ? localBin : 'pagefind', args, { stdio: 'inherit' });
  if (run.error) throw run.error;
  if (run.status !== 0) process.exit(run.status ?? 1);
});
console.log(`Search index: ${result.reused ? 'no page changed, the last index reused' : 'made by Pagefind'}, ${result.seconds.toFixed(1)} s`);
