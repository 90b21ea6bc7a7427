/**
 * A worker thread that draws its share of the cards (scripts/og-images.ts starts one per core)
 * and writes each to the cache and to the built site.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { placeCard } from './cache.ts';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { CardInput } from './card.ts';
import { renderCard } from './render.ts';

export interface CardJob {
  input: CardInput;
  cached: string;
  /** Every page file that shows this card (identical cards are drawn once). */
  targets: string[];
}

for (const job of workerData as CardJob[]) {
  const png = await renderCard(job.input);
  // Whole or not at all: a worker stopped mid-card (src/integrations/share-cards-early.ts) leaves a temp file, never half a card.
  const temp = `${job.cached}.${threadId}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, job.cached);
  for (const target of job.targets) placeCard(job.cached, target);
}
parentPort?.postMessage('done');
