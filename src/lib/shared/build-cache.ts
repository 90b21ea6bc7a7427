/**
 * Results of pure per-file functions kept between builds, in one JSON file under
 * `node_modules/.astro/` (the folder a CI cache keeps, see README), keyed by a hash of what they
 * read and of the code that computes them: after an edit only the edited files are checked
 * again. Saving keeps only the entries this run used, so the file never outgrows the content;
 * a file that cannot be read back counts as empty, and it is written whole (temp file, rename).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Astro's cache folder, which our own build caches share (so one CI cache keeps all of them):
 * `node_modules/.astro`; fixture builds (`CONTENT_DIR`) get their own, and `ASTRO_CACHE_DIR`
 * separates fixtures whose files share content but not paths (the editor tests).
 */
export function cacheRoot(): string {
  return process.env.ASTRO_CACHE_DIR ?? (process.env.CONTENT_DIR ? 'node_modules/.astro-fixtures' : 'node_modules/.astro');
}

export type Memo = <T>(input: string, compute: () => T) => T;

/** A hash of the files that define a computation (its code, the lockfile for its libraries). */
export function codeVersion(files: (string | URL)[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export interface MemoFile {
  memo: Memo;
  /** Writes the entries used since opening; returns how many were reused and computed. */
  save(): { reused: number; computed: number };
}

export function openMemo(name: string, version: string, root = cacheRoot()): MemoFile {
  const file = join(root, `${name}.json`);
  let stored: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; entries?: Record<string, unknown> };
    if (parsed.version === version && parsed.entries && typeof parsed.entries === 'object') stored = parsed.entries;
  } catch {
    // missing or damaged: start empty
  }
  const used: Record<string, unknown> = {};
  let reused = 0;
  let computed = 0;
  const memo = <T>(input: string, compute: () => T): T => {
    const key = createHash('sha256').update(input).digest('base64url');
    if (Object.hasOwn(stored, key)) {
      reused++;
      return (used[key] = stored[key]) as T;
    }
    computed++;
    return (used[key] = compute()) as T;
  };
  const save = () => {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version, entries: used }));
    renameSync(temp, file);
    return { reused, computed };
  };
  return { memo, save };
}

/** No caching (tests, and callers that pass no memo). */
export const noMemo: Memo = (_input, compute) => compute();
