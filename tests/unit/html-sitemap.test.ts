/** The human-readable site map: read from the XML sitemap, grouped by navigation section, escaped. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, fillPlaceholder, pageTitle, renderSitemap, sitemapLocs, sitemapTree } from '../../src/lib/html-sitemap.ts';

const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://x.example/zh/</loc></url><url><loc>https://x.example/zh/news/10/</loc></url>
<url><loc>https://x.example/zh/news/</loc></url><url><loc>https://x.example/zh/news/2/</loc></url>
<url><loc>https://x.example/zh/news/tags/feature/</loc></url><url><loc>https://x.example/zh/about/</loc></url>
<url><loc>https://x.example/zh/statement/</loc></url><url><loc>https://x.example/zh/how-to-invest/</loc></url>
<url><loc>https://x.example/en/about/</loc></url><url><loc>https://x.example/zh/a?b=1&amp;c=2</loc></url></urlset>`;

const sections = [
  { route: '', label: '首页' },
  { route: 'about/', label: '区位定位' },
  { route: 'news/', label: '新闻' },
];

test('sitemapLocs reads every <loc>, decoding entities', () => {
  const locs = sitemapLocs(xml);
  assert.equal(locs.length, 10);
  assert.equal(locs.at(-1), 'https://x.example/zh/a?b=1&c=2');
});

test('pages group under their nearest listed ancestor; sections in navigation order, then the rest by address', () => {
  const paths = sitemapLocs(xml).map((u) => new URL(u).pathname);
  const tree = sitemapTree(paths, 'zh', sections, (p) => `title of ${p}`);
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
  // Pagination in numeric order, tag pages hang under news even without a /news/tags/ page.
  assert.deepEqual(tree[2]!.children.map((n) => n.path), ['/zh/news/2/', '/zh/news/10/', '/zh/news/tags/feature/']);
  // The other language's pages are not listed.
  assert.ok(!JSON.stringify(tree).includes('/en/'));
});

test('every path is listed exactly once', () => {
  const paths = sitemapLocs(xml).map((u) => new URL(u).pathname).filter((p) => p.startsWith('/zh/'));
  const flat = (nodes: ReturnType<typeof sitemapTree>): string[] => nodes.flatMap((n) => [n.path, ...flat(n.children)]);
  assert.deepEqual(flat(sitemapTree([...paths, '/zh/about/'], 'zh', sections, () => 't')).sort(), [...new Set(paths)].sort());
});

test('titles come from og:title, unescaped; rendering escapes them again', () => {
  const html = '<meta property="og:title" content="A &amp; B &lt;script&gt; &#34;q&#34; &#x4E2D;">';
  assert.equal(pageTitle(html), 'A & B <script> "q" 中');
  assert.equal(pageTitle('<title>no og</title>'), undefined);
  assert.equal(decodeEntities('&unknown; &amp;'), '&unknown; &');
  const out = renderSitemap([{ path: '/zh/"x"/', title: '<img src=x onerror=alert(1)>', children: [] }]);
  assert.equal(out, '<ul><li><a href="/zh/&quot;x&quot;/">&lt;img src=x onerror=alert(1)&gt;</a></li></ul>');
});

test('fillPlaceholder replaces the placeholder content and refuses a page without one', () => {
  const page = '<main><div class="a" data-sitemap-list data-astro-cid-1><p>pending</p></div></main>';
  assert.equal(fillPlaceholder(page, '<ul></ul>'), '<main><div class="a" data-sitemap-list data-astro-cid-1><ul></ul></div></main>');
  assert.throws(() => fillPlaceholder('<main></main>', '<ul></ul>'), /data-sitemap-list/);
});
