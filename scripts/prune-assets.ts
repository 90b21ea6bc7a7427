/**
 * Build step: removes files under _astro/ that no built file refers to, such as the untouched
 * originals (with their EXIF, GPS and XMP) that Astro copies beside processed images
 * (see src/lib/build/prune-assets.ts). Runs after Pagefind and before precompression.
 *   node scripts/prune-assets.ts [dir]   (default: $OUT_DIR or dist)
 */
import { pruneAssets } from '../src/lib/build/prune-assets.ts';

const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const r = await pruneAssets(dir);
for (const file of r.removed) console.log(`  ${file}`);
console.log(`Removed ${r.removed.length} unreferenced files from ${dir}/_astro/ (${(r.bytes / 1024).toFixed(0)} KB); ${r.kept} kept`);
