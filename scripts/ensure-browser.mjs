#!/usr/bin/env node
/**
 * Finds a Chromium for the end-to-end tests: Playwright's own build if one is
 * installed, else Debian's /usr/bin/chromium. Where neither exists and we are root
 * with apt, installs Debian's `chromium` (and CJK fonts for screenshots); otherwise
 * stops with one message saying how to get a browser. Prints the path it chose.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findBrowser } from '../tests/browser.ts';

let path = findBrowser();
if (!path) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      'No Chromium found for the browser tests. Install one with `sudo apt-get install chromium fonts-noto-cjk` ' +
        '(Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium and fonts-noto-cjk for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  path = findBrowser();
  if (!path) {
    console.error('apt-get finished but no Chromium was found at /usr/bin/chromium.');
    process.exit(1);
  }
}
console.log(`Browser for tests: ${path}`);
