/** Share cards: what a card shows, that a figure on it carries its own source, and the image itself. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { cardInputFrom, cardKey, cardTree } from '../../src/lib/build/share-cards/card.ts';
import { renderCard } from '../../src/lib/build/share-cards/render.ts';

const area = {
  id: 'planned-area',
  period_zh: '2021年11月12日报道',
  period_en: 'reported on 12 November 2021',
  source_authors_zh: '中新网（湖州）',
  source_authors_en: 'China News Service (Huzhou)',
  source_date: '2021-11-12',
};
const figures = new Map([[area.id, area]]);
const page = (h1: string, crumbs = ['首页', '新闻', '某文']) =>
  `<html><body><nav class="breadcrumbs"><ol>${crumbs.map((c) => `<li>${c}</li>`).join('')}</ol></nav><h1 class="t">${h1}</h1><p class="footer-name" data-astro-cid-nns7i3if>长三角（湖州）产业合作区</p></body></html>`;

test('a card shows the site, the section from the breadcrumbs and the decoded heading', () => {
  const input = cardInputFrom(page('R&amp;D &lt;centre&gt; opens'), '/zh/news/x/', 'example.org', figures);
  assert.equal(input.lang, 'zh');
  assert.equal(input.site, '长三角（湖州）产业合作区');
  assert.equal(input.section, '新闻');
  assert.equal(input.heading, 'R&D <centre> opens');
  assert.deepEqual(input.sources, []);
});

test('a figure in the heading puts its source and period on the card, in the page language', () => {
  const fig = '<a class="fig" href="/en/figures/#planned-area" data-figure="planned-area">86.9 km²</a>';
  const en = cardInputFrom(page(`A zone of ${fig}`), '/en/news/x/', 'example.org', figures);
  assert.equal(en.heading, 'A zone of 86.9 km²');
  assert.deepEqual(en.sources, ['Source: China News Service (Huzhou), 2021-11-12 (reported on 12 November 2021)']);
  const zh = cardInputFrom(page(`规划面积${fig.replace('86.9 km²', '86.9平方公里')}`), '/zh/news/x/', 'example.org', figures);
  assert.deepEqual(zh.sources, ['数据来源：中新网（湖州），2021-11-12（2021年11月12日报道）']);
  // The line is drawn: it is in the element tree satori lays out.
  assert.match(JSON.stringify(cardTree(zh, 'f', 'data:,')), /数据来源：中新网（湖州）/);
  // A different source line is a different card (never a stale cached image).
  assert.notEqual(cardKey(zh), cardKey({ ...zh, sources: [] }));
});

test('a figure the downloads do not know stops the build rather than drawing it without a source', () => {
  assert.throws(() => cardInputFrom(page('<a data-figure="nope">1</a>'), '/zh/x/', 'h', figures), /nope.*figures\.json/);
});

test('a card is a 1200×630 palette PNG under 30 KB, identical when drawn twice', async () => {
  const input = cardInputFrom(page('长合区深化跨省产业合作，推动长三角绿色智造新高地建设取得新进展'), '/zh/news/x/', 'changhe-zone.example', figures);
  const [a, b] = [await renderCard(input), await renderCard(input)];
  assert.ok(a.equals(b), 'reproducible');
  const meta = await sharp(a).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height, meta.isPalette], ['png', 1200, 630, true]);
  assert.ok(a.length <= 30 * 1024, `${a.length} bytes`);
});

test('a card keeps the colours it was drawn in (an exact palette, not a quantised one)', async () => {
  const input = cardInputFrom(page('Exact colours on a card'), '/en/news/x/', 'changhe-zone.example', figures);
  const [exact, full] = [await renderCard(input), await renderCard(input, { format: 'png' })]; // full: RGBA, every colour kept
  const raw = async (png: Buffer) => (await sharp(png).removeAlpha().raw().toBuffer()).toString('base64');
  assert.equal(await raw(exact), await raw(full));
});

test('a page draws its own card; a later list page shows its first page’s; an unindexed page shows none', async () => {
  const { cardShown, ogImagePath } = await import('../../src/lib/content/og-path.ts');
  const head = (url: string) => `<head><meta property="og:image" content="${url}" /></head>`;
  assert.equal(cardShown(head('https://changhe-zone.example/og/zh/news.png')), `/${ogImagePath('/zh/news/')}`);
  assert.notEqual(cardShown(head('https://changhe-zone.example/og/zh/news.png')), `/${ogImagePath('/zh/news/7/')}`);
  assert.equal(cardShown(head('https://changhe-zone.example/og/zh/news/tags/%E5%90%88%E4%BD%9C.png')), '/og/zh/news/tags/合作.png');
  assert.equal(cardShown('<head><meta name="robots" content="noindex" /></head>'), undefined);
});

test('a page without the site name in its footer stops the build instead of drawing a nameless card', () => {
  const nameless = page('标题').replace(/<p class="footer-name"[^>]*>[^<]*<\/p>/, '');
  assert.throws(() => cardInputFrom(nameless, '/zh/news/x/', 'example.org', figures), /footer-name/);
});
