/**
 * How the editor reads and writes MDX files (`format: mdx-frontmatter`) and gallery/settings
 * YAML (`format: yaml-clean`): YAML front matter in
 * the style the site's files already use, so saving an article rewrites nothing the author did
 * not change. The style, applied to every MDX file under content/ (tested):
 *   - keys in the order they were read (new keys follow the editor's field order);
 *   - strings plain where YAML allows, else in double quotes; no line folding;
 *   - lists of plain values on one line: `tags: [feature]`;
 *   - a date that is a year alone stays a plain `date: 2024`, as staff write it: the editor hands
 *     it back as the text "2024", which YAML would otherwise quote (the schema reads both);
 *   - `false`, empty strings and empty lists are left out: the schemas default them, so the
 *     build reads the file the same way (a `draft: false` never appears by itself);
 *   - a blank line between the front matter and the text, and one newline at the end.
 */
import { Document, isScalar, parse, visit } from 'yaml';

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function fromMdx(text: string): Record<string, unknown> {
  const match = frontMatter.exec(text);
  const data = match ? ((parse(match[1]!) as Record<string, unknown>) ?? {}) : {};
  const body = match ? text.slice(match[0].length) : text;
  return { ...data, body: body.replace(/^(\r?\n)+/, '') };
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === false ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The value without empty fields, at any depth (list items stay, even empty ones). */
export function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !isEmpty(v)).map(([k, v]) => [k, clean(v)]));
  }
  return value;
}

/** Data as YAML text in the site's style (for front matter: without the surrounding `---`). */
export function yamlText(data: unknown): string {
  const kept = clean(data);
  if (kept && typeof kept === 'object' && Object.keys(kept).length === 0) return '';
  const doc = new Document(kept);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, singleQuote: false, flowCollectionPadding: false });
}

export function toMdx(value: Record<string, unknown>): string {
  const { body = '', ...data } = value;
  if (typeof data.date === 'string' && /^\d{4}$/.test(data.date)) data.date = Number(data.date);
  const text = String(body).replace(/^(\r?\n)+/, '').replace(/\s+$/, '');
  return `---\n${yamlText(data)}---\n${text ? `\n${text}\n` : ''}`;
}


/** YAML data files (galleries, site settings): same style, nothing empty written. */
export const fromYaml = (text: string) => parse(text) as unknown;
export const toYaml = (value: unknown) => yamlText(value);
