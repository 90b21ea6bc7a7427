/**
 * What a share card (Open Graph image, 1200×630) shows, read from a built page, and
 * its satori element tree. Pure functions: the unit tests run exactly what the build draws.
 * A figure shown on a card (a `<Fig>` in the page's heading) carries its own source line.
 */
import { createHash } from 'node:crypto';

/** One row of /figures.json (only the fields a card needs). */
export interface FigureSourceRow {
  id: string;
  period_zh: string;
  period_en: string;
  source_authors_zh: string;
  source_authors_en: string;
  source_date: string;
}

export interface CardInput {
  lang: 'zh' | 'en';
  /** The Zone's name (footer). */
  site: string;
  /** The section above the title (breadcrumb or the home page's subtitle); may be empty. */
  section: string;
  /** The page's heading. */
  heading: string;
  /** One line per figure shown in the heading: its source and period. */
  sources: string[];
  /** The site's host name. */
  host: string;
}

/** Bump to redraw every cached card. */
export const CARD_DESIGN = 'v8';

export const decodeHtml = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** A source line in the card's language: 数据来源：中新网（湖州），2021-11-12（2021年） / Source: …. */
export function sourceLine(row: FigureSourceRow, lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? `数据来源：${row.source_authors_zh}，${row.source_date}（${row.period_zh}）`
    : `Source: ${row.source_authors_en}, ${row.source_date} (${row.period_en})`;
}

/** Reads a built page (path like `/en/about/`) into what its card shows. */
export function cardInputFrom(html: string, path: string, host: string, figures: Map<string, FigureSourceRow>): CardInput {
  const lang = path.slice(1, 3) === 'en' ? 'en' : 'zh';
  // Scoped styles add attributes (`data-astro-cid-…`) to the element.
  const site = decodeHtml(/<p class="footer-name"[^>]*>([^<]+)<\/p>/.exec(html)?.[1] ?? '');
  if (!site) throw new Error(`Share card for ${path}: the page has no site name (footer-name) / 分享图 ${path}：页面缺少网站名称（footer-name）`);
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  // The section: the breadcrumb after Home, when the page is deeper than a section.
  const crumbs = [...(/<nav[^>]*class="breadcrumbs"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '').matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => decodeHtml(m[1] ?? ''));
  const heroSub = /<span class="hero-sub"[^>]*>([\s\S]*?)<\/span>/.exec(html)?.[1];
  const section = heroSub ? decodeHtml(heroSub) : crumbs.length > 2 ? (crumbs[1] ?? '') : '';
  // The home page's h1 holds the tagline in two spans: the first is the title, the second the subtitle.
  const heroLine = /<span class="hero-line"[^>]*>([\s\S]*?)<\/span>/.exec(html)?.[1];
  const headingHtml = heroLine ?? h1;
  const ids = [...new Set([...headingHtml.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1] ?? ''))];
  const sources = ids.map((id) => {
    const row = figures.get(id);
    if (!row) throw new Error(`Share card for ${path}: figure "${id}" is not in figures.json / 分享图 ${path}：数据“${id}”不在 figures.json 中`);
    return sourceLine(row, lang);
  });
  return { lang, site, section, heading: decodeHtml(headingHtml), sources, host };
}

/** Cache key: everything drawn, and the design version. */
export function cardKey(input: CardInput): string {
  return createHash('sha256').update(JSON.stringify([CARD_DESIGN, input])).digest('hex').slice(0, 16);
}

/** All text on the card (to choose font subsets). */
export const cardText = (input: CardInput) => `${input.site}${input.section}${input.heading}${input.sources.join('')}${input.host}`;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown; src?: string; width?: number; height?: number } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: object = {}): Node => ({ type, props: { style, children, ...extra } });

/** The satori element tree. `mark` is the emblem as a data: URL. */
export function cardTree(input: CardInput, family: string, mark: string): Node {
  const { site, section, heading, sources, host, lang } = input;
  // Long titles get smaller type so three lines at most fit (Chinese characters are wider).
  const length = lang === 'zh' ? heading.length * 2 : heading.length;
  const fontSize = length <= 30 ? 68 : length <= 60 ? 56 : 46;
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'flex-end',
      position: 'relative',
      width: '100%',
      height: '100%',
      color: '#ffffff',
      fontFamily: family,
      // A flat colour, not a gradient: half the encoding time and a third smaller (measured).
      backgroundColor: '#0b4a3a',
    },
    [
      h('div', { display: 'flex', alignItems: 'center', gap: '20px', position: 'absolute', top: '64px', left: '72px' }, [
        h('img', { width: 64, height: 64 }, undefined, { src: mark, width: 64, height: 64 }),
        h('div', { fontSize: 28, fontWeight: 700, color: '#e3f1ea', maxWidth: '900px' }, site),
      ]),
      // Anchored to the bottom: the name sits absolutely at the top, so a long title grows upwards.
      h('div', { display: 'flex', flexDirection: 'column', gap: '18px', position: 'absolute', left: '72px', right: '72px', bottom: '64px' }, [
        h('div', { display: 'flex', width: '120px', height: '6px', backgroundColor: '#9fd356', borderRadius: '3px' }),
        section ? h('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#9fd356' }, section) : h('div', { display: 'none' }),
        h('div', { display: 'flex', fontSize, fontWeight: 700, lineHeight: 1.2, maxWidth: '1050px' }, heading),
        ...sources.map((line) => h('div', { display: 'flex', fontSize: 22, color: '#e3f1ea' }, line)),
        h('div', { display: 'flex', fontSize: 24, color: '#a9c6b8' }, host),
      ]),
    ],
  );
}
