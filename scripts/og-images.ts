#!/usr/bin/env node
/**
 * Share images (Open Graph, 1200×630) for every built page, in the page's language:
 * the Zone's name, the page's section and title, and the source of any figure the title
 * shows (src/lib/build/share-cards/card.ts). Runs after `astro build`; unchanged cards are reused from
 * node_modules/.astro/og/, new ones are drawn on every core (src/lib/build/share-cards/worker.ts).
 *   node scripts/og-images.ts [outDir]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardInputFrom, cardKey, type FigureSourceRow } from '../src/lib/build/share-cards/card.ts';
import { cardShown, ogImagePath } from '../src/lib/content/og-path.ts';
import { CARD_CACHE, placeCard } from '../src/lib/build/share-cards/cache.ts';
import type { CardJob } from '../src/lib/build/share-cards/worker.ts';
import { restartWithMallocTunables } from '../src/lib/build/malloc-tunables.ts';

restartWithMallocTunables();

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const cacheDir = CARD_CACHE;
mkdirSync(cacheDir, { recursive: true });
// Left by a worker stopped mid-card at the end of `astro build`.
for (const name of readdirSync(cacheDir)) if (name.endsWith('.tmp')) rmSync(join(cacheDir, name), { force: true });

const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const pages = walk(dist).filter((f) => /^(zh|en)\//.test(relative(dist, f)) && f.endsWith('index.html') && !f.includes('/404/'));
const host = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'zh', 'index.html'), 'utf8'))?.[1] ?? 'https://example.org').host;
const figuresFile = join(dist, 'figures.json');
const figures = new Map<string, FigureSourceRow>(
  existsSync(figuresFile) ? (JSON.parse(readFileSync(figuresFile, 'utf8')) as { figures: FigureSourceRow[] }).figures.map((f) => [f.id, f]) : [],
);

const start = performance.now();
const jobs = new Map<string, CardJob>();
const borrowed = new Map<string, string>();
let reused = 0;
for (const file of pages) {
  const path = `/${relative(dist, file).replace(/index\.html$/, '')}`;
  const html = readFileSync(file, 'utf8');
  const shown = cardShown(html);
  if (shown === undefined) continue;
  if (shown !== `/${ogImagePath(path)}`) {
    borrowed.set(path, shown);
    continue;
  }
  const input = cardInputFrom(html, path, host, figures);
  const cached = join(cacheDir, `${cardKey(input)}.png`);
  const target = join(dist, ogImagePath(path));
  if (existsSync(cached)) {
    placeCard(cached, target);
    reused++;
  } else {
    const job = jobs.get(cached) ?? { input, cached, targets: [] };
    job.targets.push(target);
    jobs.set(cached, job);
  }
}

// One worker per core, each with every n-th card (cards cost about the same).
const all = [...jobs.values()];
const count = Math.min(availableParallelism(), Math.ceil(all.length / 8));
await Promise.all(
  Array.from({ length: count }, (_, i) => {
    const worker = new Worker(new URL('../src/lib/build/share-cards/worker.ts', import.meta.url), { workerData: all.filter((_, j) => j % count === i) });
    return new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve(code) : reject(new Error(`share image worker exited with ${code}`))));
    });
  }),
);
for (const [path, card] of borrowed) {
  if (!existsSync(join(dist, card))) throw new Error(`${path} shows the share card ${card}, which no page draws / ${path} 引用的分享图 ${card} 没有生成`);
}
console.log(`Share images: ${all.length} drawn on ${count} thread(s), ${reused} reused, ${borrowed.size} pages show another page's, ${((performance.now() - start) / 1000).toFixed(1)} s`);
