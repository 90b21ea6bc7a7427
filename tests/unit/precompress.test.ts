/** Precompressed copies: decodable, deterministic, only where they pay, never stale; the cache never serves a wrong byte. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { ASSET_QUALITY, brotliQuality, CACHE_VERSION, cacheKey, encode, PAGE_QUALITY, precompressDir, unpackEntry } from '../../src/lib/build/precompress.ts';

const text = Buffer.from('<p>长三角（湖州）产业合作区 Yangtze River Delta (Huzhou) Industrial Cooperation Zone</p>\n'.repeat(200));

test('both encodings decode to the original bytes, and encoding twice gives identical bytes', async () => {
  const [gz, br] = await encode(text);
  assert.equal(gz?.ext, '.gz');
  assert.equal(br?.ext, '.br');
  assert.deepEqual(gunzipSync(gz!.data), text);
  assert.deepEqual(brotliDecompressSync(br!.data), text);
  // gzip's header carries no time stamp: a rebuild is byte-identical.
  assert.equal(gz!.data.readUInt32LE(4), 0);
  const again = await encode(text);
  assert.deepEqual(again.map((e) => e.data), [gz!.data, br!.data]);
});

test('tiny and incompressible files get no copy', async () => {
  assert.deepEqual(await encode(Buffer.from('body{}')), []);
  assert.deepEqual(await encode(randomBytes(64 * 1024)), []);
});

test('a directory: text files get .gz and .br, images and Pagefind binaries do not, stale copies go', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(dir, 'en'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'en/index.html'), text);
  writeFileSync(join(dir, '_astro/a.css'), text);
  writeFileSync(join(dir, '_astro/photo.avif'), text);
  writeFileSync(join(dir, 'wasm.en.pagefind'), text);
  writeFileSync(join(dir, 'small.txt'), 'hi');
  writeFileSync(join(dir, 'small.txt.gz'), 'stale');
  const report = await precompressDir(dir);
  assert.equal(report.files, 3);
  assert.equal(report.written, 4);
  assert.ok(report.brotliBytes < report.gzipBytes && report.gzipBytes < report.bytes / 5, JSON.stringify(report));
  assert.deepEqual(gunzipSync(readFileSync(join(dir, 'en/index.html.gz'))), text);
  assert.deepEqual(brotliDecompressSync(readFileSync(join(dir, '_astro/a.css.br'))), text);
  for (const absent of ['_astro/photo.avif.gz', 'wasm.en.pagefind.br', 'small.txt.gz', 'small.txt.br', 'en/index.html.gz.gz'])
    assert.equal(existsSync(join(dir, absent)), false, absent);
  // Run again on the same folder: idempotent, nothing compressed twice.
  assert.deepEqual(await precompressDir(dir), report);
  rmSync(dir, { recursive: true, force: true });
});

// ---- Brotli quality by kind of file ---------------------------------------------------------

test('brotli quality: the maximum for shared, long-cached assets, the cheaper PAGE_QUALITY for pages', () => {
  for (const asset of ['_astro/Base.CqX1z2.css', '_astro/gallery.B7kd.js', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-ui.css', 'images/map.svg', 'LOGO.SVG'])
    assert.equal(brotliQuality(asset), ASSET_QUALITY, asset);
  for (const page of ['en/index.html', 'zh/news/2024/index.html', 'sitemap-0.xml', 'figures.json', 'figures.csv', 'robots.txt', 'en/rss.xml', 'site.webmanifest', 'en/_astro/x.html'])
    assert.equal(brotliQuality(page), PAGE_QUALITY, page);
  assert.equal(ASSET_QUALITY, 11);
  assert.ok(PAGE_QUALITY < ASSET_QUALITY);
});

test('a page gets brotli at PAGE_QUALITY, smaller than its gzip; an asset at quality 11', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-q-'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'index.html'), text);
  writeFileSync(join(dir, '_astro/a.css'), text);
  await precompressDir(dir);
  const br = (q: number) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: q, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } });
  assert.deepEqual(readFileSync(join(dir, 'index.html.br')), br(PAGE_QUALITY));
  assert.deepEqual(readFileSync(join(dir, '_astro/a.css.br')), br(11));
  assert.ok(readFileSync(join(dir, 'index.html.br')).length < readFileSync(join(dir, 'index.html.gz')).length);
  rmSync(dir, { recursive: true, force: true });
});

// ---- The cache --------------------------------------------------------------------------------

/** A site folder and a cache folder; `files` maps site paths to contents. */
function site(files: Record<string, string | Buffer>) {
  const root = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
  const dir = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  /** Every .gz/.br under the site, path → bytes. */
  const copies = () =>
    Object.fromEntries(
      (readdirSync(dir, { recursive: true }) as string[])
        .filter((p) => /\.(gz|br)$/.test(p))
        .sort()
        .map((p) => [p, readFileSync(join(dir, p))]),
    );
  return { root, dir, cacheDir, copies, entries: () => readdirSync(cacheDir).sort(), done: () => rmSync(root, { recursive: true, force: true }) };
}

const page = (n: number) => Buffer.from(`<h1>第 ${n} 页 Page ${n}</h1>\n` + text.toString());

test('a cache hit gives the same bytes as a fresh compress, and compresses nothing', async () => {
  const files = { 'en/index.html': page(1), 'zh/关于 我们/index.html': page(2), '_astro/a.css': text, 'empty.txt': '', 'tiny.txt': 'hi' };
  const fresh = site(files);
  await precompressDir(fresh.dir); // no cache at all
  const cached = site(files);
  const cold = await precompressDir(cached.dir, { cacheDir: cached.cacheDir });
  assert.equal(cold.cached, 0);
  assert.equal(cached.entries().length, 3); // empty and tiny files have no entry
  assert.deepEqual(cached.copies(), fresh.copies());
  // A new build writes the site afresh: every copy comes from the cache, byte for byte.
  for (const p of Object.keys(cached.copies())) rmSync(join(cached.dir, p));
  const warm = await precompressDir(cached.dir, { cacheDir: cached.cacheDir });
  assert.equal(warm.cached, 3);
  assert.deepEqual({ ...warm, cached: 0 }, cold);
  assert.deepEqual(cached.copies(), fresh.copies());
  assert.ok(existsSync(join(cached.dir, 'zh/关于 我们/index.html.br')));
  assert.deepEqual(brotliDecompressSync(readFileSync(join(cached.dir, 'zh/关于 我们/index.html.br'))), page(2));
  fresh.done();
  cached.done();
});

test('a changed file is compressed again; the same bytes at another quality are another entry', async () => {
  const s = site({ 'en/index.html': page(1), 'a.svg': text, '_astro/b.js': text });
  await precompressDir(s.dir, { cacheDir: s.cacheDir });
  assert.equal(s.entries().length, 2); // a.svg and _astro/b.js share bytes and quality
  writeFileSync(join(s.dir, 'en/index.html'), page(9));
  writeFileSync(join(s.dir, 'x.json'), text); // same bytes as the SVG, page quality
  const r = await precompressDir(s.dir, { cacheDir: s.cacheDir });
  assert.equal(r.cached, 2);
  assert.equal(s.entries().length, 4);
  assert.deepEqual(gunzipSync(readFileSync(join(s.dir, 'en/index.html.gz'))), page(9));
  assert.deepEqual(brotliDecompressSync(readFileSync(join(s.dir, 'en/index.html.br'))), page(9));
  s.done();
});

test('a truncated, corrupt, empty, misfiled or foreign cache entry is never served: compressed again and rewritten', async () => {
  const s = site({ 'a.html': page(1), 'b.html': page(2) });
  await precompressDir(s.dir, { cacheDir: s.cacheDir });
  const good = s.copies();
  const keyA = cacheKey(page(1), PAGE_QUALITY);
  const keyB = cacheKey(page(2), PAGE_QUALITY);
  const entryA = readFileSync(join(s.cacheDir, keyA));
  const entryB = readFileSync(join(s.cacheDir, keyB));
  assert.ok(unpackEntry(keyA, entryA));
  const flipped = Buffer.from(entryA);
  flipped[flipped.length - 5]! ^= 1;
  const bigLength = Buffer.from(entryA);
  bigLength.writeUInt32LE(0xffffffff, 36);
  const broken: [string, Buffer][] = [
    ['0-byte file', Buffer.alloc(0)],
    ['truncated', entryA.subarray(0, entryA.length - 100)],
    ['header only', entryA.subarray(0, 40)],
    ['one bit flipped', flipped],
    ['length past the end', bigLength],
    ['another file’s entry', entryB],
    ['not an entry', Buffer.from('<html>not compressed</html>')],
  ];
  for (const [what, bytes] of broken) {
    assert.equal(unpackEntry(keyA, bytes), undefined, what);
    writeFileSync(join(s.cacheDir, keyA), bytes);
    for (const p of Object.keys(good)) rmSync(join(s.dir, p));
    const r = await precompressDir(s.dir, { cacheDir: s.cacheDir });
    assert.equal(r.cached, 1, what); // b.html only
    assert.deepEqual(s.copies(), good, what);
    assert.deepEqual(readFileSync(join(s.cacheDir, keyA)), entryA, `${what}: rewritten whole`);
  }
  assert.deepEqual(s.entries(), [keyA, keyB].sort()); // no temporary file left behind
  s.done();
});

test('the cache key covers the bytes, the quality and the version', () => {
  assert.equal(cacheKey(text, 8), cacheKey(Buffer.from(text), 8));
  assert.notEqual(cacheKey(text, 8), cacheKey(text, 11));
  assert.notEqual(cacheKey(text, 8), cacheKey(Buffer.concat([text, Buffer.from(' ')]), 8));
  assert.equal(typeof CACHE_VERSION, 'number');
});

test('pruning: entries this run used stay; others go once no run has used them for the maximum age', async () => {
  const s = site({ 'a.html': page(1), 'b.html': page(2) });
  await precompressDir(s.dir, { cacheDir: s.cacheDir });
  assert.equal(s.entries().length, 2);
  rmSync(join(s.dir, 'b.html'));
  writeFileSync(join(s.cacheDir, 'leftover.123-4.tmp'), 'half'); // a crashed run's temporary file
  // Younger than the maximum age: kept (another output, such as a rebuild elsewhere, may use it).
  const young = await precompressDir(s.dir, { cacheDir: s.cacheDir });
  assert.equal(young.pruned, 0);
  assert.equal(s.entries().length, 3);
  // Make everything look 8 days old; the run marks what it uses as used now.
  const old = new Date(Date.now() - 8 * 24 * 3600 * 1000);
  for (const name of s.entries()) utimesSync(join(s.cacheDir, name), old, old);
  const r = await precompressDir(s.dir, { cacheDir: s.cacheDir });
  assert.equal(r.pruned, 2);
  assert.deepEqual(s.entries(), [cacheKey(page(1), PAGE_QUALITY)]);
  // maxAge 0: whatever this run did not use goes at once.
  writeFileSync(join(s.dir, 'c.html'), page(3));
  await precompressDir(s.dir, { cacheDir: s.cacheDir });
  rmSync(join(s.dir, 'a.html'));
  const strict = await precompressDir(s.dir, { cacheDir: s.cacheDir, cacheMaxAgeMs: 0 });
  assert.equal(strict.pruned, 1);
  assert.deepEqual(s.entries(), [cacheKey(page(3), PAGE_QUALITY)]);
  s.done();
});

test('with the cache, a copy that no longer pays is still removed', async () => {
  const s = site({ 'a.html': page(1) });
  await precompressDir(s.dir, { cacheDir: s.cacheDir });
  assert.ok(existsSync(join(s.dir, 'a.html.br')));
  // The page becomes tiny, then incompressible: its old copies must not linger.
  writeFileSync(join(s.dir, 'a.html'), '<p>hi</p>');
  await precompressDir(s.dir, { cacheDir: s.cacheDir });
  assert.deepEqual(s.copies(), {});
  writeFileSync(join(s.dir, 'a.html'), page(1));
  await precompressDir(s.dir, { cacheDir: s.cacheDir });
  writeFileSync(join(s.dir, 'a.html'), randomBytes(8000));
  const r = await precompressDir(s.dir, { cacheDir: s.cacheDir });
  assert.equal(r.written, 0);
  assert.deepEqual(s.copies(), {});
  s.done();
});

test('many files over several worker threads: each copy belongs to its own file', async () => {
  const files = Object.fromEntries(Array.from({ length: 80 }, (_, n) => [`p${n}/index.html`, page(n)]));
  const s = site(files);
  const r = await precompressDir(s.dir, { cacheDir: s.cacheDir, threads: 3 });
  assert.equal(r.written, 160);
  for (let n = 0; n < 80; n++) assert.deepEqual(gunzipSync(readFileSync(join(s.dir, `p${n}/index.html.gz`))), page(n));
  s.done();
});

test('an unusable cache costs time, never the build: a file where the folder should be, a folder where an entry should be', async () => {
  const s = site({ 'a.html': page(1), 'b.html': page(2) });
  const fresh = site({ 'a.html': page(1), 'b.html': page(2) });
  await precompressDir(fresh.dir);
  writeFileSync(s.cacheDir, 'not a folder');
  await precompressDir(s.dir, { cacheDir: s.cacheDir });
  assert.deepEqual(s.copies(), fresh.copies());
  rmSync(s.cacheDir);
  mkdirSync(join(s.cacheDir, cacheKey(page(1), PAGE_QUALITY)), { recursive: true });
  for (const p of Object.keys(fresh.copies())) rmSync(join(s.dir, p));
  const r = await precompressDir(s.dir, { cacheDir: s.cacheDir });
  assert.equal(r.cached, 0);
  assert.deepEqual(s.copies(), fresh.copies());
  assert.deepEqual(s.entries().length, 2); // the folder, and b.html's entry; no temporary file
  s.done();
  fresh.done();
});
