/**
 * Checks the content layer cannot: every `<Fig id="…">` in MDX names a figure
 * that exists in `data/figures.yaml`. Runs before every build and in the unit
 * tests; messages name the file and line, in English and Chinese.
 * Plain Node (no Astro virtual modules) so scripts and tests can import it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Ids defined in figures.yaml (an empty set when the file cannot be read; the content layer reports that). */
export function figureIds(contentDir: string): Set<string> {
  try {
    const data = parseYaml(readFileSync(join(contentDir, 'data', 'figures.yaml'), 'utf8')) as { id?: unknown }[];
    return new Set((Array.isArray(data) ? data : []).map((f) => String(f?.id)));
  } catch {
    return new Set();
  }
}

/** Every `<Fig id="…" />` in the MDX files under contentDir, with where it is. */
export function figureUses(contentDir: string): { file: string; line: number; id: string }[] {
  const uses = [];
  for (const path of walk(contentDir).filter((p) => /\.mdx?$/.test(p))) {
    const lines = readFileSync(path, 'utf8').split('\n');
    for (const [index, text] of lines.entries()) {
      for (const match of text.matchAll(/<Fig\s+id=["']([^"']*)["']/g)) {
        uses.push({ file: relative(process.cwd(), path), line: index + 1, id: match[1] ?? '' });
      }
    }
  }
  return uses;
}

export function checkFigureIds(contentDir: string): ContentProblem[] {
  const ids = figureIds(contentDir);
  return figureUses(contentDir)
    .filter((use) => !ids.has(use.id))
    .map((use) => ({
      file: use.file,
      line: use.line,
      field: '<Fig id>',
      message:
        `Unknown figure id "${use.id}": add it to ${join(contentDir, 'data/figures.yaml')} or correct the id. / ` +
        `未知的数据编号“${use.id}”:请在 ${join(contentDir, 'data/figures.yaml')} 中添加,或改正编号。`,
    }));
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line} — ${p.field}: ${p.message}`;
}
