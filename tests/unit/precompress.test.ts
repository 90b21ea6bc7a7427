/** Precompressed copies: decodable, deterministic, only where they pay, never stale. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { encode, precompressDir } from '../../src/lib/precompress.ts';

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
