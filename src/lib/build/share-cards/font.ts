/**
 * Noto Sans SC (from npm, @fontsource/noto-sans-sc) for share images: only the
 * subset files whose unicode-range covers the text being drawn are loaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const base = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

interface Subset {
  file: string;
  ranges: [number, number][];
}

let parsed: Subset[] | undefined;

/** The subsets listed in the package's CSS (read once per process). */
function subsets(weight: 400): Subset[] {
  if (parsed) return parsed;
  const css = readFileSync(join(base, `${weight}.css`), 'utf8');
  parsed = [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g)].map(([, file = '', ranges = '']) => ({
    file,
    ranges: ranges.split(',').map((r) => {
      const [from = '', to] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)] as [number, number];
    }),
  }));
  return parsed;
}

const cache = new Map<string, Buffer>();
/** Subsets holding each character, found once per character (a scan of every range per card cost ≈ 2.7 ms). */
const subsetsOfChar = new Map<number, number[]>();
/** The same subsets give the same array, which satori recognises and does not parse again. */
const entries = new Map<string, ReturnType<typeof build>>();

function subsetsOf(code: number): number[] {
  let found = subsetsOfChar.get(code);
  if (!found) {
    found = subsets(400).flatMap((s, index) => (s.ranges.some(([a, b]) => code >= a && code <= b) ? [index] : []));
    subsetsOfChar.set(code, found);
  }
  return found;
}

function build(indexes: number[], weights: number[]) {
  const all = subsets(400);
  const fonts = weights.flatMap((weight) =>
    indexes.map((index) => {
      const path = join(base, 'files', all[index]!.file.replace('-400-', `-${weight}-`));
      if (!cache.has(path)) cache.set(path, readFileSync(path));
      return { name: `NotoSansSC-${index}`, data: cache.get(path)!, weight: weight as 400 | 700, style: 'normal' as const };
    }),
  );
  return { fonts, family: indexes.map((index) => `NotoSansSC-${index}`).join(', ') };
}

/**
 * Font entries for satori covering every character of `text`, in the given weights.
 * Each subset file gets its own family name (satori takes one file per family);
 * `family` lists them all for CSS `font-family`, so glyphs fall back across subsets.
 */
export function fontsFor(text: string, weights: number[] = [400, 700]) {
  const indexes = [...new Set([...new Set(text)].flatMap((c) => subsetsOf(c.codePointAt(0)!)))].sort((a, b) => a - b);
  const key = `${weights.join(',')}:${indexes.join(',')}`;
  let found = entries.get(key);
  if (!found) entries.set(key, (found = build(indexes, weights)));
  return found;
}
