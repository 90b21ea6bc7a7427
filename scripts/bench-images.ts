#!/usr/bin/env node
/**
 * Image pipeline benchmark (not part of `npm test`): a gallery of N generated
 * 12-megapixel photos (default 200), built cold (empty asset cache) and warm
 * (cache kept), then the bytes a visitor downloads for the gallery page.
 *   npm run bench:images [-- --count 200 --width 4000]
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../tests/browser.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '200' }, width: { type: 'string', default: '4000' } } });
const count = Number(values.count);
const width = Number(values.width);
const height = Math.round((width * 3) / 4);
const root = resolve('tests/.output/bench');
const content = join(root, 'content');
const photos = join(content, 'projects', 'bench-photos');
const out = join(root, 'dist');
const cacheDir = 'node_modules/.astro-fixtures';

/** A photo-like image: sky gradient, hills, blocks, fine noise (so encoders work as hard as on real photos). */
async function makePhoto(i: number, file: string) {
  const hue = (i * 37) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,75%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},35%,92%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#s)"/>
    <path d="M0 ${height * 0.6} Q ${width * 0.3} ${height * 0.4} ${width * 0.6} ${height * 0.62} T ${width} ${height * 0.55} V ${height} H 0 Z" fill="hsl(${(hue + 120) % 360},35%,35%)"/>
    ${Array.from({ length: 24 }, (_, k) => `<rect x="${(k * width) / 24}" y="${height * (0.55 + ((k * 7) % 10) / 50)}" width="${width / 30}" height="${height * 0.3}" fill="hsl(${(hue + k * 9) % 360},20%,${40 + (k % 5) * 8}%)"/>`).join('')}
  </svg>`;
  const base = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  const { data } = base;
  for (let p = 0; p < data.length; p++) data[p] = Math.max(0, Math.min(255, data[p]! + ((Math.random() * 24) | 0) - 12));
  await sharp(data, { raw: base.info }).jpeg({ quality: 88 }).toFile(file);
}

function prepare() {
  mkdirSync(photos, { recursive: true });
  for (const name of ['data', 'site.yaml', 'pages', 'industries']) {
    const link = join(content, name);
    if (!existsSync(link)) symlinkSync(resolve('content', name), link);
  }
  writeFileSync(join(photos, 'zh.mdx'), '---\ntitle: 基准测试图集\ndescription: 性能基准测试用的生成图片。\nsummary: 基准测试。\norder: 1\n---\n\n生成的测试图片。\n');
  writeFileSync(join(photos, 'en.mdx'), '---\ntitle: Benchmark gallery\ndescription: Generated photos for the image benchmark.\nsummary: Benchmark.\norder: 1\n---\n\nGenerated test photos.\n');
  const images = Array.from({ length: count }, (_, i) => `  - src: ./photo-${String(i).padStart(3, '0')}.jpg\n    alt: { zh: 生成的测试图片${i + 1}, en: Generated test photo ${i + 1} }\n    caption: { zh: 测试图片${i + 1}, en: Test photo ${i + 1} }\n    credit: { zh: 生成, en: Generated }\n    usage: { zh: 测试, en: Test }`);
  writeFileSync(join(photos, 'gallery.yaml'), `images:\n${images.join('\n')}\n`);
}

function build(): number {
  const start = performance.now();
  const run = spawnSync('npx', ['astro', 'build'], { env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error('build failed');
  return (performance.now() - start) / 1000;
}

async function bytesOfPage(path: string) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '4455', '--root', out], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const totals: Record<string, number> = {};
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    const body = await response.body().catch(() => Buffer.alloc(0));
    totals[type] = (totals[type] ?? 0) + body.length;
  });
  await page.goto(`http://127.0.0.1:4455${path}`, { waitUntil: 'networkidle' });
  await browser.close();
  server.kill();
  return totals;
}

prepare();
const existing = readdirSync(photos).filter((f) => f.endsWith('.jpg')).length;
const t0 = performance.now();
for (let i = existing; i < count; i++) await makePhoto(i, join(photos, `photo-${String(i).padStart(3, '0')}.jpg`));
console.log(`${count} photos of ${width}×${height} ready (${existing} reused, ${((performance.now() - t0) / 1000).toFixed(1)} s to make the rest)`);

rmSync(cacheDir, { recursive: true, force: true });
const cold = build();
const warm = build();
const bytes = await bytesOfPage('/en/projects/bench-photos/');
console.log(`cold build: ${cold.toFixed(1)} s\nwarm build: ${warm.toFixed(1)} s`);
console.log('bytes downloaded for /en/projects/bench-photos/ at 1440×900 (uncompressed):', bytes);
