/**
 * Astro's incremental build (experimental.incrementalBuild) copies a news page from the last
 * build when its key and code are unchanged. These builds of a copy of the real content check
 * the other side: whatever a reader would see change is rendered again, never copied stale.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateNews } from '../fixtures/generate-news.ts';

const root = 'tests/.output/incremental';
const content = join(root, 'content');
const dist = join(root, 'dist');

/** Builds the copy; returns the pages Astro copied from its cache instead of rendering. */
function build(): Set<string> {
  const run = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: join(root, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  return new Set([...run.stdout.matchAll(/├─ (\S+?index\.html) \(restored\)/g)].map((m) => m[1]!));
}

const page = (path: string) => readFileSync(join(dist, path), 'utf8');
const shows = (path: string, pattern: RegExp) => assert.ok(pattern.test(page(path)), `${path} should show ${pattern}`);

function newsPages(dir = join(dist, 'zh/news'), prefix = '/zh/news'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? newsPages(join(dir, e.name), `${prefix}/${e.name}`) : e.name === 'index.html' ? [`${prefix}/index.html`] : [],
  );
}

test('an unchanged page is copied, a changed one is rendered again', { timeout: 300_000 }, () => {
  rmSync(root, { recursive: true, force: true });
  cpSync('content', content, { recursive: true });
  const tags = ['feature', 'investment'];
  generateNews(content, { count: 3, tags, paragraphs: 2 });

  // 1. First build renders everything; 2. an unchanged rebuild copies every news page, byte for byte.
  assert.equal(build().size, 0);
  const pages = [...newsPages(), ...newsPages(join(dist, 'en/news'), '/en/news')];
  assert.ok(pages.length >= 14, `news pages: ${pages.length}`);
  const first = new Map(pages.map((p) => [p, page(p)]));
  const copied = build();
  assert.deepEqual([...copied].sort(), [...pages].sort());
  for (const p of pages) assert.equal(page(p), first.get(p), p);

  // 3. One article edited and one added: those pages and the lists are rendered, the rest copied.
  const edited = join(content, 'news/en/generated-0002.mdx');
  generateNews(content, { count: 4, tags, paragraphs: 2 });
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nAn edited sentence that must be published.\n`);
  const afterEdit = build();
  shows('en/news/generated-0002/index.html', /An edited sentence that must be published\./);
  assert.ok(!afterEdit.has('/en/news/generated-0002/index.html'));
  shows('en/news/index.html', /Generated test article 0004/);
  assert.ok(!afterEdit.has('/en/news/index.html'));
  assert.ok(afterEdit.has('/en/news/generated-0001/index.html'));
  assert.ok(afterEdit.has('/zh/news/generated-0002/index.html'), 'the untouched Chinese twin is copied');

  // 4. A tag renamed in data/tags.yaml: every news page is rendered again and shows the new name.
  const tagsFile = join(content, 'data/tags.yaml');
  writeFileSync(tagsFile, readFileSync(tagsFile, 'utf8').replace('en: Features', 'en: Feature stories'));
  assert.equal(build().size, 0);
  shows('en/news/generated-0003/index.html', />\s*Feature stories\s*</);
  assert.ok(!/>\s*Features\s*</.test(page('en/news/generated-0003/index.html')), 'the old tag name is gone');
});
