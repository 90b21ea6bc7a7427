#!/usr/bin/env node
/**
 * Share images (Open Graph, 1200×630) for every built page, in the page's language:
 * the Zone's name, the page's section and title. Drawn with satori (text as paths,
 * Noto Sans SC from npm, only the subsets the text needs) and rasterised by sharp.
 * Runs after `astro build`; unchanged cards are reused from node_modules/.astro/og/.
 *   node scripts/og-images.ts [outDir]
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { fontsFor } from '../src/lib/og-font.ts';
import { ogImagePath } from '../src/lib/og-path.ts';

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const cacheDir = 'node_modules/.astro/og';
const DESIGN = 'v5'; // bump to redraw every card
mkdirSync(cacheDir, { recursive: true });

const mark = `data:image/svg+xml;base64,${readFileSync('public/favicon.svg').toString('base64')}`;
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/<[^>]+>/g, '').trim();

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown; src?: string; width?: number; height?: number } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: object = {}): Node => ({ type, props: { style, children, ...extra } });

function card(site: string, section: string, title: string, host: string, family: string, lang: string): Node {
  // Long titles get smaller type so three lines at most fit (Chinese characters are wider).
  const length = lang === 'zh' ? title.length * 2 : title.length;
  const fontSize = length <= 30 ? 68 : length <= 60 ? 56 : 46;
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      // Anchored to the bottom: the name sits absolutely at the top, so a long title grows upwards.
      justifyContent: 'flex-end',
      position: 'relative',
      width: '100%',
      height: '100%',
      color: '#ffffff',
      fontFamily: family,
      backgroundColor: '#062e24',
      backgroundImage: 'linear-gradient(135deg, #062e24 0%, #0b4a3a 55%, #0f6a50 100%)',
    },
    [
      h('div', { display: 'flex', alignItems: 'center', gap: '20px', position: 'absolute', top: '64px', left: '72px' }, [
        h('img', { width: 64, height: 64 }, undefined, { src: mark, width: 64, height: 64 }),
        h('div', { fontSize: 28, fontWeight: 700, color: '#e3f1ea', maxWidth: '900px' }, site),
      ]),
      h('div', { display: 'flex', flexDirection: 'column', gap: '18px', position: 'absolute', left: '72px', right: '72px', bottom: '64px' }, [
        h('div', { display: 'flex', width: '120px', height: '6px', backgroundColor: '#9fd356', borderRadius: '3px' }),
        section ? h('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#9fd356' }, section) : h('div', { display: 'none' }),
        h('div', { display: 'flex', fontSize, fontWeight: 700, lineHeight: 1.2, maxWidth: '1050px' }, title),
        h('div', { display: 'flex', fontSize: 24, color: '#a9c6b8' }, host),
      ]),
    ],
  );
}

const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const pages = walk(dist).filter((f) => /^(zh|en)\//.test(relative(dist, f)) && f.endsWith('index.html') && !f.includes('/404/'));
const host = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'zh', 'index.html'), 'utf8'))?.[1] ?? 'https://example.org').host;

let made = 0;
let reused = 0;
const start = performance.now();
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const path = `/${relative(dist, file).replace(/index\.html$/, '')}`;
  const lang = path.slice(1, 3);
  const site = decode(/<p class="footer-name">([^<]+)<\/p>/.exec(html)?.[1] ?? '');
  const title = decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
  // The section: the breadcrumb after Home, when the page is deeper than a section.
  const crumbs = [...(/<nav[^>]*class="breadcrumbs"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '').matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => decode(m[1] ?? ''));
  const heroSub = /<span class="hero-sub"[^>]*>([\s\S]*?)<\/span>/.exec(html)?.[1];
  const section = heroSub ? decode(heroSub) : crumbs.length > 2 ? (crumbs[1] ?? '') : '';
  // The home page's h1 holds the tagline in two spans: the first is the title, the second the subtitle.
  const heroLine = /<span class="hero-line"[^>]*>([\s\S]*?)<\/span>/.exec(html)?.[1];
  const heading = heroLine ? decode(heroLine) : title;
  const key = createHash('sha256').update(JSON.stringify([DESIGN, site, section, heading, host])).digest('hex').slice(0, 16);
  const cached = join(cacheDir, `${key}.png`);
  const target = join(dist, ogImagePath(path));
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(cached)) {
    copyFileSync(cached, target);
    reused++;
    continue;
  }
  const { fonts, family } = fontsFor(`${site}${section}${heading}${host}`);
  const svg = await satori(card(site, section, heading, host, family, lang) as never, { width: 1200, height: 630, fonts });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  writeFileSync(cached, png);
  writeFileSync(target, png);
  made++;
}
console.log(`Share images: ${made} drawn, ${reused} reused, ${((performance.now() - start) / 1000).toFixed(1)} s`);
