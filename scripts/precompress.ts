/**
 * Build step: `.gz` and `.br` beside the text files of the built site (see src/lib/precompress.ts),
 * cached in the build cache's `precompress/` folder (Astro's cacheDir, as astro.config.mjs sets it).
 *   node scripts/precompress.ts [dir]   (default: $OUT_DIR or dist)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { precompressDir } from '../src/lib/precompress.ts';
import { cacheRoot } from '../src/lib/build-cache.ts';

// glibc returns the brotli encoder's tables (megabytes, one set per file) to the system after
// each file and faults them in again for the next: at 1,000 pairs, 4.5 million page faults
// and 10 s instead of 2.7 s. Fixed thresholds keep that memory in the threads' heaps; they
// can only be set before the process starts, so the script starts itself again with them.
const TUNABLES = 'glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=268435456';
if (process.platform === 'linux' && process.env.GLIBC_TUNABLES === undefined) {
  const run = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, GLIBC_TUNABLES: TUNABLES } });
  if (run.error) throw run.error;
  process.exit(run.status ?? 1);
}

const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const started = performance.now();
const r = await precompressDir(dir, { cacheDir: join(cacheRoot(), 'precompress') });
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `Precompressed ${r.files} text files (${kb(r.bytes)}): gzip ${kb(r.gzipBytes)}, brotli ${kb(r.brotliBytes)} ` +
    `(${(100 * (1 - r.brotliBytes / r.bytes)).toFixed(0)} % saved), ${r.cached} from the cache, ` +
    `${r.pruned} unused cache entries removed, ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
