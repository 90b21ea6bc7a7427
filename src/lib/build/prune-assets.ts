/**
 * Removes the files under `_astro/` that nothing in the built site refers to.
 *
 * Astro copies the untouched original of every image it processes into `_astro/` whenever
 * code reads the image's metadata (width, format…), even if no page links it
 * (withastro/astro#15505, no option to turn it off). For a photo that original still
 * carries its EXIF, GPS and XMP. Hash-named files are unique, so a file is kept when its
 * name occurs as a whole name in a file that is served and reachable from outside
 * `_astro/` (HTML, CSS, JS, JSON, XML…), directly or through
 * other kept files (a stylesheet's font, a script's chunk).
 */
import { lstat, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const ASSETS_DIR = '_astro';

/** Files that cannot refer to other files; not read. */
const OPAQUE = /\.(?:jpe?g|png|webp|avif|gif|ico|tiff?|heic|woff2?|ttf|otf|eot|wasm|mp4|webm|mp3|pdf|zip|br|gz)$/i;
/**
 * Pagefind's folder: its index is made from the pages, so it names nothing the pages do not, and
 * its own scripts and styles name nothing in `_astro/`. Not read (at 1,000 article pairs it
 * is 2,500 gzip files to unpack).
 */
const PAGEFIND_DIR = 'pagefind';
/** Precompressed copies (scripts/precompress.ts) go with their file, never on their own. */
const PRECOMPRESSED = /\.(?:gz|br)$/;

async function walk(dir: string, skip?: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === skip) continue;
    if (entry.isDirectory()) out.push(...(await walk(path, skip)));
    else if (entry.isFile()) out.push(path); // symbolic links are neither followed nor read
  }
  return out;
}

/** A file's text; a gzip file is unpacked first. */
async function textOf(path: string): Promise<string> {
  let bytes = await readFile(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      // not gzip after all: read as it is
    }
  }
  return bytes.toString('utf8');
}

/** The ways a file name can be written in a reference: as is, percent-encoded, HTML-escaped. */
function spellings(name: string): string[] {
  const forms = new Set([name, encodeURI(name), encodeURIComponent(name)]);
  for (const f of [...forms]) forms.add(f.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;'));
  return [...forms];
}

const isNameChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_.~%-]/u.test(c);

/** Whether `text` contains `form` as a whole name (not as part of a longer name). */
function containsWhole(text: string, form: string): boolean {
  for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1];
    const after = text[i + form.length];
    // "photo.abc.jpg." at the end of a sentence still names photo.abc.jpg.
    const afterIsName = isNameChar(after) && !(after === '.' && !isNameChar(text[i + form.length + 1]));
    if (!isNameChar(before) && !afterIsName) return true;
  }
  return false;
}

/**
 * The candidate names that `text` refers to: each spelling searched as a whole name.
 * (Splitting every file into tokens cost ≈ 2 ms per page: 5 s at 1,000 article pairs.)
 */
function referencesIn(text: string, candidates: Map<string, string[]>): Set<string> {
  const found = new Set<string>();
  for (const [name, forms] of candidates) if (forms.some((f) => containsWhole(text, f))) found.add(name);
  return found;
}

export interface PruneResult {
  /** Paths removed, relative to the output directory. */
  removed: string[];
  /** Their total size in bytes. */
  bytes: number;
  /** Files kept under `_astro/`. */
  kept: number;
}

/**
 * The files under `<outDir>/_astro/` that no file outside it refers to, directly or through
 * other referenced files. Paths relative to `outDir`, sorted.
 */
export async function unreferencedAssets(outDir: string): Promise<string[]> {
  const assetsDir = join(outDir, ASSETS_DIR);
  const info = await lstat(assetsDir).catch(() => undefined);
  if (!info?.isDirectory()) return []; // missing, or a link to somewhere else: not ours to prune
  const assets = (await walk(assetsDir)).filter((p) => !PRECOMPRESSED.test(p));
  const byName = new Map<string, string[]>();
  for (const path of assets) {
    const name = path.slice(path.lastIndexOf(sep) + 1);
    byName.set(name, [...(byName.get(name) ?? []), path]);
  }
  const candidates = new Map([...byName.keys()].map((name) => [name, spellings(name)]));

  const roots = (await walk(outDir, join(outDir, PAGEFIND_DIR))).filter((p) => !p.startsWith(assetsDir + sep));
  const readRefs = async (path: string, names = candidates) => (OPAQUE.test(path) ? new Set<string>() : referencesIn(await textOf(path), names));

  // Breadth-first from the files outside _astro/, so a chain of references keeps all of it.
  const reached = new Set<string>();
  let frontier: Set<string> = new Set();
  // A name one page refers to is not looked for in the next pages: the shared stylesheet and
  // scripts are found in the first page, and 2,500 pages are searched for the rest only.
  const unseen = new Map(candidates);
  for (const path of roots) {
    if (unseen.size === 0) break;
    for (const name of await readRefs(path, unseen)) {
      frontier.add(name);
      unseen.delete(name);
    }
  }
  while (frontier.size) {
    const next = new Set<string>();
    for (const name of frontier) {
      if (reached.has(name)) continue;
      reached.add(name);
      for (const path of byName.get(name)!) for (const ref of await readRefs(path)) if (!reached.has(ref)) next.add(ref);
    }
    frontier = next;
  }
  return assets.filter((p) => !reached.has(p.slice(p.lastIndexOf(sep) + 1))).map((p) => relative(outDir, p)).sort();
}

/** Removes the unreferenced files under `<outDir>/_astro/` (and any precompressed copies of them). */
export async function pruneAssets(outDir: string): Promise<PruneResult> {
  const removed = await unreferencedAssets(outDir);
  let bytes = 0;
  for (const rel of removed) {
    const path = join(outDir, rel);
    bytes += (await lstat(path)).size;
    for (const p of [path, `${path}.gz`, `${path}.br`]) await rm(p, { force: true });
  }
  const kept = (await walk(join(outDir, ASSETS_DIR)).catch(() => [])).length;
  return { removed, bytes, kept };
}
