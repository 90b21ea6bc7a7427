/**
 * Build step: `.gz` and `.br` beside the text files of the built site (see src/lib/build/precompress.ts),
 * cached in the build cache's `precompress/` folder (Astro's cacheDir, as astro.config.mjs sets it).
 *   node scripts/precompress.ts [dir]   (default: $OUT_DIR or dist)
 */
import { join } from 'node:path';
import { precompressDir } from '../src/lib/build/precompress.ts';
import { cacheRoot } from '../src/lib/shared/build-cache.ts';
import { restartWithMallocTunables } from '../src/lib/build/malloc-tunables.ts';

restartWithMallocTunables();

const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const started = performance.now();
const r = await precompressDir(dir, { cacheDir: join(cacheRoot(), 'precompress') });
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `Precompressed ${r.files} text files (${kb(r.bytes)}): gzip ${kb(r.gzipBytes)}, brotli ${kb(r.brotliBytes)} ` +
    `(${(100 * (1 - r.brotliBytes / r.bytes)).toFixed(0)} % saved), ${r.cached} from the cache, ` +
    `${r.pruned} unused cache entries removed, ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
