import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findBrowser } from './tests/browser.ts';

/**
 * End-to-end tests in real Chromium against the built site, served as production
 * serves it (scripts/serve.mjs). `site` runs against `dist/`; `fixture` against a
 * build of tests/fixtures/one-language (content that must not be in the real site).
 */
const port = Number(process.env.E2E_PORT ?? 4399);
const fixturePort = port + 1;
// The browser editor runs under `astro dev` (it is never part of dist/).
const adminPort = port + 50;
const scalePort = port + 2;
const launchOptions = { executablePath: findBrowser() ?? undefined, args: chromiumArgs };

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/.output/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  webServer: [
    { command: `node scripts/serve.mjs --port ${port}`, url: `http://127.0.0.1:${port}/zh/`, timeout: 30_000 },
    {
      command: `node scripts/serve.mjs --port ${fixturePort} --root tests/.output/fixture-site`,
      url: `http://127.0.0.1:${fixturePort}/zh/`,
      timeout: 30_000,
    },
    {
      command: `astro dev --port ${adminPort} --host 127.0.0.1`,
      env: { VITE_CACHE_DIR: 'node_modules/.vite-admin' },
      url: `http://127.0.0.1:${adminPort}/admin/`,
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs --port ${scalePort} --root tests/.output/scale-site`,
      url: `http://127.0.0.1:${scalePort}/zh/`,
      timeout: 30_000,
    },
  ],
  projects: [
    {
      name: 'site',
      testIgnore: [/(fixture|scale)\.spec\.ts$/, /admin\//],
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}`, launchOptions },
    },
    {
      name: 'fixture',
      testMatch: /fixture\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${fixturePort}`, launchOptions },
    },
    {
      name: 'admin',
      testMatch: /admin\/.*\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${adminPort}`, launchOptions },
    },
    {
      // 125 generated article pairs (npm run build:scale-fixture): paging, archive, feed cap, budgets.
      name: 'scale',
      testMatch: /scale\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${scalePort}`, launchOptions },
    },
  ],
});
