/**
 * A small built site in a temporary folder, for the server tests: `<tmp>/dist` with
 * pages in both languages, 404 pages, a hashed asset and the real `public/_headers`,
 * and, outside it, files that must never be served: siblings whose names start with
 * the root's (`dist2`, `dist-old`, `dist.bak`), the parent folder and a dotfile inside.
 * Every file carries a unique marker string, so a leaked byte is recognisable.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';

export function makeTempSite() {
  const base = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const root = join(base, 'dist');
  const id = randomUUID().slice(0, 8);
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  };
  const page = (lang: string, marker: string) => `<!doctype html><html lang="${lang}"><title>${marker}</title><p>${marker}</p></html>`;
  const inside = {
    zhHome: `INSIDE-zh-home-${id}`,
    enHome: `INSIDE-en-home-${id}`,
    zhAbout: `INSIDE-zh-about-${id}`,
    zh404: `INSIDE-zh-404-${id}`,
    en404: `INSIDE-en-404-${id}`,
    root404: `INSIDE-root-404-${id}`,
    asset: `INSIDE-asset-${id}`,
  };
  put('dist/zh/index.html', page('zh-CN', inside.zhHome));
  put('dist/en/index.html', page('en', inside.enHome));
  put('dist/zh/about/index.html', page('zh-CN', inside.zhAbout));
  put('dist/zh/404/index.html', page('zh-CN', inside.zh404));
  put('dist/en/404/index.html', page('en', inside.en404));
  put('dist/404.html', page('zh-CN', inside.root404));
  put('dist/index.html', page('zh-CN', inside.zhHome));
  put('dist/_astro/app.AbC123.js', `console.log("${inside.asset}");`);
  put('dist/_astro/big.svg', `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(100)}</svg>`);
  put('dist/figures.csv', `名称,值\n${inside.asset},1\n`);
  put('dist/pagefind/pagefind-entry.pf_meta', inside.asset);
  copyFileSync('public/_headers', join(root, '_headers'));
  copyFileSync('public/_redirects', join(root, '_redirects'));

  /** Files outside the served tree (and one dotfile inside it): none of these markers may ever be sent. */
  const secrets: string[] = [];
  for (const path of ['dist2/secret.txt', 'dist-old/secret.txt', 'dist.bak/secret.txt', 'dist2/index.html', 'secret.txt', 'dist/.env', 'dist/.git/config']) {
    const marker = `SECRET-${path.replace(/[^a-z0-9]/gi, '_')}-${id}`;
    put(path, marker);
    secrets.push(marker);
  }
  return { base, root, inside, secrets };
}
