/** Yearly archive, paging across languages, the feed cap: what keeps news lists small at scale. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byYear, languagesWithPage, pageCount, RSS_LIMIT, yearOf } from '../../src/lib/content/news-archive.ts';

test('the year is read in China time, and from partial dates that have no day', () => {
  assert.equal(yearOf(new Date('2024-01-01T00:30+08:00')), 2024); // 2023-12-31 in UTC
  assert.equal(yearOf(new Date('2023-12-31T23:30+08:00')), 2023);
  assert.equal(yearOf(new Date('2024-05-01')), 2024);
  assert.equal(yearOf('2024'), 2024);
  assert.equal(yearOf('2024-05'), 2024);
  assert.ok(Number.isNaN(yearOf('early summer')));
});

test('articles are grouped by year, newest year first, order kept within a year', () => {
  const items = [
    { id: 'c', date: '2025-03' },
    { id: 'b', date: new Date('2024-11-02') },
    { id: 'a', date: '2024' },
    { id: 'z', date: new Date('2022-01-05') },
  ];
  const groups = byYear(items, (i) => i.date);
  assert.deepEqual(
    groups.map((g) => [g.year, g.items.map((i) => i.id)]),
    [
      [2025, ['c']],
      [2024, ['b', 'a']],
      [2022, ['z']],
    ],
  );
  // Nothing lost.
  assert.equal(groups.flatMap((g) => g.items).length, items.length);
});

test('page counts, and which languages have page N', () => {
  assert.deepEqual([pageCount(0, 10), pageCount(1, 10), pageCount(10, 10), pageCount(11, 10), pageCount(120, 10)], [1, 1, 1, 2, 12]);
  assert.deepEqual(languagesWithPage({ zh: 25, en: 12 }, 1, 10), ['zh', 'en']);
  assert.deepEqual(languagesWithPage({ zh: 25, en: 12 }, 2, 10), ['zh', 'en']);
  assert.deepEqual(languagesWithPage({ zh: 25, en: 12 }, 3, 10), ['zh']);
  assert.deepEqual(languagesWithPage({ zh: 25, en: 0 }, 1, 10), ['zh']);
  assert.equal(RSS_LIMIT, 50);
});
