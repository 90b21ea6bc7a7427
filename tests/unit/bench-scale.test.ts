/** bench:scale's pieces: generated articles (shape, length, honesty, determinism), medians, per-page cost, the report. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatedArticle } from '../fixtures/generate-news.ts';
import { readFrontMatter } from '../../src/lib/shared/front-matter.ts';
import { median, perExtraPage } from '../bench/stats.ts';
import { formatScaleReport } from '../bench/scale-report.ts';

test('a generated article pair is about the length of real news, says it is generated, and is the same every time', () => {
  const options = { count: 1, tags: ['policy', 'feature'] };
  const zh = generatedArticle(41, 'zh', options);
  const en = generatedArticle(41, 'en', options);
  const body = (mdx: string) => mdx.replace(/^---[\s\S]*?---/, '');
  const han = [...body(zh)].filter((c) => /\p{Script=Han}/u.test(c)).length;
  const words = body(en).split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
  assert.ok(han > 1000 && han < 1400, `${han} Chinese characters`);
  assert.ok(words > 500 && words < 700, `${words} English words`);
  assert.match(zh, /生成的测试文章第0042号/);
  assert.match(en, /Generated test article 0042/);
  assert.doesNotMatch(body(zh), /[,;:!?()]/, 'full-width punctuation in Chinese');
  const { data } = readFrontMatter(zh);
  assert.equal(String(data.date).slice(0, 10), '2024-04-09');
  assert.ok(Array.isArray(data.tags) && data.tags.every((t: unknown) => options.tags.includes(String(t))));
  assert.equal(generatedArticle(41, 'zh', options), zh);
});

test('median and the cost of one more page', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.equal(perExtraPage([10, 40], [60, 2060]), 15);
});

test('the report puts this site and the baseline of the same run side by side', () => {
  const report = {
    date: '2026-01-01T00:00:00Z',
    machine: { cpus: 2, model: 'test', loadAverage: [1, 1, 1] },
    articles: 1000,
    runs: 1,
    site: { 0: { cold: 10, warm: 5, pages: 60 }, 1000: { cold: 80, warm: 20, added: 24, pages: 2100 }, steps: { cold: { 'astro build': 50 }, warm: { 'astro build': 15 }, added: { 'astro build': 19 } }, cardLines: ['Share images: 2062 drawn'] },
    baseline: { 0: { cold: 5, warm: 4, pages: 2 }, 1000: { cold: 20, warm: 16, added: 16, pages: 2200 } },
    perExtraPageMs: { site: { cold: 34, warm: 7 }, baseline: { cold: 7, warm: 5 } },
    output: { distMB: 50, cards: 2062, cardsMB: 30, cardKBAvg: 15, cardKBMax: 28, largestPages: [{ path: '/zh/x/index.html', bytes: 9000 }], pagesOver14KB: 0, feeds: [{ lang: 'zh', items: 50, bytes: 30000 }] },
    cardLevers: { samples: 20, passes: 2, results: [{ rasteriser: 'sharp', format: 'png-palette', msPerCard: 60, kbPerCard: 15 }] },
  };
  const md = formatScaleReport(report);
  assert.match(md, /\| cold build \(no card cache, no content store\) \| 80\.0 s \| 20\.0 s \| 4\.0× \|/);
  assert.match(md, /\| warm build \| 20\.0 s \| 16\.0 s \| 1\.3× \|/);
  assert.match(md, /\| warm build after one new article pair[^|]*\| 24\.0 s \| 16\.0 s \| 1\.5× \|/);
  assert.match(md, /\| `astro build` \| 50\.0 s \| 15\.0 s \| 19\.0 s \|/);
  assert.match(md, /34 ms \/ 7 ms/);
  assert.match(md, /zh 50 items/);
  assert.doesNotMatch(md, /undefined|NaN/);
});
