/**
 * The human-readable site map (网站地图), built from the XML sitemap that
 * `@astrojs/sitemap` wrote, so the two can never disagree: every page a
 * search engine is told about is listed, grouped by section in navigation order.
 */

export interface SitemapNode {
  path: string;
  title: string;
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

/**
 * Arrange one language's page paths (`/zh/news/2/`) as a tree: the home page first,
 * then the `sections` in their order (named by their navigation label), then any other
 * top-level page by address; a page hangs under its nearest listed ancestor.
 */
export function sitemapTree(paths: string[], locale: string, sections: SitemapSection[], titleOf: (path: string) => string): SitemapNode[] {
  const home = `/${locale}/`;
  const sectionOrder = sections.map((s) => s.route);
  const label = (path: string) => sections.find((s) => home + s.route === path)?.label;
  const mine = [...new Set(paths.filter((p) => p.startsWith(home)))];
  const nodes = new Map(mine.map((path) => [path, { path, title: label(path) ?? titleOf(path), children: [] } as SitemapNode]));
  const top: SitemapNode[] = [];
  const byAddress = (a: SitemapNode, b: SitemapNode) => a.path.localeCompare(b.path, 'en', { numeric: true });
  for (const path of [...nodes.keys()].sort()) {
    const node = nodes.get(path)!;
    if (path === home) continue;
    let parent: SitemapNode | undefined;
    const parentOf = (p: string) => p.replace(/[^/]+\/?$/, '');
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

/** The tree as nested lists of links. */
export function renderSitemap(nodes: SitemapNode[]): string {
  const items = nodes.map((n) => `<li><a href="${escapeHtml(n.path)}">${escapeHtml(n.title)}</a>${n.children.length ? renderSitemap(n.children) : ''}</li>`);
  return `<ul>${items.join('')}</ul>`;
}

/** Where the site map page leaves room for the list, and what fills it. */
export const placeholderPattern = /(<div[^>]*\bdata-sitemap-list\b[^>]*>)[\s\S]*?(<\/div>)/;

export function fillPlaceholder(pageHtml: string, listHtml: string): string {
  if (!placeholderPattern.test(pageHtml)) throw new Error('The site map page has no data-sitemap-list element / 网站地图页面缺少 data-sitemap-list 元素');
  return pageHtml.replace(placeholderPattern, (_, open: string, close: string) => `${open}${listHtml}${close}`);
}
