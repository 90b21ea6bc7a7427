/**
 * A palette PNG with the image's own colours, exact: for an opaque RGBA image of at most 256
 * colours, which is what a share card is (flat colours and anti-aliased text, ≤ 121 colours in
 * ours); undefined for anything else, so the caller falls back to quantising. sharp makes palette
 * PNGs only by quantising (libimagequant), and that was most of a card's time: on 40 sample cards,
 * one thread, sharp 15.9 ms and 15.9 KB per card; indexing here and Node's zlib 7.4 ms and
 * 17.0 KB, with no colour changed; fast-png, which writes palettes but deflates in JavaScript,
 * 21.9 ms. The file is the PNG minimum: IHDR, PLTE, IDAT, IEND.
 */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

let rowBuffer = new Uint8Array(0);

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function encodeIndexedPng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  if (rgba.length !== width * height * 4) throw new RangeError(`Expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  // One 32-bit word per pixel (copied when the bytes are not aligned for it).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const slots = new Map<number, number>();
  const palette: number[] = [];
  // Each row: filter byte 0 (none), then one palette index per pixel. The buffer is kept for the
  // next image: a fresh one per card was page faults, which two threads drawing cards contend for.
  if (rowBuffer.length < (width + 1) * height) rowBuffer = new Uint8Array((width + 1) * height);
  const rows = rowBuffer.subarray(0, (width + 1) * height);
  let last = -1;
  let lastSlot = 0;
  for (let y = 0, i = 0; y < height; y++) {
    let o = y * (width + 1);
    rows[o++] = 0;
    for (let x = 0; x < width; x++, i++, o++) {
      const colour = pixels[i]!;
      if (colour !== last) {
        let slot = slots.get(colour);
        if (slot === undefined) {
          if (slots.size === 256 || aligned[i * 4 + 3] !== 255) return undefined;
          slot = slots.size;
          slots.set(colour, slot);
          palette.push(aligned[i * 4]!, aligned[i * 4 + 1]!, aligned[i * 4 + 2]!);
        }
        last = colour;
        lastSlot = slot;
      }
      rows[o] = lastSlot;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, colour type 3 (palette), deflate, no filter, no interlace
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', Uint8Array.from(palette)), chunk('IDAT', deflateSync(rows, { level: 6 })), chunk('IEND', new Uint8Array())]);
}
