/** Exact palette PNGs (src/lib/build/share-cards/png-indexed.ts): every pixel comes back as it went in. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { encodeIndexedPng } from '../../src/lib/build/share-cards/png-indexed.ts';

/** An opaque test image: `colours` distinct colours in vertical stripes, with a diagonal line. */
function image(width: number, height: number, colours: number) {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = x === y ? colours - 1 : Math.floor((x / width) * (colours - 1));
      rgba.set([c & 255, (c * 7) & 255, (c >> 8) * 40, 255], (y * width + x) * 4);
    }
  }
  return rgba;
}

async function decoded(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), info };
}

test('an image of up to 256 colours comes back pixel for pixel, as a palette PNG', async () => {
  for (const colours of [1, 2, 121, 256]) {
    const rgba = image(300, 40, colours);
    const png = encodeIndexedPng(rgba, 300, 40);
    assert.ok(png, `${colours} colours`);
    const { data, info } = await decoded(png);
    assert.deepEqual([info.width, info.height], [300, 40]);
    assert.deepEqual(data, rgba, `${colours} colours`);
    assert.equal((await sharp(png).metadata()).isPalette, true);
  }
});

test('bytes that do not start on a 4-byte boundary are read correctly', async () => {
  const rgba = image(50, 20, 30);
  const shifted = new Uint8Array(rgba.length + 1).subarray(1);
  shifted.set(rgba);
  const png = encodeIndexedPng(shifted, 50, 20);
  assert.deepEqual((await decoded(png!)).data, rgba);
});

test('more than 256 colours, or any transparency, is left to the caller (undefined)', () => {
  assert.equal(encodeIndexedPng(image(300, 2, 257), 300, 2), undefined);
  const translucent = image(10, 10, 4);
  translucent[4 * 55 + 3] = 128;
  assert.equal(encodeIndexedPng(translucent, 10, 10), undefined);
});

test('a buffer of the wrong size is refused, not read past', () => {
  assert.throws(() => encodeIndexedPng(new Uint8Array(10), 10, 10), /Expected 400 bytes/);
});
