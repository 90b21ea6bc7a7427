/** Every internal link and fragment on every built page resolves; the language selector never leads to a 404. */
import { expect, test } from '@playwright/test';
import { contentPages, exists, readPage } from './site.ts';

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

test('internal links and fragments resolve on every page', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const path of contentPages()) {
    const html = readPage(path);
    for (const [, href = ''] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (/^(mailto:|tel:|https?:)/.test(href)) continue;
      const url = new URL(href.replace(/&amp;/g, '&'), `http://site${path}`);
      checked++;
      if (!exists(url.pathname)) {
        broken.push(`${path} → ${href}`);
        continue;
      }
      if (url.hash) {
        const target = url.pathname === path ? html : readPage(url.pathname);
        if (!ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} → ${href} (no such id)`);
      }
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});

test('the language selector on every page leads to a page that exists', () => {
  for (const path of contentPages()) {
    const href = /<a[^>]*data-lang-switch[^>]*>|<a[^>]*href="([^"]+)"[^>]*data-lang-switch/.exec(readPage(path));
    const target = /href="([^"]+)"/.exec(href?.[0] ?? '')?.[1];
    expect.soft(target, path).toBeTruthy();
    expect.soft(exists(target ?? '/missing'), `${path} → ${target}`).toBe(true);
  }
});
