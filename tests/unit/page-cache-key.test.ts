/** The data half of a page's incremental-build key (src/lib/content/page-cache-key.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDigest, describeProps, withCacheKeys } from '../../src/lib/content/page-cache-key.ts';

function contentFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'page-key-'));
  for (const sub of ['data', 'news/zh', 'news/images', 'pages/zh']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'site.yaml'), 'name: x\n');
  writeFileSync(join(dir, 'data/tags.yaml'), '- id: a\n');
  writeFileSync(join(dir, 'news/zh/one.mdx'), '---\ntitle: 一\n---\n');
  writeFileSync(join(dir, 'news/images/photo.jpg'), 'jpeg');
  writeFileSync(join(dir, 'pages/zh/about.mdx'), '关于');
  return dir;
}

test('the content digest changes with any file a layout or component may show', () => {
  for (const file of ['site.yaml', 'data/tags.yaml', 'news/images/photo.jpg', 'pages/zh/about.mdx']) {
    const dir = contentFolder();
    const before = contentDigest(dir);
    writeFileSync(join(dir, file), 'changed');
    assert.notEqual(contentDigest(dir), before, file);
  }
});

test('the content digest leaves news articles to the pages that are handed them', () => {
  const dir = contentFolder();
  const before = contentDigest(dir);
  writeFileSync(join(dir, 'news/zh/one.mdx'), '---\ntitle: 改\n---\n');
  writeFileSync(join(dir, 'news/zh/two.md'), 'new');
  assert.equal(contentDigest(dir), before);
  // A renamed file is a different input even with the same bytes.
  writeFileSync(join(dir, 'data/tags2.yaml'), '- id: a\n');
  assert.notEqual(contentDigest(dir), before);
});

test('an entry is described by its collection, id and digest, not its whole body', () => {
  const entry = { collection: 'news', id: 'zh/one', digest: 'abc', data: { title: '一' }, body: 'x'.repeat(10_000) };
  assert.equal(describeProps({ entry, locale: 'zh' }), '{"entry":"news/zh/one@abc","locale":"zh"}');
  assert.notEqual(describeProps({ entry: { ...entry, digest: 'abd' } }), describeProps({ entry }));
  // Without a digest the whole object counts.
  assert.match(describeProps({ entry: { collection: 'news', id: 'zh/one', data: { title: '一' } } }), /"title":"一"/);
});

test('a Map or Set in props is refused rather than hidden', () => {
  assert.throws(() => describeProps({ names: new Map([['a', 1]]) }), /Map or Set/);
  assert.throws(() => describeProps([new Set([1])]), /Map or Set/);
});

test('keys differ exactly when params, props or shared content differ', () => {
  const dir = contentFolder();
  const paths = [
    { params: { lang: 'zh', slug: 'one' }, props: { entry: { collection: 'news', id: 'zh/one', digest: '1' } } },
    { params: { lang: 'en', slug: 'one' }, props: { entry: { collection: 'news', id: 'zh/one', digest: '1' } } },
  ];
  const [a, b] = withCacheKeys(paths, dir);
  assert.equal(typeof a?.cacheKey, 'string');
  assert.notEqual(a?.cacheKey, b?.cacheKey);
  assert.deepEqual(a?.params, paths[0]?.params);
  assert.equal(withCacheKeys(paths, dir)[0]?.cacheKey, a?.cacheKey);
  const other = contentFolder();
  writeFileSync(join(other, 'site.yaml'), 'name: y\n');
  assert.notEqual(withCacheKeys(paths, other)[0]?.cacheKey, a?.cacheKey);
});

test('linked folders are followed, as the content loaders follow them; a link loop ends', () => {
  const shared = contentFolder();
  const dir = mkdtempSync(join(tmpdir(), 'page-key-'));
  symlinkSync(join(shared, 'data'), join(dir, 'data'));
  symlinkSync(dir, join(dir, 'loop'));
  symlinkSync(join(dir, 'missing'), join(dir, 'dangling'));
  const before = contentDigest(dir);
  writeFileSync(join(shared, 'data/tags.yaml'), '- id: b\n');
  assert.notEqual(contentDigest(dir), before);
});
