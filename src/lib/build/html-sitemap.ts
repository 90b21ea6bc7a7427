/**
 * The human-readable site map (网站地图), built from the XML sitemap that
 * `@astrojs/sitemap` wrote, so it never lists a page that was not built. It shows the
 * site's structure, grouped by section in navigation order, and stays the same size
 * however much is published: a list's later pages (`news/2/`) are left to the list's
 * first page, and a section with an archive (`news/archive/2024/`) shows the archive
 * and a count instead of each of its items (see `sitemapTree`).
 */

export interface SitemapNode {
  path: string;
  title: string;
  /** How many of this page's items are not listed but reached through its archive pages (listed as its children). */
  items?: number;
  children: SitemapNode[];
}

/** Every `<loc>` of a sitemap or sitemap index, in document order. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => decodeEntities(m[1]!));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undo the HTML/XML escaping of attribute values and `<loc>` text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
    return entities[code.toLowerCase()] ?? whole;
  });
}

/** A built page's own title, without the site name: its `og:title`. */
export function pageTitle(html: string): string | undefined {
  const meta = /<meta\s+property="og:title"\s+content="([^"]*)"/.exec(html);
  return meta ? decodeEntities(meta[1]!) : undefined;
}

/** A section of the navigation: its locale-free route (`about/`, `''` for home) and its label there. */
export interface SitemapSection {
  route: string;
  label: string;
}

/** What the tree needs to know about a built page. */
export interface BuiltPages {
  /** The page's title (only asked for pages that are listed). */
  titleOf: (path: string) => string;
  /** The same-site paths the page links to (only asked for archive pages). */
  linksOf: (path: string) => Iterable<string>;
}

const parentOf = (path: string) => path.replace(/[^/]+\/?$/, '');

/**
 * A list's later pages: `/x/N/` for N ≥ 2 when `/x/` and `/x/2/` … `/x/N-1/` are all
 * built (how Astro's `paginate` numbers them). A year (`/x/archive/2024/`) is no such run.
 * Readers reach them from the first page's previous/next links.
 */
export function laterPages(paths: Set<string>): Set<string> {
  const later = new Set<string>();
  for (const path of paths) {
    const m = /^(.*\/)(\d+)\/$/.exec(path);
    if (!m || !paths.has(m[1]!)) continue;
    const n = Number(m[2]);
    let run = n >= 2 && String(n) === m[2];
    for (let k = 2; run && k < n; k++) run = paths.has(`${m[1]}${k}/`);
    if (run) later.add(path);
  }
  return later;
}

/**
 * The items each archived page stands for: a built page `S` with built pages under
 * `S/archive/` (news and its yearly archive) stands for its direct children that have no
 * pages of their own (`S/<slug>/`, the articles) and that one of those archive pages links
 * to. An item no archive page links to is not summarised: it stays listed, so every page
 * remains reachable from the site map. Map from `S` to its items.
 */
export function archivedItems(paths: Set<string>, later: Set<string>, linksOf: BuiltPages['linksOf']): Map<string, Set<string>> {
  const archives = new Map<string, string[]>();
  for (const path of paths) {
    const m = /^(.*\/)archive\/.+$/.exec(path);
    if (m && paths.has(m[1]!)) archives.set(m[1]!, [...(archives.get(m[1]!) ?? []), path]);
  }
  // Pages with pages under them (an item has none).
  const hasPages = new Set<string>();
  for (const path of paths) for (let up = parentOf(path); up && !hasPages.has(up); up = parentOf(up)) hasPages.add(up);
  const result = new Map<string, Set<string>>();
  for (const [section, pages] of archives) {
    const linked = new Set(pages.flatMap((p) => [...linksOf(p)]));
    const items = [...paths].filter((p) => parentOf(p) === section && !later.has(p) && !hasPages.has(p) && linked.has(p));
    result.set(section, new Set(items));
  }
  return result;
}

/**
 * Arrange one language's page paths (`/zh/about/`) as a tree: the home page first,
 * then the `sections` in their order (named by their navigation label), then any other
 * top-level page by address; a page hangs under its nearest listed ancestor. A list's
 * later pages and an archived section's items are counted, not listed (see above).
 */
export function sitemapTree(paths: string[], locale: string, sections: SitemapSection[], pages: BuiltPages): SitemapNode[] {
  const home = `/${locale}/`;
  const sectionOrder = sections.map((s) => s.route);
  const label = (path: string) => sections.find((s) => home + s.route === path)?.label;
  const all = new Set(paths.filter((p) => p.startsWith(home)));
  const later = laterPages(all);
  const archived = archivedItems(all, later, pages.linksOf);
  const summarised = new Set([...later, ...[...archived.values()].flatMap((items) => [...items])]);
  const mine = [...all].filter((p) => !summarised.has(p));
  const nodes = new Map(mine.map((path) => [path, { path, title: label(path) ?? pages.titleOf(path), children: [] } as SitemapNode]));
  for (const [section, items] of archived) if (items.size) nodes.get(section)!.items = items.size;
  const top: SitemapNode[] = [];
  const byAddress = (a: SitemapNode, b: SitemapNode) => a.path.localeCompare(b.path, 'en', { numeric: true });
  for (const path of [...nodes.keys()].sort()) {
    const node = nodes.get(path)!;
    if (path === home) continue;
    let parent: SitemapNode | undefined;
    for (let up = parentOf(path); up.length > home.length; up = parentOf(up)) {
      parent = nodes.get(up);
      if (parent) break;
    }
    (parent ? parent.children : top).push(node);
  }
  const rank = (node: SitemapNode) => {
    const i = sectionOrder.indexOf(node.path.slice(home.length));
    return i === -1 ? sectionOrder.length : i;
  };
  const sortDeep = (list: SitemapNode[]) => {
    list.sort(byAddress);
    for (const n of list) sortDeep(n.children);
  };
  sortDeep(top);
  top.sort((a, b) => rank(a) - rank(b) || byAddress(a, b));
  const homeNode = nodes.get(home);
  return homeNode ? [homeNode, ...top] : top;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The tree as nested lists of links; a page that stands for items not listed is followed
 * by `count(items)` (“（1,000 篇，按年份浏览）”).
 */
export function renderSitemap(nodes: SitemapNode[], count: (items: number) => string): string {
  const items = nodes.map(
    (n) =>
      `<li><a href="${escapeHtml(n.path)}">${escapeHtml(n.title)}</a>${n.items ? `<span class="count">${escapeHtml(count(n.items))}</span>` : ''}${
        n.children.length ? renderSitemap(n.children, count) : ''
      }</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

/** Same-site paths a page's links point to, resolved against the page's own path and decoded. */
export function linkedPaths(html: string, path: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(/<a\s[^>]*?\bhref="([^"]*)"/g)) {
    try {
      const url = new URL(decodeEntities(m[1]!), `https://site.invalid${path}`);
      if (url.host === 'site.invalid') out.add(decodeURI(url.pathname));
    } catch {
      // Not a link to a page of this site (a malformed address); nothing to reach through it.
    }
  }
  return out;
}

/** Where the site map page leaves room for the list, and what fills it. */
export const placeholderPattern = /(<div[^>]*\bdata-sitemap-list\b[^>]*>)[\s\S]*?(<\/div>)/;

export function fillPlaceholder(pageHtml: string, listHtml: string): string {
  if (!placeholderPattern.test(pageHtml)) throw new Error('The site map page has no data-sitemap-list element / 网站地图页面缺少 data-sitemap-list 元素');
  return pageHtml.replace(placeholderPattern, (_, open: string, close: string) => `${open}${listHtml}${close}`);
}
