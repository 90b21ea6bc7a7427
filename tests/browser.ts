/**
 * Which Chromium the tests drive: $CHROMIUM_PATH, else Playwright's own
 * download if present, else Debian's. Shared by the Playwright config and scripts.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findBrowser(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, safe(() => chromium.executablePath()), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

function safe(fn: () => string): string | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** Flags for running as root in a container, with no network beyond localhost. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
