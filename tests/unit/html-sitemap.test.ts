/**
 * The human-readable site map: read from the XML sitemap, grouped by navigation section,
 * escaped; a list's later pages and an archived section's items are counted, not listed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  archivedItems,
  decodeEntities,
  fillPlaceholder,
  laterPages,
  linkedPaths,
  pageTitle,
  renderSitemap,
  sitemapLocs,
  sitemapTree,
  type BuiltPages,
  type SitemapNode,
} from '../../src/lib/build/html-sitemap.ts';

const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://x.example/zh/</loc></url><url><loc>https://x.example/zh/news/10/</loc></url>
<url><loc>https://x.example/zh/news/</loc></url><url><loc>https://x.example/zh/news/2/</loc></url>
<url><loc>https://x.example/zh/news/tags/feature/</loc></url><url><loc>https://x.example/zh/about/</loc></url>
<url><loc>https://x.example/zh/statement/</loc></url><url><loc>https://x.example/zh/how-to-invest/</loc></url>
<url><loc>https://x.example/en/about/</loc></url><url><loc>https://x.example/zh/a?b=1&amp;c=2</loc></url></urlset>`;

const sections = [
  { route: '', label: '首页' },
  { route: 'about/', label: '区位定位' },
  { route: 'projects/', label: '重点项目' },
  { route: 'news/', label: '新闻' },
];

const flat = (nodes: SitemapNode[]): string[] => nodes.flatMap((n) => [n.path, ...flat(n.children)]);
const noLinks: BuiltPages['linksOf'] = () => [];

/** A news section of `articles` articles over 2023–2024, with two list pages per ten, a tag and a project. */
function site(articles: number, options: { unarchived?: string[] } = {}) {
  const slugs = Array.from({ length: articles }, (_, i) => `/zh/news/article-${i + 1}/`);
  const year = (i: number) => (i < articles / 2 ? 2023 : 2024);
  const listPages = Array.from({ length: Math.ceil(articles / 10) - 1 }, (_, i) => `/zh/news/${i + 2}/`);
  const paths = [
    '/zh/',
    '/zh/about/',
    '/zh/projects/',
    '/zh/projects/liyi-precision/',
    '/zh/projects/cu-group/',
    '/zh/news/',
    ...listPages,
    '/zh/news/archive/2023/',
    '/zh/news/archive/2024/',
    '/zh/news/tags/policy/',
    '/zh/news/tags/policy/2/',
    ...slugs,
    '/en/news/article-1/',
  ];
  const archived = (slug: string) => !options.unarchived?.includes(slug);
  const titled: string[] = [];
  const pages: BuiltPages = {
    titleOf: (p) => (titled.push(p), `title of ${p}`),
    // A yearly archive links its year's articles (plus the news index and the other year).
    linksOf: (p) => {
      const y = Number(/archive\/(\d+)\//.exec(p)?.[1]);
      return ['/zh/news/', ...slugs.filter((s, i) => year(i) === y && archived(s)), `/zh/news/archive/${y === 2023 ? 2024 : 2023}/`];
    },
  };
  return { paths, slugs, pages, titled };
}

test('sitemapLocs reads every <loc>, decoding entities', () => {
  const locs = sitemapLocs(xml);
  assert.equal(locs.length, 10);
  assert.equal(locs.at(-1), 'https://x.example/zh/a?b=1&c=2');
});

test('sections come in navigation order, then the rest by address; the other language is not listed', () => {
  const paths = sitemapLocs(xml).map((u) => new URL(u).pathname);
  const tree = sitemapTree(paths, 'zh', sections, { titleOf: (p) => `title of ${p}`, linksOf: noLinks });
  assert.deepEqual(
    tree.map((n) => [n.path, n.title]),
    [
      ['/zh/', '首页'],
      ['/zh/about/', '区位定位'],
      ['/zh/news/', '新闻'],
      ['/zh/a', 'title of /zh/a'],
      ['/zh/how-to-invest/', 'title of /zh/how-to-invest/'],
      ['/zh/statement/', 'title of /zh/statement/'],
    ],
  );
  // /news/2/ is the list's second page (left to the first page's links); /news/10/ follows no
  // run 2…9, so it is no later page and stays listed. Tag pages hang under news without a /news/tags/ page.
  assert.deepEqual(tree[2]!.children.map((n) => n.path), ['/zh/news/10/', '/zh/news/tags/feature/']);
  assert.ok(!JSON.stringify(tree).includes('/en/'));
});

test('laterPages: only an unbroken run 2…N after a built first page; a year is not a page number', () => {
  const paths = new Set(['/zh/news/', '/zh/news/2/', '/zh/news/3/', '/zh/news/5/', '/zh/news/archive/', '/zh/news/archive/2024/', '/zh/x/1/', '/zh/x/', '/zh/y/2/', '/zh/news/02/']);
  assert.deepEqual([...laterPages(paths)].sort(), ['/zh/news/2/', '/zh/news/3/']);
});

test('news: articles are counted under the news index, its yearly archives and first tag pages listed; projects stay listed', () => {
  const { paths, slugs, pages, titled } = site(120);
  const tree = sitemapTree(paths, 'zh', sections, pages);
  const news = tree.find((n) => n.path === '/zh/news/')!;
  assert.equal(news.items, 120);
  assert.deepEqual(news.children.map((n) => n.path), ['/zh/news/archive/2023/', '/zh/news/archive/2024/', '/zh/news/tags/policy/']);
  const projects = tree.find((n) => n.path === '/zh/projects/')!;
  assert.equal(projects.items, undefined);
  assert.deepEqual(projects.children.map((n) => n.path), ['/zh/projects/cu-group/', '/zh/projects/liyi-precision/']);
  // Summarised pages are not even read for a title (that would read every article at every build).
  assert.deepEqual(titled.filter((p) => slugs.includes(p) || /\/\d\/$/.test(p)), []);
  assert.deepEqual(
    flat(tree).sort(),
    ['/zh/', '/zh/about/', '/zh/news/', '/zh/news/archive/2023/', '/zh/news/archive/2024/', '/zh/news/tags/policy/', '/zh/projects/', '/zh/projects/cu-group/', '/zh/projects/liyi-precision/'],
  );
});

test('every page is either listed once or reachable: a later page from its listed list, an article from a listed archive page', () => {
  const { paths, pages } = site(37, { unarchived: ['/zh/news/article-5/'] });
  const tree = sitemapTree(paths, 'zh', sections, pages);
  const listed = flat(tree);
  assert.equal(new Set(listed).size, listed.length, 'each page once');
  const later = laterPages(new Set(paths));
  for (const path of paths.filter((p) => p.startsWith('/zh/') && !listed.includes(p))) {
    if (later.has(path)) assert.ok(listed.includes(path.replace(/\d+\/$/, '')), path);
    else assert.ok(listed.some((a) => a.includes('/archive/') && [...pages.linksOf(a)].includes(path)), path);
  }
  // An article no archive page links to is not hidden: it stays listed, and is not counted.
  assert.ok(listed.includes('/zh/news/article-5/'));
  assert.equal(tree.find((n) => n.path === '/zh/news/')!.items, 36);
});

test('an archive only summarises its section’s leaf pages, not a sub-page that has pages of its own', () => {
  const paths = new Set(['/zh/news/', '/zh/news/archive/2024/', '/zh/news/a/', '/zh/news/series/', '/zh/news/series/part-1/', '/zh/other/b/']);
  const items = archivedItems(paths, new Set(), () => ['/zh/news/a/', '/zh/news/series/', '/zh/other/b/']);
  assert.deepEqual([...items.entries()].map(([k, v]) => [k, [...v]]), [['/zh/news/', ['/zh/news/a/']]]);
  // An archive whose section page was not built summarises nothing.
  assert.equal(archivedItems(new Set(['/zh/x/archive/2024/', '/zh/x/a/']), new Set(), () => ['/zh/x/a/']).size, 0);
});

test('the rendered site map does not grow with the number of articles', () => {
  const render = (n: number) => {
    const { paths, pages } = site(n);
    return renderSitemap(sitemapTree(paths, 'zh', sections, pages), (count) => `（${count} 篇，按年份浏览）`);
  };
  const small = render(20);
  const large = render(2000);
  assert.match(large, /<a href="\/zh\/news\/">新闻<\/a><span class="count">（2000 篇，按年份浏览）<\/span><ul><li><a href="\/zh\/news\/archive\/2023\/">/);
  assert.equal(large.replace('2000', '20'), small);
  assert.doesNotMatch(large, /article-|\/news\/\d+\/|\/tags\/policy\/2\//);
});

test('titles come from og:title, unescaped; rendering escapes them and the count again', () => {
  const html = '<meta property="og:title" content="A &amp; B &lt;script&gt; &#34;q&#34; &#x4E2D;">';
  assert.equal(pageTitle(html), 'A & B <script> "q" 中');
  assert.equal(pageTitle('<title>no og</title>'), undefined);
  assert.equal(decodeEntities('&unknown; &amp;'), '&unknown; &');
  const out = renderSitemap([{ path: '/zh/"x"/', title: '<img src=x onerror=alert(1)>', items: 3, children: [] }], (n) => `<b>${n}</b>`);
  assert.equal(out, '<ul><li><a href="/zh/&quot;x&quot;/">&lt;img src=x onerror=alert(1)&gt;</a><span class="count">&lt;b&gt;3&lt;/b&gt;</span></li></ul>');
});

test('linkedPaths: same-site links resolved and decoded; other hosts, schemes and malformed addresses ignored', () => {
  const html = `<a href="/zh/news/a/">a</a> <a class="x" href="../b/">b</a> <a href="c/?q=1#top">c</a>
    <a href="/zh/news/%E6%96%B0/">新</a> <a href="/zh/news/%E6/">broken</a> <a href="https://evil.example/zh/news/d/">d</a>
    <a href="mailto:x@example.com">m</a> <a href="/zh/news/e/&amp;f/">e</a> <link href="/zh/not-a-link/"> <a name="n">n</a>`;
  assert.deepEqual([...linkedPaths(html, '/zh/news/archive/2024/')].sort(), [
    '/zh/news/a/',
    '/zh/news/archive/2024/c/',
    '/zh/news/archive/b/',
    '/zh/news/e/&f/',
    '/zh/news/新/',
  ]);
});

test('fillPlaceholder replaces the placeholder content and refuses a page without one', () => {
  const page = '<main><div class="a" data-sitemap-list data-astro-cid-1><p>pending</p></div></main>';
  assert.equal(fillPlaceholder(page, '<ul></ul>'), '<main><div class="a" data-sitemap-list data-astro-cid-1><ul></ul></div></main>');
  assert.throws(() => fillPlaceholder('<main></main>', '<ul></ul>'), /data-sitemap-list/);
});
