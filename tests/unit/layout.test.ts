/**
 * The layout of src/: imports between the folders of src/lib go the one way their READMEs allow
 * (each README's `May import:` line), code that runs in the page never reaches build, staff or
 * production code, and no folder holds more than 20 files directly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const lib = 'src/lib';

/** Every source file under `dir`, repo-relative. */
const sources = (dir: string) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mjs|js|astro)$/.test(name))
    .map((name) => join(dir, name));

/** Relative specifiers a file loads: static and dynamic imports, `new URL(…, import.meta.url)` (workers). */
export function specifiers(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)(['"`])(\.{1,2}\/[^'"`]+)\1/g);
  return [...found].map((m) => m[2]!.split('?')[0]!);
}

/** The src/lib folder a path belongs to (`build/share-cards/x.ts` → `build`), if any. */
const libFolder = (path: string) => (path.startsWith(`${lib}/`) ? path.slice(lib.length + 1).split('/')[0] : undefined);

const folders = readdirSync(join(root, lib)).filter((name) => statSync(join(root, lib, name)).isDirectory());

/** Each folder's `May import:` line, read from its README: the one place the rule is written. */
function allowedFor(folder: string): Set<string> {
  const readme = join(root, lib, folder, 'README.md');
  assert.ok(existsSync(readme), `${lib}/${folder}/ has no README.md saying what lives there`);
  const line = /^May import:(.*)$/m.exec(readFileSync(readme, 'utf8'));
  assert.ok(line, `${lib}/${folder}/README.md has no "May import:" line`);
  return new Set(line[1]!.split(',').map((s) => s.trim()).filter((s) => folders.includes(s)));
}

/** What runs inside Astro's render (pages, components, schemas, the editor) may read content only. */
const renderTime = ['src/pages', 'src/components', 'src/layouts', 'src/schemas', 'src/admin', 'src/i18n', 'src/scripts', 'src/content.config.ts'];
const renderAllowed = new Set(['shared', 'content']);

function violations(): string[] {
  const rules = new Map(folders.map((f) => [f, allowedFor(f)]));
  const found: string[] = [];
  for (const file of sources('src')) {
    const from = libFolder(file);
    const allowed = from ? rules.get(from)! : renderTime.some((p) => file === p || file.startsWith(`${p}/`)) ? renderAllowed : undefined;
    if (!allowed) continue; // integrations and scripts may use any folder
    for (const spec of specifiers(readFileSync(join(root, file), 'utf8'))) {
      const target = libFolder(relative(root, resolve(root, dirname(file), spec)));
      if (target && target !== from && !allowed.has(target)) found.push(`${file} imports ${spec} (${target}/ is not in its allowed: ${[...allowed].join(', ') || 'none'})`);
    }
  }
  return found;
}

test('imports between src/lib folders go only the way each README allows', () => {
  assert.deepEqual(violations(), []);
});

test('the import rule fails on an import against the direction', () => {
  // The same parser on a made-up content module that reaches into build/: it must be seen.
  const spec = specifiers(`import { cardKey } from '../build/share-cards/card.ts';\nconst w = new URL('../deploy/deploy.ts', import.meta.url);`);
  assert.deepEqual(spec, ['../build/share-cards/card.ts', '../deploy/deploy.ts']);
  const target = libFolder(relative(root, resolve(root, `${lib}/content`, spec[0]!)));
  assert.equal(target, 'build');
  assert.ok(!allowedFor('content').has('build'));
  assert.ok(!allowedFor('shared').has('content'), 'shared/ must not lean on content/');
});

test('no folder under src/ holds more than 20 files directly', () => {
  const crowded: string[] = [];
  const visit = (dir: string) => {
    const entries = readdirSync(join(root, dir), { withFileTypes: true });
    const files = entries.filter((e) => e.isFile() && e.name !== 'README.md');
    if (files.length > 20) crowded.push(`${dir}: ${files.length}`);
    for (const e of entries) if (e.isDirectory()) visit(join(dir, e.name));
  };
  visit('src');
  assert.deepEqual(crowded, []);
});

test('every src/lib folder opens with a README saying what lives there and what it may import', () => {
  for (const folder of folders) allowedFor(folder);
  assert.deepEqual(folders.sort(), ['build', 'content', 'deploy', 'editorial', 'serve', 'shared']);
});
