/**
 * Precompression: a `.gz` and a `.br` beside every text file of the build, so nginx
 * (`gzip_static`, `brotli_static`) sends bytes compressed once instead of compressing each
 * response. Output is deterministic (gzip header without a time stamp), so two builds of one
 * commit stay identical, and a content-addressed cache means an unchanged file is never
 * compressed twice (README: "Precompression and its cache").
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats worth compressing. Pagefind's index files are gzip already, so left out. */
export const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|xml|svg|txt|csv|webmanifest)$/i;
/** Smaller files gain nothing over the headers a compressed response adds (nginx's `gzip_min_length` agrees). */
export const MIN_BYTES = 256;
/** Keep a compressed copy only if it saves at least this share of the bytes. */
export const MIN_SAVING = 0.1;

/**
 * Brotli quality for shared assets, downloaded once and kept a year by the browser: the
 * maximum. Pages get PAGE_QUALITY: measured over a 1,000-pair site (2,550 pages, 86 MB),
 * quality 11 took 103 cpu-s for 15.9 MB, quality 8 took 1.8 cpu-s for 17.2 MB (+8 %, still
 * 10 % under gzip's 19.2 MB); 9 and 10 cost 28 and 33 cpu-s. Numbers in the README.
 */
export const ASSET_QUALITY = constants.BROTLI_MAX_QUALITY;
export const PAGE_QUALITY = 8;

/** Hashed Astro assets, Pagefind's script and style, and drawings: shared and long-cached. */
const SHARED_ASSET = /^(?:_astro|pagefind)\/|\.svg$/i;

/** The brotli quality for a file, by its path relative to the site's root (`/` separators). */
export function brotliQuality(path: string): number {
  return SHARED_ASSET.test(path) ? ASSET_QUALITY : PAGE_QUALITY;
}

export interface Encoded {
  /** `.gz` or `.br` */
  ext: '.gz' | '.br';
  data: Buffer;
}

/** Both encodings of a file's bytes, before deciding which to keep. */
export interface Compressed {
  gz: Buffer;
  br: Buffer;
}

/**
 * Synchronous on purpose: run in worker threads (src/lib/build/precompress-worker.ts). At 1,000 pairs
 * two workers took 1.8 s; zlib's async calls in libuv's pool 2.8 s at best, 17 s at worst.
 */
export function compress(source: Uint8Array, quality: number): Compressed {
  const gz = gzipSync(source, { level: 9 });
  const br = brotliCompressSync(source, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  });
  return { gz, br };
}

/**
 * The copies worth keeping: each only when it saves MIN_SAVING or more, and the `.br` only
 * when it is smaller than the `.gz` (nginx then sends the `.gz` to brotli clients too).
 */
function select(source: Buffer, { gz, br }: Compressed): Encoded[] {
  const pays = (data: Buffer) => data.length <= source.length * (1 - MIN_SAVING);
  const keepGz = pays(gz);
  const keepBr = pays(br) && !(keepGz && br.length >= gz.length);
  return [
    ...(keepGz ? [{ ext: '.gz' as const, data: gz }] : []),
    ...(keepBr ? [{ ext: '.br' as const, data: br }] : []),
  ];
}

/** Both encodings of one file's bytes (brotli at `quality`), each kept only where it pays. */
export async function encode(source: Buffer, quality: number = ASSET_QUALITY): Promise<Encoded[]> {
  if (source.length < MIN_BYTES) return [];
  return select(source, compress(source, quality));
}

// ---- Cache ---------------------------------------------------------------------------------

/** Bump when the encoders' settings change: every cached copy is then made afresh. */
export const CACHE_VERSION = 1;
/** An entry no run has used for this long is deleted at the end of a run. */
export const CACHE_MAX_AGE_MS = 7 * 24 * 3600 * 1000;
const MAGIC = Buffer.from('pcz1');
const HEADER = MAGIC.length + 32 + 4; // magic, sha256(key ‖ body), length of the gzip part

/**
 * Cache key: the source bytes and everything that shapes the output (settings, this
 * version, the zlib and brotli libraries Node was built with).
 */
export function cacheKey(source: Buffer, quality: number): string {
  const { zlib, brotli } = process.versions;
  return createHash('sha256')
    .update(`precompress ${CACHE_VERSION} zlib ${zlib} gzip 9 brotli ${brotli} q${quality} text\n`)
    .update(source)
    .digest('hex');
}

const digest = (key: string, body: Buffer[]) => {
  const hash = createHash('sha256').update(key);
  for (const part of body) hash.update(part);
  return hash.digest();
};

/** An entry: magic, a digest of its key and body (so a truncated, corrupt or misfiled entry fails), gzip, brotli. */
function packEntry(key: string, { gz, br }: Compressed): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(gz.length);
  return Buffer.concat([MAGIC, digest(key, [length, gz, br]), length, gz, br]);
}

/** The entry's two encodings, or undefined when it is not a whole, intact entry for this key. */
export function unpackEntry(key: string, entry: Buffer): Compressed | undefined {
  if (entry.length < HEADER || !entry.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const length = entry.subarray(HEADER - 4, HEADER);
  const gzLength = length.readUInt32LE();
  if (HEADER + gzLength > entry.length) return undefined;
  const gz = entry.subarray(HEADER, HEADER + gzLength);
  const br = entry.subarray(HEADER + gzLength);
  if (!digest(key, [length, gz, br]).equals(entry.subarray(MAGIC.length, MAGIC.length + 32))) return undefined;
  return { gz, br };
}

let tmpCounter = 0;

/** Stores an entry whole: written to a temporary file, then renamed into place. A cache that cannot be written only costs time. */
async function storeEntry(cacheDir: string, key: string, compressed: Compressed) {
  const file = join(cacheDir, key);
  const tmp = `${file}.${process.pid}-${tmpCounter++}.tmp`;
  try {
    await writeFile(tmp, packEntry(key, compressed));
    await rename(tmp, file);
  } catch {
    await rm(tmp, { force: true }).catch(() => {});
  }
}

/** The cached encodings for `key`, marked as used (for pruning), or undefined. */
async function loadEntry(cacheDir: string, key: string): Promise<Compressed | undefined> {
  const file = join(cacheDir, key);
  const hit = unpackEntry(key, await readFile(file).catch(() => Buffer.alloc(0)));
  if (hit) {
    const now = new Date();
    await utimes(file, now, now).catch(() => {});
  }
  return hit;
}

/** Deletes cache entries (and leftover temporary files) that this run did not use and no run used for `maxAgeMs`. */
async function pruneCache(cacheDir: string, used: Set<string>, maxAgeMs: number): Promise<number> {
  let removed = 0;
  const before = Date.now() - maxAgeMs;
  for (const name of await readdir(cacheDir)) {
    if (used.has(name)) continue;
    const info = await stat(join(cacheDir, name)).catch(() => null);
    if (info?.isFile() && info.mtimeMs <= before) {
      await rm(join(cacheDir, name), { force: true });
      removed++;
    }
  }
  return removed;
}

// ---- Worker threads ------------------------------------------------------------------------

/** A file for a worker: its bytes (sent, not read again, so the cache key always matches) and brotli quality. */
export interface Job {
  source: Uint8Array;
  quality: number;
}

/** Compresses `jobs` on up to `threads` worker threads, each taking every n-th file (they cost about the same per byte). */
async function compressAll(jobs: Job[], threads: number): Promise<Compressed[]> {
  const results: Compressed[] = new Array(jobs.length);
  if (!jobs.length) return results;
  const count = Math.max(1, Math.min(threads, Math.ceil(jobs.length / 16)));
  await Promise.all(
    Array.from({ length: count }, (_, k) => {
      const mine = jobs.flatMap((job, i) => (i % count === k ? [{ ...job, i }] : []));
      const worker = new Worker(new URL('./precompress-worker.ts', import.meta.url), { workerData: mine });
      worker.on('message', ({ i, gz, br }: { i: number; gz: Uint8Array; br: Uint8Array }) => {
        const buffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
        results[i] = { gz: buffer(gz), br: buffer(br) };
      });
      return new Promise<void>((resolve, reject) => {
        worker.once('error', reject);
        worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`precompress worker exited with ${code}`))));
      });
    }),
  );
  return results;
}

// ---- A built site ----------------------------------------------------------------------------

/** `path` relative to the site's root, with `/` separators. */
const siteRelative = (dir: string, path: string) => relative(dir, path).split(sep).join('/');

/** Runs `fn` over `items`, 16 at a time: file system calls overlap in libuv's pool. */
async function inParallel<T>(items: T[], fn: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: 16 }, lane));
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

export interface PrecompressOptions {
  /** Where compressed copies are kept between runs (content-addressed); no cache without it. */
  cacheDir?: string;
  /** Cache entries unused for this long are deleted after the run (default CACHE_MAX_AGE_MS). */
  cacheMaxAgeMs?: number;
  /** Worker threads for compressing (default: one per core). */
  threads?: number;
}

export interface PrecompressReport {
  /** text files looked at */
  files: number;
  /** their bytes */
  bytes: number;
  /** bytes a client receives with the best encoding it accepts: gzip only, brotli where kept (else gzip, else none) */
  gzipBytes: number;
  brotliBytes: number;
  /** `.gz`/`.br` files written */
  written: number;
  /** files whose copies came from the cache */
  cached: number;
  /** cache entries deleted as unused */
  pruned: number;
}

/**
 * Writes `<file>.gz` and `<file>.br` beside every compressible file under `dir`, and removes
 * a stale copy that no longer pays. With `cacheDir`, a file whose bytes were compressed before
 * (with the same settings) is not compressed again.
 */
export async function precompressDir(dir: string, options: PrecompressOptions = {}): Promise<PrecompressReport> {
  const { cacheMaxAgeMs = CACHE_MAX_AGE_MS, threads = availableParallelism() } = options;
  const report: PrecompressReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0, written: 0, cached: 0, pruned: 0 };
  // No usable cache folder (a file in its place, no permission): compress everything, as without one.
  const cacheDir = options.cacheDir && (await mkdir(options.cacheDir, { recursive: true }).then(() => options.cacheDir, () => undefined));
  const paths: string[] = [];
  for await (const path of walk(dir)) if (COMPRESSIBLE.test(path)) paths.push(path);
  paths.sort();

  // Look every file up in the cache; what is missing goes to the workers.
  const files: { path: string; source: Buffer; key?: string; compressed?: Compressed }[] = [];
  await inParallel(paths, async (path, i) => {
    const source = await readFile(path);
    const file: (typeof files)[number] = (files[i] = { path, source });
    if (source.length < MIN_BYTES || !cacheDir) return;
    file.key = cacheKey(source, brotliQuality(siteRelative(dir, path)));
    file.compressed = await loadEntry(cacheDir, file.key);
    if (file.compressed) report.cached++;
  });
  const missing = files.flatMap((file) => (file.source.length >= MIN_BYTES && !file.compressed ? [file] : []));
  const fresh = await compressAll(
    missing.map(({ path, source }) => ({ source, quality: brotliQuality(siteRelative(dir, path)) })),
    threads,
  );
  await inParallel(missing, async (file, i) => {
    file.compressed = fresh[i]!;
    if (cacheDir && file.key) await storeEntry(cacheDir, file.key, file.compressed);
  });

  await inParallel(files, async ({ path, source, compressed }) => {
    const encoded = compressed ? select(source, compressed) : [];
    report.files++;
    report.bytes += source.length;
    const size = (ext: string) => encoded.find((e) => e.ext === ext)?.data.length;
    const gz = size('.gz') ?? source.length;
    report.gzipBytes += gz;
    report.brotliBytes += size('.br') ?? gz;
    for (const ext of ['.gz', '.br'] as const) {
      const found = encoded.find((e) => e.ext === ext);
      if (found) {
        await writeFile(path + ext, found.data);
        report.written++;
      } else if (await stat(path + ext).catch(() => null)) {
        await rm(path + ext);
      }
    }
  });
  if (cacheDir) report.pruned = await pruneCache(cacheDir, new Set(files.flatMap((f) => (f.key ? [f.key] : []))), cacheMaxAgeMs);
  return report;
}
