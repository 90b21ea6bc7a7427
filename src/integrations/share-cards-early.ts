/**
 * Starts drawing the news articles' share cards while Astro renders the pages: rendering keeps
 * one core busy, and on a two-core machine the other was idle. The cards go into the card cache
 * only; `scripts/og-images.ts` still makes every card from the built page and finds these there
 * (same text, same cache key). Whatever is not drawn when the build ends is drawn afterwards.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardKey } from '../lib/build/share-cards/card.ts';
import { predictedNewsCards } from '../lib/build/share-cards/predict.ts';
import { CARD_CACHE } from '../lib/build/share-cards/cache.ts';
import type { CardJob } from '../lib/build/share-cards/worker.ts';

export default function shareCardsEarly({ contentDir }: { contentDir: string }): AstroIntegration {
  let host = '';
  let workers: Worker[] = [];
  let queued = 0;
  return {
    name: 'share-cards-early',
    hooks: {
      'astro:config:done': ({ config }) => {
        host = new URL(config.site ?? 'https://example.org').host;
      },
      'astro:build:start': () => {
        mkdirSync(CARD_CACHE, { recursive: true });
        const jobs: CardJob[] = predictedNewsCards(contentDir, host)
          .map((input) => ({ input, cached: join(CARD_CACHE, `${cardKey(input)}.png`), targets: [] }))
          .filter((job) => !existsSync(job.cached));
        queued = jobs.length;
        // Rendering keeps one core; the rest draw.
        const count = Math.min(Math.max(1, availableParallelism() - 1), Math.ceil(jobs.length / 8));
        // A path Vite does not rewrite: the worker runs from the sources, as scripts/og-images.ts does.
        const script = join(process.cwd(), 'src/lib/build/share-cards/worker.ts');
        workers = Array.from({ length: count }, (_, i) => new Worker(script, { workerData: jobs.filter((_, j) => j % count === i) }));
        for (const worker of workers) worker.on('error', () => {}); // a failed guess only costs time
      },
      'astro:build:done': async ({ logger }) => {
        await Promise.all(workers.map((w) => w.terminate()));
        if (queued) logger.info(`${queued} news share cards queued while pages rendered; the rest are drawn after the build`);
      },
    },
  };
}
