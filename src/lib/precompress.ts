/**
 * Precompression: a `.gz` and a `.br` beside every text file of the build, so nginx
 * (`gzip_static`, `brotli_static`) sends bytes compressed once instead of compressing each
 * response. Output is deterministic (gzip header without a time stamp), so two builds of one
 * commit stay identical, and a content-addressed cache means an unchanged file is never
 * compressed twice (README: "Precompression and its cache").
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

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
interface Compressed {
  gz: Buffer;
  br: Buffer;
}

async function compress(source: Buffer, quality: number): Promise<Compressed> {
  const [gz, br] = await Promise.all([
    gzipAsync(source, { level: 9 }),
    brotliAsync(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
  ]);
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
  return select(source, await compress(source, quality));
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

/** Cached encodings of `source`, or compressed now and stored (written whole, then renamed into place). */
async function cachedCompress(cacheDir: string, source: Buffer, quality: number, used: Set<string>) {
  const key = cacheKey(source, quality);
  const file = join(cacheDir, key);
  used.add(key);
  const hit = unpackEntry(key, await readFile(file).catch(() => Buffer.alloc(0)));
  if (hit) {
    const now = new Date();
    await utimes(file, now, now).catch(() => {}); // marks it used, for pruning
    return { compressed: hit, hit: true };
  }
  const compressed = await compress(source, quality);
  const tmp = `${file}.${process.pid}-${tmpCounter++}.tmp`;
  await writeFile(tmp, packEntry(key, compressed));
  await rename(tmp, file);
  return { compressed, hit: false };
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

// ---- A built site ----------------------------------------------------------------------------

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
  /** Files compressed at a time (zlib works in libuv's thread pool). */
  concurrency?: number;
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
 * a stale copy that no longer pays.
 */
export async function precompressDir(dir: string, options: PrecompressOptions = {}): Promise<PrecompressReport> {
  const { cacheDir, cacheMaxAgeMs = CACHE_MAX_AGE_MS, concurrency = 8 } = options;
  const report: PrecompressReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0, written: 0, cached: 0, pruned: 0 };
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const used = new Set<string>();
  const files: string[] = [];
  for await (const path of walk(dir)) if (COMPRESSIBLE.test(path)) files.push(path);
  files.sort();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const path = files[next++]!;
      const source = await readFile(path);
      let encoded: Encoded[] = [];
      if (source.length >= MIN_BYTES) {
        const quality = brotliQuality(relative(dir, path).split(sep).join('/'));
        if (cacheDir) {
          const { compressed, hit } = await cachedCompress(cacheDir, source, quality, used);
          encoded = select(source, compressed);
          if (hit) report.cached++;
        } else {
          encoded = await encode(source, quality);
        }
      }
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
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (cacheDir) report.pruned = await pruneCache(cacheDir, used, cacheMaxAgeMs);
  return report;
}
