/** Pruning _astro/: referenced files stay, unlinked originals go, nothing else is touched. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pruneAssets, unreferencedAssets } from '../../src/lib/build/prune-assets.ts';

/** A small built site: `files` maps paths (relative to the root) to contents. */
function site(files: Record<string, string | Buffer>) {
  const root = mkdtempSync(join(tmpdir(), 'prune-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  return root;
}

const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe1, ...Buffer.from('Exif GPS'), 0xff, 0xd9]);

test('files a page, a stylesheet or a script refers to stay; unlinked originals go', async () => {
  const root = site({
    'en/index.html':
      '<picture><source srcset="/_astro/photo.Ab12_W1.avif 400w, /_astro/photo.Ab12_W2.avif 800w">' +
      '<img src="/_astro/photo.Ab12_J1.jpg?v=1" alt=""></picture><a href="/_astro/photo.Ab12_full.jpg#x">full</a>' +
      '<script type="module" src="/_astro/page.Cd34.js"></script><style>@font-face{src:url(/_astro/font.Ef56.woff2)}</style>' +
      '<img src="/_astro/%E5%9B%AD%E5%8C%BA.Zz11_W.webp" alt=""><a href="/_astro/drawing.Gh78_22d.svg" data-large="/_astro/large.Kk00.svg">x</a>' +
      // Pagefind's index is made from the pages: what it names (a result's image), the page names.
      '<main data-pagefind-meta="image:/_astro/search-thumb.Pp44.webp"></main>',
    'en/feed.xml': '<enclosure url="https://example.org/_astro/feed-image.Mm22.jpg"/>',
    'site.webmanifest': '{"icons":[{"src":"/_astro/icon.Nn33.png"}]}',
    'pagefind/fragment/en_1.pf_fragment': gzipSync('pagefind_dcd{"meta":{"image":"/_astro/search-thumb.Pp44.webp"}}'),
    // …so the index itself is not read: a name only it mentions is no reference.
    'pagefind/fragment/en_2.pf_fragment': gzipSync('pagefind_dcd{"meta":{"image":"/_astro/only-in-index.Vv11.webp"}}'),
    '_astro/only-in-index.Vv11.webp': 'w',
    '_astro/photo.Ab12.jpg': photo,
    '_astro/photo.Ab12_W1.avif': 'a',
    '_astro/photo.Ab12_W2.avif': 'a',
    '_astro/photo.Ab12_J1.jpg': 'j',
    '_astro/photo.Ab12_full.jpg': 'j',
    '_astro/page.Cd34.js': 'import"./chunk.Qq55.js";//# sourceMappingURL=page.Cd34.js.map',
    '_astro/chunk.Qq55.js': 'export const css="/_astro/deep.Rr66.css"',
    '_astro/deep.Rr66.css': 'body{background:url(./bg.Ss77.webp)}',
    '_astro/bg.Ss77.webp': 'w',
    '_astro/font.Ef56.woff2': 'f',
    '_astro/园区.Zz11_W.webp': 'w',
    '_astro/园区.Zz11.jpg': photo,
    '_astro/drawing.Gh78.svg': '<svg><metadata>original</metadata></svg>',
    '_astro/drawing.Gh78_22d.svg': '<svg/>',
    '_astro/large.Kk00.svg': '<svg/>',
    '_astro/feed-image.Mm22.jpg': 'j',
    '_astro/icon.Nn33.png': 'p',
    '_astro/search-thumb.Pp44.webp': 'w',
    // Refers to itself and to an original: neither makes it, nor the original, reachable.
    '_astro/orphan.Tt88.js': 'import "./photo.Ab12.jpg"; //# sourceMappingURL=orphan.Tt88.js',
    // Unreferenced, and its precompressed copies go with it; a referenced file keeps its copies.
    '_astro/old.Uu99.css': 'x',
    '_astro/old.Uu99.css.gz': 'x',
    '_astro/page.Cd34.js.br': 'x',
    // Outside _astro/: never removed, referenced or not.
    'unlinked.jpg': photo,
    'og/en.png': 'p',
  });
  const r = await pruneAssets(root);
  assert.deepEqual(r.removed, ['_astro/drawing.Gh78.svg', '_astro/old.Uu99.css', '_astro/only-in-index.Vv11.webp', '_astro/orphan.Tt88.js', '_astro/photo.Ab12.jpg', '_astro/园区.Zz11.jpg']);
  assert.equal(r.bytes, 2 * photo.length + '<svg><metadata>original</metadata></svg>'.length + 1 + 1 + 'import "./photo.Ab12.jpg"; //# sourceMappingURL=orphan.Tt88.js'.length);
  const left = readdirSync(join(root, '_astro')).sort();
  assert.ok(!left.includes('old.Uu99.css.gz'));
  assert.ok(left.includes('page.Cd34.js.br'));
  for (const kept of ['photo.Ab12_W1.avif', 'photo.Ab12_full.jpg', 'chunk.Qq55.js', 'deep.Rr66.css', 'bg.Ss77.webp', 'font.Ef56.woff2', '园区.Zz11_W.webp', 'large.Kk00.svg', 'feed-image.Mm22.jpg', 'icon.Nn33.png', 'search-thumb.Pp44.webp']) {
    assert.ok(left.includes(kept), kept);
  }
  assert.equal(r.kept, left.length);
  assert.ok(existsSync(join(root, 'unlinked.jpg')) && existsSync(join(root, 'og/en.png')));
  assert.deepEqual(await unreferencedAssets(root), [], 'a second run finds nothing');
  rmSync(root, { recursive: true });
});

test('a name that is only part of a longer name, or of a word, is no reference', async () => {
  const root = site({
    'index.html': '<img src="/_astro/photo.Ab12_W1.webp"><p>see xphoto.Ab12.jpg and photo.Ab12.jpgx</p><p>Named photo.Ab12.png.</p>',
    '_astro/photo.Ab12.jpg': photo,
    '_astro/photo.Ab12_W1.webp': 'w',
    '_astro/photo.Ab12.png': 'p',
  });
  // "photo.Ab12.png." at the end of a sentence still names the file: kept, on the safe side.
  assert.deepEqual(await unreferencedAssets(root), ['_astro/photo.Ab12.jpg']);
  rmSync(root, { recursive: true });
});

test('malicious and awkward names: matched exactly, removed only inside _astro/', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'prune-outside-'));
  writeFileSync(join(outside, 'secret.jpg'), photo);
  const root = site({
    'index.html':
      '<img src="/_astro/my%20photo.A1.jpg"><img src="/_astro/a&amp;b.B2.jpg">' +
      '<a href="/_astro/%22%3E%3Cscript%3E.C3.js">x</a>',
    '_astro/my photo.A1.jpg': 'j',
    '_astro/a&b.B2.jpg': 'j',
    '_astro/"><script>.C3.js': 'x',
    '_astro/"><img onerror=alert(1)>.D4.jpg': photo,
    '_astro/..%2F..%2Findex.html': 'x',
    '_astro/-rf.E5.jpg': photo,
    '_astro/sub/nested.F6.jpg': photo,
  });
  symlinkSync(join(outside, 'secret.jpg'), join(root, '_astro', 'link.G7.jpg'));
  symlinkSync(outside, join(root, '_astro', 'linked-dir'));
  const r = await pruneAssets(root);
  assert.deepEqual(r.removed.sort(), ['_astro/"><img onerror=alert(1)>.D4.jpg', '_astro/-rf.E5.jpg', '_astro/..%2F..%2Findex.html', '_astro/sub/nested.F6.jpg'].sort());
  assert.ok(existsSync(join(root, 'index.html')));
  for (const kept of ['my photo.A1.jpg', 'a&b.B2.jpg', '"><script>.C3.js', 'link.G7.jpg', 'linked-dir']) assert.ok(existsSync(join(root, '_astro', kept)), kept);
  // Links are not followed: what they point to is untouched.
  assert.ok(existsSync(join(outside, 'secret.jpg')));
  rmSync(root, { recursive: true });
  rmSync(outside, { recursive: true });
});

test('an _astro that is a link to elsewhere, or missing, is left alone', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'prune-outside-'));
  writeFileSync(join(outside, 'original.A1.jpg'), photo);
  const root = site({ 'index.html': '<p>no images</p>' });
  assert.deepEqual((await pruneAssets(root)).removed, []);
  symlinkSync(outside, join(root, '_astro'));
  assert.deepEqual((await pruneAssets(root)).removed, []);
  assert.ok(existsSync(join(outside, 'original.A1.jpg')));
  rmSync(root, { recursive: true });
  rmSync(outside, { recursive: true });
});
