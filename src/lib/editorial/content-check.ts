/**
 * Checks the content layer cannot: every `<Fig id="…">` in MDX names a figure
 * that exists in `data/figures.yaml`, every `<Quote id="…">` a quotation in
 * `data/quotes.yaml`, every `<Source id="…">` a source in `data/sources.yaml`. Runs before every build and in the unit
 * tests; messages name the file and line, in English and Chinese.
 * Plain Node (no Astro virtual modules) so scripts and tests can import it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { createProcessor } from '@mdx-js/mdx';
import { readFrontMatter } from '../shared/front-matter.ts';
import { svgProblems, unsafeSvgMessage } from '../shared/svg.ts';
import { noMemo, type Memo } from '../shared/build-cache.ts';

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
  // The authoring guides (README*.md) show examples; they are not published.
  for (const path of walk(contentDir).filter((p) => /\.mdx?$/.test(p) && !/README[^/]*\.md$/.test(p))) {
    const lines = readFileSync(path, 'utf8').split('\n');
    for (const [index, text] of lines.entries()) {
      for (const match of text.matchAll(/<Fig\s+id=["']([^"']*)["']/g)) {
        uses.push({ file: relative(process.cwd(), path), line: index + 1, id: match[1] ?? '' });
      }
    }
    // Projects list figure ids in front matter too: `figures: [liyi-investment, …]`.
    const { data, lineOf } = readFrontMatter(lines.join('\n'));
    if (Array.isArray(data.figures)) {
      for (const id of data.figures) uses.push({ file: relative(process.cwd(), path), line: lineOf('figures'), id: String(id) });
    }
  }
  // Policies list them in data/policies.yaml.
  const policiesFile = join(contentDir, 'data', 'policies.yaml');
  if (existsSync(policiesFile)) {
    const text = readFileSync(policiesFile, 'utf8');
    let policies: { figures?: unknown }[] = [];
    try {
      policies = (parseYaml(text) as typeof policies) ?? [];
    } catch {
      /* reported by the content layer */
    }
    for (const policy of Array.isArray(policies) ? policies : []) {
      for (const id of Array.isArray(policy.figures) ? policy.figures : []) {
        const line = text.split('\n').findIndex((l) => l.includes(String(id))) + 1;
        uses.push({ file: relative(process.cwd(), policiesFile), line, id: String(id) });
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
        `未知的数据编号“${use.id}”：请在 ${join(contentDir, 'data/figures.yaml')} 中添加，或改正编号。`,
    }));
}

/** Ids defined in a data file (empty when it cannot be read; the content layer reports that). */
export function dataIds(contentDir: string, file: 'quotes.yaml' | 'sources.yaml'): Set<string> {
  try {
    const data = parseYaml(readFileSync(join(contentDir, 'data', file), 'utf8')) as { id?: unknown }[];
    return new Set((Array.isArray(data) ? data : []).map((q) => String(q?.id)));
  } catch {
    return new Set();
  }
}

/** Every `<Quote id="…" />` (or another component taking an id) in the MDX under contentDir, with where it is. */
export function componentUses(contentDir: string, component: 'Quote' | 'Source'): { file: string; line: number; id: string }[] {
  const uses = [];
  const pattern = new RegExp(`<${component}\\s+id=["']([^"']*)["']`, 'g');
  for (const path of walk(contentDir).filter((p) => /\.mdx?$/.test(p) && !/README[^/]*\.md$/.test(p))) {
    for (const [index, text] of readFileSync(path, 'utf8').split('\n').entries()) {
      for (const match of text.matchAll(pattern)) {
        uses.push({ file: relative(process.cwd(), path), line: index + 1, id: match[1] ?? '' });
      }
    }
  }
  return uses;
}

/** `<Quote id>` names a quotation in data/quotes.yaml; `<Source id>` a source in data/sources.yaml. */
export function checkQuoteAndSourceIds(contentDir: string): ContentProblem[] {
  const kinds = [
    { component: 'Quote', file: 'quotes.yaml', en: 'quote id', zh: '引语编号', add: 'add the quotation to', addZh: '添加这段引语' },
    { component: 'Source', file: 'sources.yaml', en: 'source id', zh: '来源编号', add: 'add the source to', addZh: '添加该来源' },
  ] as const;
  return kinds.flatMap((kind) => {
    const ids = dataIds(contentDir, kind.file);
    const file = join(contentDir, 'data', kind.file);
    return componentUses(contentDir, kind.component)
      .filter((use) => !ids.has(use.id))
      .map((use) => ({
        file: use.file,
        line: use.line,
        field: `<${kind.component} id>`,
        message:
          `Unknown ${kind.en} "${use.id}": ${kind.add} ${file} or correct the id. / ` +
          `未知的${kind.zh}“${use.id}”：请在 ${file} 中${kind.addZh}，或改正编号。`,
      }));
  });
}

/** Every image a gallery.yaml names exists beside it (the content layer only finds out at build time, less clearly), and a drawing (SVG) is safe to serve. */
export function checkGalleryPaths(contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const path of walk(contentDir).filter((p) => p.endsWith('gallery.yaml'))) {
    const text = readFileSync(path, 'utf8');
    let data: { images?: { src?: unknown }[] };
    try {
      data = parseYaml(text) as typeof data;
    } catch {
      continue; // a YAML syntax error is reported by the content layer, with its line
    }
    for (const [index, image] of (data?.images ?? []).entries()) {
      if (typeof image?.src !== 'string') continue; // the schema reports a missing src
      const line = text.split('\n').findIndex((l) => l.includes(image.src as string)) + 1;
      const file = join(dirname(path), image.src);
      if (existsSync(file)) {
        // A drawing is served as SVG from our own site: nothing in it may run or load from elsewhere.
        const unsafe = /\.svg$/i.test(file) ? svgProblems(readFileSync(file, 'utf8')) : [];
        if (unsafe.length) problems.push({ file: relative(process.cwd(), path), line, field: `images.${index}.src`, message: unsafeSvgMessage(image.src, unsafe) });
        continue;
      }
      problems.push({
        file: relative(process.cwd(), path),
        line,
        field: `images.${index}.src`,
        message:
          `Image file "${image.src}" does not exist next to this gallery.yaml: check the file name, or put the image in ${relative(process.cwd(), dirname(path))}/. / ` +
          `图片文件“${image.src}”不存在：请检查文件名，或将图片放入 ${relative(process.cwd(), dirname(path))}/。`,
      });
    }
  }
  return problems;
}

/** News tags must be listed in data/tags.yaml. */
export function checkTags(contentDir: string): ContentProblem[] {
  let known: Set<string>;
  try {
    known = new Set((parseYaml(readFileSync(join(contentDir, 'data', 'tags.yaml'), 'utf8')) as { id: string }[]).map((t) => t.id));
  } catch {
    known = new Set();
  }
  const newsDir = join(contentDir, 'news');
  if (!existsSync(newsDir)) return [];
  const problems: ContentProblem[] = [];
  for (const path of walk(newsDir).filter((p) => /\.mdx?$/.test(p))) {
    const { data, lineOf } = readFrontMatter(readFileSync(path, 'utf8'));
    const tags = Array.isArray(data.tags) ? data.tags.map(String) : [];
    for (const tag of tags.filter((t) => !known.has(t))) {
      problems.push({
        file: relative(process.cwd(), path),
        line: lineOf('tags'),
        field: 'tags',
        message:
          `Unknown tag "${tag}": use one of ${[...known].join(', ')}, or add it to ${join(contentDir, 'data/tags.yaml')}. / ` +
          `未知标签“${tag}”：请使用 ${[...known].join('、')} 之一，或先在 ${join(contentDir, 'data/tags.yaml')} 中添加。`,
      });
    }
  }
  return problems;
}

/** Two files that would publish at one address (`a.md` and `a.mdx` in one folder). */
export function checkDuplicateSlugs(contentDir: string): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const path of walk(contentDir).filter((p) => /\.mdx?$/.test(p) && !/README[^/]*\.md$/.test(p))) {
    const key = path.replace(/\.mdx?$/, '');
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: relative(process.cwd(), path),
        line: 1,
        field: 'file name',
        message:
          `Same address as ${relative(process.cwd(), first)}: two files cannot share a slug; rename one. / ` +
          `与 ${relative(process.cwd(), first)} 网址相同：两篇内容不能共用一个文件名，请改名。`,
      });
    } else seen.set(key, path);
  }
  return problems;
}

/** MDX expressions in a parsed text (`{…}`), except comments (a slash-star block in braces). */
function collectExpressions(node: unknown, out: { line: number; value: string }[]): void {
  const n = node as { type?: string; value?: string; position?: { start: { line: number } }; children?: unknown[] };
  if ((n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && !/^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value ?? '')) {
    out.push({ line: n.position?.start.line ?? 0, value: n.value ?? '' });
  }
  for (const child of n.children ?? []) collectExpressions(child, out);
}

/**
 * MDX that does not parse (an unclosed tag, a stray `{` or `<`), with its line, and `{…}`
 * expressions in the text. The front matter is blanked out first so line numbers stay those
 * of the file. Only parses: Astro compiles every file anyway, and compiling here too cost
 * ≈ 3 s per 2,000 articles.
 */
export async function checkMdxSyntax(contentDir: string, memo: Memo = noMemo): Promise<ContentProblem[]> {
  return walk(contentDir)
    .filter((p) => p.endsWith('.mdx'))
    .flatMap((path) => {
      const file = relative(process.cwd(), path);
      const text = readFileSync(path, 'utf8');
      return memo(`${file}\0${text}`, () => mdxSyntaxProblems(file, text));
    });
}

const mdxProcessor = createProcessor();

/** The MDX problems of one file's text (`file` only names it in the messages). */
export function mdxSyntaxProblems(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---/, (fm) => fm.replace(/[^\n]/g, ''));
  const expressions: { line: number; value: string }[] = [];
  try {
    collectExpressions(mdxProcessor.parse(body), expressions);
    // `{…}` in the text is code to MDX. Staff write braces as \{ \}; an unescaped pair (for
    // example one the editor's rich-text mode unescaped) parses but breaks the page.
    for (const x of expressions) {
      problems.push({
        file,
        line: x.line,
        field: 'MDX',
        message:
          `"{${x.value}}" would run as code, not show as text: write \\{ and \\} to show braces, or {/* … */} for a comment. / ` +
          `“{${x.value}}”会被当作代码执行而不是显示：如需显示花括号请写成 \\{ 和 \\}，注释请写成 {/* … */}。`,
      });
    }
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    problems.push({
      file,
      line: e.line ?? 0,
      field: 'MDX',
      message:
        `This text cannot be read as MDX: ${e.reason ?? e.message}. Check for an unclosed <Fig … /> tag, or write a literal { or < as \\{ or &lt;. / ` +
        `此处无法按 MDX 解析：请检查 <Fig … /> 等标签是否闭合；正文中的 { 或 < 请写成 \\{ 或 &lt;。`,
    });
  }
  return problems;
}

/** All pre-build checks. */
export async function checkContent(contentDir: string, memo: Memo = noMemo): Promise<ContentProblem[]> {
  return [
    ...(await checkMdxSyntax(contentDir, memo)),
    ...checkFigureIds(contentDir),
    ...checkQuoteAndSourceIds(contentDir),
    ...checkGalleryPaths(contentDir),
    ...checkTags(contentDir),
    ...checkDuplicateSlugs(contentDir),
  ];
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line} — ${p.field}: ${p.message}`;
}
