/**
 * Precompression: a `.gz` and a `.br` beside every text file of the build, so nginx
 * (`gzip_static`, `brotli_static`) sends bytes compressed once, at maximum effort,
 * instead of compressing each response. Output is deterministic (gzip header without
 * a time stamp), so two builds of one commit stay identical.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

export interface Encoded {
  /** `.gz` or `.br` */
  ext: '.gz' | '.br';
  data: Buffer;
}

/** Both encodings of one file's bytes, each kept only when it saves MIN_SAVING or more. */
export async function encode(source: Buffer): Promise<Encoded[]> {
  if (source.length < MIN_BYTES) return [];
  const [gz, br] = await Promise.all([
    gzipAsync(source, { level: 9 }),
    brotliAsync(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
  ]);
  const keep = (data: Buffer) => data.length <= source.length * (1 - MIN_SAVING);
  return [
    ...(keep(gz) ? [{ ext: '.gz' as const, data: gz }] : []),
    ...(keep(br) ? [{ ext: '.br' as const, data: br }] : []),
  ];
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
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
}

/**
 * Writes `<file>.gz` and `<file>.br` beside every compressible file under `dir`, and removes
 * a stale copy that no longer pays. Compression runs in zlib's thread pool, `concurrency` files at a time.
 */
export async function precompressDir(dir: string, concurrency = 8): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0, written: 0 };
  const files: string[] = [];
  for await (const path of walk(dir)) if (COMPRESSIBLE.test(path)) files.push(path);
  files.sort();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const path = files[next++]!;
      const source = await readFile(path);
      const encoded = await encode(source);
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
  return report;
}
