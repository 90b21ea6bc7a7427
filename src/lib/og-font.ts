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

/**
 * Font entries for satori covering every character of `text`, in the given weights.
 * Each subset file gets its own family name (satori takes one file per family);
 * `family` lists them all for CSS `font-family`, so glyphs fall back across subsets.
 */
export function fontsFor(text: string, weights: number[] = [400, 700]) {
  const codes = new Set([...text].map((c) => c.codePointAt(0)!));
  const needed = subsets(400)
    .map((s, index) => ({ ...s, index }))
    .filter((s) => s.ranges.some(([a, b]) => [...codes].some((c) => c >= a && c <= b)));
  const fonts = weights.flatMap((weight) =>
    needed.map((s) => {
      const path = join(base, 'files', s.file.replace('-400-', `-${weight}-`));
      if (!cache.has(path)) cache.set(path, readFileSync(path));
      return { name: `NotoSansSC-${s.index}`, data: cache.get(path)!, weight: weight as 400 | 700, style: 'normal' as const };
    }),
  );
  return { fonts, family: needed.map((s) => `NotoSansSC-${s.index}`).join(', ') };
}
