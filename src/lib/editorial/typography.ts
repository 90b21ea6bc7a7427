/**
 * The typography gate: finds the runs of prose in content files (MDX and Markdown
 * text, YAML string values, UI dictionary strings), corrects each with
 * `typography-rules.ts`, and reports every change as a problem with file, line
 * and the fix — or writes the fixes (`npm run fix:typography`).
 *
 * Only prose is touched: never MDX/JSX syntax, code, link targets, YAML keys,
 * YAML/front-matter syntax, or dictionary keys. A fix that would change a file's
 * structure is refused (and reported), so running the fixer is always safe, and
 * running it twice changes nothing the second time.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { isPair, isScalar, parse as parseYaml, parseDocument, visit } from 'yaml';
import ts from 'typescript';
import { fixRun, type TextLanguage } from './typography-rules.ts';
import type { ContentProblem } from './content-check.ts';
import { noMemo, type Memo } from '../shared/build-cache.ts';

/** A run of prose in a file: its offsets, language and neighbouring visible characters. */
interface Run {
  start: number;
  end: number;
  lang: TextLanguage;
  before?: string;
  after?: string;
}

/** One place where the text differs from its corrected form. */
export interface TypographyIssue {
  file: string;
  line: number;
  column: number;
  lang: 'zh' | 'en';
  was: string;
  fix: string;
}

/** The language a file is written in, from its path: `…/zh/…`, `zh.mdx`, `zh.ts`, `README.en.md`. */
export function languageOfPath(path: string): TextLanguage {
  const parts = path.split(/[\\/]/);
  const name = basename(path);
  if (parts.includes('en') || /^en\.\w+$/.test(name) || /\.en\.mdx?$/.test(name)) return 'en';
  if (parts.includes('zh') || /^zh\.\w+$/.test(name) || /^README\.mdx?$/.test(name)) return 'zh';
  return 'auto';
}

/** The language of a YAML value, from the nearest key that names one (`zh:`, `en:`, `titleEn:`). */
function languageOfKey(key: unknown, fallback: TextLanguage): TextLanguage {
  const k = String(key ?? '');
  if (k === 'zh' || /Zh$/.test(k)) return 'zh';
  if (k === 'en' || /En$/.test(k)) return 'en';
  return fallback;
}

function yamlRuns(text: string, offset: number, fallback: TextLanguage): Run[] {
  const doc = parseDocument(text);
  if (doc.errors.length) return []; // the content layer reports YAML errors with their line
  const runs: Run[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      let lang = fallback;
      for (const ancestor of path) if (isPair(ancestor) && isScalar(ancestor.key)) lang = languageOfKey(ancestor.key.value, lang);
      let [start, end] = node.range;
      if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
        start += 1;
        end -= 1;
      } else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        start = text.indexOf('\n', start) + 1; // skip the `|` / `>` header
      }
      if (end > start) runs.push({ start: start + offset, end: end + offset, lang });
    },
  });
  return runs;
}

type MdNode = {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
};

/** The visible text of an inline node, or U+FFFC for an element whose text the page fills in (`<Fig />`). */
function visibleText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.children?.length) return node.children.map(visibleText).join('');
  if (node.type.startsWith('mdxJsx')) return '\u{FFFC}';
  return '';
}

/** The language a JSX element's `lang` attribute sets for its text, if any. */
function languageOfElement(node: MdNode): TextLanguage | undefined {
  const attr = (node as { attributes?: { name?: string; value?: unknown }[] }).attributes?.find((a) => a.name === 'lang');
  if (typeof attr?.value !== 'string') return undefined;
  return attr.value.startsWith('zh') ? 'zh' : attr.value.startsWith('en') ? 'en' : undefined;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/;

/** The front matter blanked out (same offsets), so the body parses on its own. */
function bodyOf(text: string): string {
  return text.replace(FRONT_MATTER, (fm) => fm.replace(/[^\n]/g, ' '));
}

function markdownTree(text: string, mdx: boolean): MdNode {
  return createProcessor({ format: mdx ? 'mdx' : 'md' }).parse(bodyOf(text)) as unknown as MdNode;
}

function markdownRuns(text: string, mdx: boolean, lang: TextLanguage): Run[] {
  const runs: Run[] = [];
  const fm = FRONT_MATTER.exec(text);
  if (fm) runs.push(...yamlRuns(fm[1] ?? '', fm[0].indexOf('\n') + 1, lang));
  const walk = (node: MdNode, lang: TextLanguage) => {
    const children = node.children ?? [];
    children.forEach((child, i) => {
      if (child.type === 'text' && child.position?.start.offset !== undefined && child.position.end.offset !== undefined) {
        runs.push({
          start: child.position.start.offset,
          end: child.position.end.offset,
          lang,
          before: children[i - 1] ? visibleText(children[i - 1]!).at(-1) : undefined,
          after: children[i + 1] ? visibleText(children[i + 1]!)[0] : undefined,
        });
      }
      // `<span lang="zh-CN">长三角（湖州）产业合作区</span>` in an English page is Chinese text.
      walk(child, languageOfElement(child) ?? lang);
    });
  };
  walk(markdownTree(text, mdx), lang);
  return runs;
}

/** The values of a flat dictionary (`'key': 'value'`), never the keys. */
function dictionaryRuns(text: string, path: string, lang: TextLanguage): Run[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const runs: Run[] = [];
  const walk = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      ts.isPropertyAssignment(node.parent) &&
      node.parent.initializer === node
    ) {
      runs.push({ start: node.getStart(source) + 1, end: node.getEnd() - 1, lang });
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  return runs;
}

/** The prose runs of one file, by its type. */
export function proseRuns(path: string, text: string): Run[] {
  const lang = languageOfPath(path);
  if (/\.mdx$/.test(path)) return markdownRuns(text, true, lang);
  if (/\.md$/.test(path)) return markdownRuns(text, false, lang);
  if (/\.ya?ml$/.test(path)) return yamlRuns(text, 0, lang);
  if (/\.ts$/.test(path)) return dictionaryRuns(text, path, lang);
  return [];
}

/** The file with every prose run corrected. */
export function fixText(path: string, text: string): string {
  const runs = proseRuns(path, text).sort((a, b) => b.start - a.start);
  let out = text;
  for (const run of runs) {
    const fixed = fixRun(text.slice(run.start, run.end), run.lang, run);
    if (fixed !== text.slice(run.start, run.end)) out = out.slice(0, run.start) + fixed + out.slice(run.end);
  }
  return out;
}

/** Node types and keys only: what a fix must never change. */
function shape(path: string, text: string): string {
  if (/\.mdx?$/.test(path)) {
    const types = (n: MdNode): string => n.type + (n.children ? `(${n.children.map(types).join(',')})` : '');
    const fm = FRONT_MATTER.exec(text);
    return types(markdownTree(text, path.endsWith('.mdx'))) + (fm ? shape('front.yaml', fm[1] ?? '') : '');
  }
  if (/\.ya?ml$/.test(path)) {
    return JSON.stringify(parseYaml(text), (_k, v: unknown) => (typeof v === 'string' ? '' : v));
  }
  if (/\.ts$/.test(path)) {
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const kinds: string[] = [];
    const walk = (n: ts.Node) => {
      kinds.push(ts.isStringLiteral(n) && !ts.isPropertyAssignment(n.parent) ? n.text : String(n.kind));
      ts.forEachChild(n, walk);
    };
    walk(source);
    return kinds.join(',');
  }
  return text;
}

/** The corrected text, checked: the same structure as before, and stable when fixed again. */
export function safeFix(path: string, text: string): string {
  const fixed = fixText(path, text);
  if (fixed === text) return text;
  if (shape(path, fixed) !== shape(path, text)) {
    throw new Error(`${path}: the typography fix would change the file's structure; fix it by hand. / 自动修正会改变文件结构，请手动修改。`);
  }
  if (fixText(path, fixed) !== fixed) throw new Error(`${path}: the typography fix is not stable. / 自动修正结果不稳定。`);
  return fixed;
}

/** Where `fixed` differs from `text`, as small hunks: punctuation swapped, spaces added or dropped. */
export function hunks(text: string, fixed: string): { at: number; was: string; fix: string }[] {
  const raw: { at: number; end: number; atFix: number; endFix: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < text.length || j < fixed.length) {
    if (text[i] === fixed[j]) {
      i++;
      j++;
      continue;
    }
    const at = i;
    const atFix = j;
    // Advance until both sides agree again for a few characters.
    while ((i < text.length || j < fixed.length) && !(text[i] === fixed[j] && text.slice(i, i + 3) === fixed.slice(j, j + 3))) {
      if (text[i] === ' ' && fixed[j] !== ' ') i++;
      else if (fixed[j] === ' ' && text[i] !== ' ') j++;
      else {
        i++;
        j++;
      }
    }
    const last = raw.at(-1);
    // Hunks a few characters apart read better as one: （湖州）.
    if (last && at - last.end <= 6) Object.assign(last, { end: i, endFix: j });
    else raw.push({ at, end: i, atFix, endFix: j });
  }
  return raw.map((h) => ({ at: h.at, was: text.slice(h.at, h.end), fix: fixed.slice(h.atFix, h.endFix) }));
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Every typography issue in one file (a file the fixer cannot fix safely gives one issue saying so). */
export function lintText(path: string, text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  for (const run of proseRuns(path, text)) {
    const original = text.slice(run.start, run.end);
    const fixed = fixRun(original, run.lang, run);
    if (fixed === original) continue;
    const lang = run.lang === 'en' ? 'en' : 'zh';
    for (const h of hunks(original, fixed)) {
      // A few characters either side, from the file and on the same line, so the place can be found.
      const at = run.start + h.at;
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
      const from = Math.max(lineStart, at - 6);
      const to = Math.min(lineEnd, at + h.was.length + 6);
      const was = text.slice(from, to);
      const fix = text.slice(from, at) + h.fix + text.slice(at + h.was.length, to);
      issues.push({ file: path, ...lineAndColumn(text, at), lang, was, fix });
    }
  }
  return issues;
}

/** The files the gate reads: MDX, Markdown and YAML under a folder (or one such file), plus extra files. */
export function typographyFiles(path: string, extra: string[] = [], single = false): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const child = join(dir, name);
      return statSync(child).isDirectory() ? walk(child) : [child];
    });
  const found = single ? [path] : walk(path).filter((p) => /\.(mdx?|ya?ml)$/.test(p));
  return [...found, ...extra].map((p) => relative(process.cwd(), p).split(sep).join('/'));
}

/** The UI dictionaries (src/i18n/ui/*.ts). */
export function dictionaryFiles(root = process.cwd()): string[] {
  const dir = join(root, 'src', 'i18n', 'ui');
  return readdirSync(dir).filter((n) => n.endsWith('.ts')).map((n) => join(dir, n));
}

export function formatIssue(issue: TypographyIssue): string {
  return issue.lang === 'zh'
    ? `Chinese text takes full-width punctuation (GB/T 15834-2011): write “${issue.fix}” instead of “${issue.was}” (column ${issue.column}); \`npm run fix:typography\` corrects this. / ` +
        `中文请用全角标点（GB/T 15834-2011）：“${issue.was}”应为“${issue.fix}”（第 ${issue.column} 列）；运行 npm run fix:typography 可自动改正。`
    : `English text takes ASCII punctuation: write "${issue.fix}" instead of "${issue.was}" (column ${issue.column}); \`npm run fix:typography\` corrects this. / ` +
        `英文请用半角标点：“${issue.was}”应为“${issue.fix}”（第 ${issue.column} 列）；运行 npm run fix:typography 可自动改正。`;
}

/** The gate: every issue in the given files, as content problems (file, line, field, message). */
export function checkTypography(files: string[], memo: Memo = noMemo): ContentProblem[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return memo(`${file}\0${text}`, () =>
      lintText(file, text).map((issue) => ({ file, line: issue.line, field: 'typography / 标点', message: formatIssue(issue) })),
    );
  });
}

/** Applies the fixes to the given files; returns the files changed and how many issues each had. */
export function fixFiles(files: string[]): { file: string; issues: number }[] {
  const changed: { file: string; issues: number }[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const fixed = safeFix(file, text);
    if (fixed === text) continue;
    writeFileSync(file, fixed);
    changed.push({ file, issues: lintText(file, text).length });
  }
  return changed;
}
