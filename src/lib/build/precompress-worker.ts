/**
 * A worker thread of src/lib/build/precompress.ts: compresses its share of the files and sends
 * both encodings of each back, by index, to the thread that writes them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compress, type Job } from './precompress.ts';

for (const { source, quality, i } of workerData as (Job & { i: number })[]) {
  const { gz, br } = compress(source, quality);
  parentPort!.postMessage({ i, gz, br });
}
