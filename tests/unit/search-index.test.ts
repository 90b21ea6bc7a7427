/** The search index is reused only when no page changed, and only from an intact copy (src/lib/build/search-index.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchIndex } from '../../src/lib/build/search-index.ts';

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'search-index-'));
  const dist = join(root, 'dist');
  const cache = join(root, 'cache');
  const write = (path: string, text: string) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  write('zh/index.html', '<main data-pagefind-body>首页</main>');
  write('en/news/a/index.html', '<main data-pagefind-body>Article A</main>');
  write('og/en/index.png', 'png');
  let runs = 0;
  /** A stand-in indexer: writes an index naming every page it saw. */
  const indexer = () => {
    runs++;
    const pages = ['zh/index.html', 'en/news/a/index.html'].map((p) => readFileSync(join(dist, p), 'utf8')).join('|');
    mkdirSync(join(dist, 'pagefind/fragment'), { recursive: true });
    writeFileSync(join(dist, 'pagefind/pagefind-entry.json'), `{"run":${runs}}`);
    writeFileSync(join(dist, 'pagefind/fragment/all.pf_fragment'), pages);
  };
  /** A fresh build's output: the pages again, no index (astro build empties the folder). */
  const rebuild = () => rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const index = (how = 'pagefind 1.6.0 --site dist') => searchIndex(dist, cache, how, indexer);
  const entry = () => readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8');
  return { dist, cache, write, index, rebuild, entry, runs: () => runs };
}

test('unchanged pages get the last index back; a changed page is indexed again', () => {
  const s = setup();
  assert.equal(s.index().reused, false);
  s.rebuild();
  assert.equal(s.index().reused, true);
  assert.equal(s.runs(), 1);
  assert.equal(s.entry(), '{"run":1}');
  assert.match(readFileSync(join(s.dist, 'pagefind/fragment/all.pf_fragment'), 'utf8'), /Article A/);
  // A share card is not a page: still the same index.
  s.rebuild();
  s.write('og/en/index.png', 'other png');
  assert.equal(s.index().reused, true);
  // One page edited: indexed again, and the new text is in the index.
  s.rebuild();
  s.write('en/news/a/index.html', '<main data-pagefind-body>Article A, corrected</main>');
  assert.equal(s.index().reused, false);
  assert.match(readFileSync(join(s.dist, 'pagefind/fragment/all.pf_fragment'), 'utf8'), /corrected/);
  // A new page, or another Pagefind or other arguments: indexed again.
  s.rebuild();
  s.write('en/news/b/index.html', '<main data-pagefind-body>B</main>');
  assert.equal(s.index().reused, false);
  s.rebuild();
  assert.equal(s.index('pagefind 1.7.0 --site dist').reused, false);
  assert.equal(s.runs(), 4);
  // Only the newest index is kept.
  assert.equal(readdirSync(s.cache).length, 1);
});

test('a damaged or half-written copy is never used: the pages are indexed again', () => {
  const s = setup();
  s.index();
  const [key] = readdirSync(s.cache);
  const copy = join(s.cache, key!, 'files/fragment/all.pf_fragment');
  // Damaged after the build (the build's own link is gone first, as astro build empties dist/).
  s.rebuild();
  rmSync(copy);
  writeFileSync(copy, 'truncated');
  assert.equal(s.index().reused, false);
  assert.doesNotMatch(readFileSync(join(s.dist, 'pagefind/fragment/all.pf_fragment'), 'utf8'), /truncated/);
  // Half written: no list of files (it is written last).
  s.rebuild();
  const [key2] = readdirSync(s.cache);
  rmSync(join(s.cache, key2!, 'files.json'));
  assert.equal(s.index().reused, false);
  // A file missing from the copy.
  s.rebuild();
  const [key3] = readdirSync(s.cache);
  rmSync(join(s.cache, key3!, 'files/pagefind-entry.json'));
  assert.equal(s.index().reused, false);
  assert.equal(s.runs(), 4);
});

test('an indexer that writes no index stops the step', () => {
  const root = mkdtempSync(join(tmpdir(), 'search-index-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), '<p>x</p>');
  assert.throws(() => searchIndex(join(root, 'dist'), join(root, 'cache'), 'x', () => {}), /made no pagefind\/ folder/);
});
