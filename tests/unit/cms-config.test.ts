/**
 * The browser editor's configuration (src/admin/) against the content schemas: every schema
 * field is in the editor with the same required/optional status, no zod default is turned into
 * an editor default, every content collection can be edited, and saving an MDX file writes
 * back the same bytes.
 */
import './astro-content-hooks.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { buildConfig, type SchemaModules } from '../../src/admin/config.ts';
import { fieldPaths, schemaPaths, type CmsField } from '../../src/admin/schema-fields.ts';
import { fromMdx, toMdx } from '../../src/admin/mdx-format.ts';
import { adminCsp, gitOrigins } from '../../src/admin/csp.ts';

const dir = 'src/schemas';
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const modules: SchemaModules = Object.fromEntries(await Promise.all(files.map(async (f) => [f, await import(`../../${dir}/${f}`)] as const)));
const sources = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const data = (f: string) => parseYaml(readFileSync(`content/data/${f}`, 'utf8'));
const input = { modules, sources, backend: { name: 'local' as const }, tags: data('tags.yaml'), figures: data('figures.yaml'), lang: 'zh' as const };
const config = buildConfig(input) as { collections: Record<string, any>[]; [k: string]: unknown };

/** Which schema each editor collection must match, and where its fields are. */
const fieldsOf = (name: string, cfg = config): CmsField[] => {
  const c = cfg.collections.find((x) => x.name === name)!;
  assert.ok(c, `no editor collection "${name}"`);
  const fields = (c.fields ?? c.files[0].fields) as CmsField[];
  return fields[0]?.root ? (fields[0].fields as CmsField[]) : fields.filter((f) => f.name !== 'body');
};
const schemaOf = (name: string, mods = modules) => {
  for (const m of Object.values(mods)) if (name in m) return typeof m[name] === 'function' ? (m[name] as any)({ image: () => z.string() }) : m[name];
  throw new Error(name);
};
const pairs: [string, string, string[]][] = [
  ['news', 'newsSchema', []],
  ['pages', 'pageSchema', []],
  ['industries', 'industrySchema', []],
  ['projects-zh', 'projectSchema', []],
  ['projects-en', 'projectSchema', []],
  ['galleries', 'gallerySchema', []],
  ['zone', 'gallerySchema', []],
  ['figures', 'figureSchema', ['position']], // set by the loader from the file order
  ['sources', 'sourceSchema', []],
  ['policies', 'policySchema', []],
  ['tags', 'tagSchema', []],
  ['quotes', 'quoteSchema', []],
  ['facts', 'factSchema', []],
  ['settings', 'siteSchema', []],
];

function drift(schema: unknown, fields: CmsField[], skip: string[]): string[] {
  const want = schemaPaths(schema as never);
  const have = fieldPaths(fields);
  const problems: string[] = [];
  for (const [path, required] of want) {
    if (skip.includes(path)) continue;
    if (!have.has(path)) problems.push(`${path}: missing from the editor`);
    else if (have.get(path) !== required) problems.push(`${path}: ${required ? 'required' : 'optional'} in the schema, not in the editor`);
  }
  for (const path of have.keys()) if (!want.has(path) && !path.includes('*.item')) problems.push(`${path}: in the editor, not in the schema`);
  return problems;
}

test('every schema field is in the editor, required exactly where the schema requires it', () => {
  for (const [collection, schema, skip] of pairs) assert.deepEqual(drift(schemaOf(schema), fieldsOf(collection), skip), [], collection);
});

test('a field added to a schema appears in the editor, and the comparison notices a missing one', () => {
  const news = schemaOf('newsSchema');
  const grown = { ...modules, 'news.ts': { ...modules['news.ts'], newsSchema: news.extend({ subtitle: z.string() }) } };
  const cfg = buildConfig({ ...input, modules: grown }) as typeof config;
  const subtitle = fieldsOf('news', cfg).find((f) => f.name === 'subtitle');
  assert.equal(subtitle?.required, undefined); // required
  // The old editor fields against the grown schema: the drift check reports it.
  assert.deepEqual(drift(schemaOf('newsSchema', grown), fieldsOf('news'), []), ['subtitle: missing from the editor']);
});

test('the fields added after the editor was built are in it: quotes, facts, news seasons, figure period kinds', () => {
  const options = (f: CmsField | undefined) => (f?.options as (string | { value: string })[] | undefined)?.map((o) => (typeof o === 'string' ? o : o.value));
  const season = fieldsOf('news').find((f) => f.name === 'season');
  assert.equal(season?.widget, 'select');
  assert.equal(season?.required, false);
  assert.ok(options(season)!.includes('early-summer'));
  const periodKind = fieldsOf('figures').find((f) => f.name === 'periodKind');
  assert.deepEqual(options(periodKind)?.sort(), ['asOf', 'during', 'issuedOn', 'reportedOn']);
  for (const name of ['quotes', 'facts']) assert.ok(fieldsOf(name).some((f) => f.name === 'id'), name);
});

test('the schemas load in a browser: no Node built-in imported by them or by what they import', () => {
  // A static `node:` import stops the editor at /admin/ from loading at all (a blank page).
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      assert.doesNotMatch(spec!, /^node:|^(fs|path|os|child_process)$/, `${file} imports ${spec}`);
      if (spec!.startsWith('.')) visit(join(file, '..', spec!));
    }
  };
  for (const f of files) visit(join(dir, f));
  assert.ok(seen.has(join('src/lib/shared/partial-date.ts')) && seen.has(join('src/schemas/site-identity.ts')));
});

test('every content collection has an editor collection', () => {
  const text = readFileSync('src/content.config.ts', 'utf8');
  const names = /export const collections = \{([^}]*)\}/.exec(text)![1]!.split(',').map((s) => s.trim().split(':')[0]!).filter(Boolean);
  const editorFor: Record<string, string> = { site: 'settings', projects: 'projects-zh' };
  for (const name of names) assert.ok(config.collections.some((c) => c.name === (editorFor[name] ?? name)), `no editor collection for "${name}"`);
});

test('no zod default becomes an editor default (it would be written into files that lack the field)', () => {
  const walk = (fields: CmsField[]): void =>
    fields.forEach((f) => {
      assert.equal('default' in f, false, f.name);
      if (Array.isArray(f.fields)) walk(f.fields as CmsField[]);
    });
  for (const c of config.collections) walk(c.fields ?? c.files.flatMap((f: any) => f.fields));
  const draft = fieldsOf('news').find((f) => f.name === 'draft')!;
  assert.equal(draft.required, false);
});

test('doc comments become hints; partial dates keep their pattern; tags are a select of tag ids', () => {
  const figures = fieldsOf('figures');
  assert.match(String(figures.find((f) => f.name === 'id')!.hint), /Never rename a published id/);
  assert.deepEqual((figures.find((f) => f.name === 'period')!.pattern as string[])[0], '^\\d{4}(-Q[1-4]|-\\d{2}(-\\d{2})?)?$');
  const tags = fieldsOf('news').find((f) => f.name === 'tags')!;
  assert.equal(tags.widget, 'select');
  assert.deepEqual((tags.options as { value: string }[]).map((o) => o.value), data('tags.yaml').map((t: { id: string }) => t.id));
});

test('settings that keep files clean: no stock photos, empty optional fields left out, one slug for both languages', () => {
  assert.deepEqual((config.media_libraries as any).stock_assets, false);
  // No `undefined` anywhere (the intranet bundle has no site address): Sveltia would skip validating the configuration.
  assert.deepEqual(JSON.parse(JSON.stringify(config)), config);
  assert.equal((config.output as any).omit_empty_optional_fields, true);
  assert.deepEqual(config.i18n, { structure: 'multiple_folders', locales: ['zh', 'en'], default_locale: 'zh', initial_locales: 'all' });
  const body = config.collections.find((c) => c.name === 'news')!.fields.find((f: CmsField) => f.name === 'body');
  assert.deepEqual(body.modes, ['raw', 'rich_text']); // raw first: MDX saved exactly
});

test('every MDX file under content/ reads and writes back byte for byte', () => {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.mdx') ? [join(d, e.name)] : []));
  for (const file of walk('content')) {
    const text = readFileSync(file, 'utf8');
    assert.equal(toMdx(fromMdx(text)), text, file);
  }
});

test('the MDX writer adds nothing the author did not set, and quotes what YAML needs quoted', () => {
  const text = toMdx({ title: 'Zone: new momentum', description: '', draft: false, translation: false, tags: [], authors: ['Wu Dan'], date: '2024-05-01', body: '\n\nText with \\{braces\\}.' });
  assert.equal(text, '---\ntitle: "Zone: new momentum"\nauthors: [Wu Dan]\ndate: 2024-05-01\n---\n\nText with \\{braces\\}.\n');
  assert.deepEqual(fromMdx(text), { title: 'Zone: new momentum', authors: ['Wu Dan'], date: '2024-05-01', body: 'Text with \\{braces\\}.\n' });
  assert.equal(toMdx({ title: 'x', draft: true, body: '' }), '---\ntitle: x\ndraft: true\n---\n');
  // A year alone comes back from the editor as text; it is written as staff write it, not "2024".
  assert.equal(toMdx({ title: 'x', date: '2024', season: 'early-summer', body: '' }), '---\ntitle: x\ndate: 2024\nseason: early-summer\n---\n');
  assert.equal(toMdx({ title: '2024', date: '2024-05', body: '' }), '---\ntitle: "2024"\ndate: 2024-05\n---\n');
});

test('the intranet bundle may reach its Git server only, over https', () => {
  const origins = gitOrigins({ base_url: 'https://git.example.org', api_root: 'https://git.example.org/api/v1' });
  assert.deepEqual(origins, ['https://git.example.org']);
  const csp = adminCsp(origins);
  assert.match(csp, /connect-src 'self' blob: data: https:\/\/git\.example\.org;/);
  assert.equal(csp.match(/https?:\/\/[^\s;]+/g)!.every((u) => u === 'https://git.example.org'), true);
  assert.throws(() => gitOrigins({ base_url: 'http://git.example.org' }), /https/);
  assert.throws(() => gitOrigins({ base_url: 'not a url' }));
  assert.throws(() => gitOrigins({}), /required/);
  assert.throws(() => gitOrigins({ base_url: 'https://git.example.org"; script-src *' }));
});

test('the content check catches braces the rich-text editor unescaped, and nothing else', async () => {
  const { checkMdxSyntax } = await import('../../src/lib/editorial/content-check.ts');
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const root = mkdtempSync(join(tmpdir(), 'mdx-expr-'));
  try {
    mkdirSync(join(root, 'news/zh'), { recursive: true });
    writeFileSync(join(root, 'news/zh/a.mdx'), '---\ntitle: x\n---\n\nKept: \\{ok\\} {/* note */}.\n\nBroken: {a} here.\n');
    const problems = await checkMdxSyntax(root);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 7);
    assert.match(problems[0]!.message, /"\{a\}" would run as code.*“\{a\}”会被当作代码执行/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
