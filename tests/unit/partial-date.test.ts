/** News dates at the precision the source gives: no page, feed or structured data may claim a day nobody published. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateSortKey, formatNewsDate, isoAtPrecision, parsePartialDate, partialDateText, publishedDay } from '../../src/lib/shared/partial-date.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { isPublished } from '../../src/lib/content/publishing.ts';

test('a year, a month, a day or a moment parse; impossible ones do not', () => {
  assert.deepEqual(parsePartialDate('2024'), { year: 2024 });
  assert.deepEqual(parsePartialDate('2024-05'), { year: 2024, month: 5 });
  assert.deepEqual(parsePartialDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
  assert.equal(parsePartialDate('2024-05-29T09:00+08:00')?.time?.toISOString(), '2024-05-29T01:00:00.000Z');
  for (const bad of ['2024-13', '2023-02-29', '2024-5', '24', '2024-05-32', 'early summer 2024', '2024-Q2', '']) {
    assert.equal(parsePartialDate(bad), undefined, bad);
  }
});

test('YAML numbers and dates turn back into what staff wrote', () => {
  assert.equal(partialDateText(2024), '2024');
  assert.equal(partialDateText(new Date('2024-05-29T00:00:00Z')), '2024-05-29');
  assert.equal(partialDateText('2024-05'), '2024-05');
});

test('only a date with a day has a published day; structured data gets the precision known', () => {
  assert.equal(publishedDay('2024'), undefined);
  assert.equal(publishedDay('2024-05'), undefined);
  assert.equal(publishedDay('2024-05-29'), '2024-05-29');
  assert.equal(isoAtPrecision('2024'), '2024');
  assert.equal(isoAtPrecision('2024-05'), '2024-05');
  assert.equal(isoAtPrecision('2024-05-29T09:00+08:00'), '2024-05-29');
});

test('dates read at their precision in both languages', () => {
  assert.equal(formatNewsDate('2024', 'zh', 'early-summer'), '2024年初夏');
  assert.equal(formatNewsDate('2024', 'en', 'early-summer'), 'Early summer 2024');
  assert.equal(formatNewsDate('2024', 'en'), '2024');
  assert.equal(formatNewsDate('2024-05', 'zh'), '2024年5月');
  assert.equal(formatNewsDate('2024-05', 'en'), 'May 2024');
  assert.equal(formatNewsDate('2024-05-29', 'en'), '29 May 2024');
});

test('lists still order: a season sorts after the months before it, a year-only date at its start', () => {
  const dates = [['2024-06-01'], ['2024', 'early-summer'], ['2024-04'], ['2024'], ['2023-12-31']] as const;
  const sorted = [...dates].sort((a, b) => dateSortKey(b[0], b[1]).getTime() - dateSortKey(a[0], a[1]).getTime());
  assert.deepEqual(sorted.map((d) => d.join(' ')), ['2024-06-01', '2024 early-summer', '2024-04', '2024', '2023-12-31']);
});

const base = { title: '标题', description: '摘要', kicker: '栏目' };

test('the news schema takes partial dates and a season on a year', () => {
  for (const data of [{ date: 2024, season: 'early-summer' }, { date: '2024-05' }, { date: new Date('2024-05-29') }, { date: '2024-05-29T09:00+08:00' }]) {
    const result = newsSchema.safeParse({ ...base, ...data });
    assert.equal(result.success, true, JSON.stringify(data) + JSON.stringify(result.error?.issues));
  }
  assert.equal(newsSchema.parse({ ...base, date: 2024 }).date, '2024');
});

test('the news schema refuses impossible dates and a season beside a month or day, in both languages', () => {
  const issue = (data: object) => newsSchema.safeParse({ ...base, ...data }).error?.issues[0];
  assert.deepEqual(issue({ date: '2024-13' })?.path, ['date']);
  assert.match(issue({ date: '2024-13' })?.message ?? '', /YYYY, YYYY-MM or YYYY-MM-DD.*日期应写成/);
  assert.deepEqual(issue({ date: '2024-05', season: 'early-summer' })?.path, ['season']);
  assert.match(issue({ date: '2024-05', season: 'summer' })?.message ?? '', /only with a year.*只能/);
  assert.deepEqual(issue({ date: 2024, season: 'midsummer' })?.path, ['season']);
});

test('a partial date publishes once its earliest moment has passed', () => {
  const now = new Date('2024-05-15T00:00:00Z');
  assert.equal(isPublished({ draft: false, date: '2024', season: 'early-summer' }, { now }), true);
  assert.equal(isPublished({ draft: false, date: '2024', season: 'autumn' }, { now }), false);
  assert.equal(isPublished({ draft: false, date: '2024-06' }, { now }), false);
});
