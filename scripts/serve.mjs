#!/usr/bin/env node
/**
 * Serves a built site (`dist/`) the way production does; the logic, and what it
 * guarantees, is in src/lib/serve/server.ts. Used by `npm start`, `npm run serve`
 * and the Playwright tests.
 *
 *   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--root dist]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createSiteServer } from '../src/lib/serve/server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    root: { type: 'string', default: 'dist' },
  },
});

const server = createSiteServer(values.root).listen(Number(values.port), values.host, () => {
  // The port actually bound (tests pass --port 0 and read it from here).
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Serving ${resolve(values.root)} at http://${values.host}:${port}/`);
});
