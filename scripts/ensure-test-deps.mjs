#!/usr/bin/env node
/**
 * What the end-to-end tests need beyond npm: a Chromium (Playwright's own build if
 * installed, else Debian's /usr/bin/chromium), nginx (the production config is
 * tested, with Debian's brotli_static module; logrotate for its log rotation) and Java (the W3C HTML
 * validator). Where one is missing and we are root with apt, installs the Debian packages; otherwise stops with one message
 * saying how to get them.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findBrowser } from '../tests/browser.ts';

const hasNginx = () => ['/usr/sbin/nginx', '/usr/bin/nginx'].some(existsSync);
const hasBrotli = () => existsSync('/usr/lib/nginx/modules/ngx_http_brotli_static_module.so');
const hasLogrotate = () => ['/usr/sbin/logrotate', '/sbin/logrotate'].some(existsSync);
const hasJava = () => { try { execFileSync('java', ['-version'], { stdio: 'ignore' }); return true; } catch { return false; } };
let path = findBrowser();
if (!path || !hasNginx() || !hasBrotli() || !hasLogrotate() || !hasJava()) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      'The browser tests need Chromium, nginx (with brotli_static), logrotate and Java. Install them with `sudo apt-get install chromium fonts-noto-cjk nginx-light libnginx-mod-http-brotli-static logrotate default-jre-headless` ' +
        '(Debian/Ubuntu), or get Chromium with `npx playwright install chromium` / set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  const packages = [...(path ? [] : ['chromium', 'fonts-noto-cjk']), ...(hasNginx() ? [] : ['nginx-light']), ...(hasBrotli() ? [] : ['libnginx-mod-http-brotli-static']), ...(hasLogrotate() ? [] : ['logrotate']), ...(hasJava() ? [] : ['default-jre-headless'])];
  console.log(`Installing ${packages.join(', ')} for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  path = findBrowser();
  if (!path || !hasNginx() || !hasBrotli() || !hasLogrotate() || !hasJava()) {
    console.error('apt-get finished but Chromium, nginx, its brotli module, logrotate or Java is still missing.');
    process.exit(1);
  }
}
console.log(`Browser for tests: ${path}; nginx and Java: present`);
