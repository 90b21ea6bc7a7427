/**
 * The Content-Security-Policy allows the one inline script every page carries (the reading aids'
 * first paint, src/scripts/reading-prefs.inline.js) by its hash, and no other inline code: the
 * same policy for static hosts (public/_headers, also read by `npm start`) and for nginx.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const policyIn = (text: string) => /Content-Security-Policy:?\s+"?([^"\n]+)"?/.exec(text)?.[1]?.trim();

const staticHosts = policyIn(read('public/_headers'));
const nginx = policyIn(read('scripts/nginx/headers.conf'));
const expected = `'sha256-${createHash('sha256').update(read('src/scripts/reading-prefs.inline.js')).digest('base64')}'`;

test('static hosts and nginx send the same policy', () => {
  assert.ok(staticHosts && nginx);
  assert.equal(nginx, staticHosts);
});

test("script-src allows the reading aids' inline script by its current hash, and nothing inline else", () => {
  const scriptSrc = /script-src ([^;]+)/.exec(staticHosts!)?.[1]?.split(' ') ?? [];
  assert.ok(scriptSrc.includes(expected), `script-src should list ${expected} (the hash of src/scripts/reading-prefs.inline.js): update public/_headers and scripts/nginx/headers.conf`);
  assert.deepEqual(scriptSrc.filter((s) => s.startsWith("'sha256-")), [expected]);
  assert.ok(!scriptSrc.includes("'unsafe-inline'"));
});
