/** Dates as written in front matter: YAML would turn 2024-13-45 into 14 February 2025; we refuse it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateProblem, isRealDate } from '../../src/lib/content/strict-dates.ts';

test('real dates pass', () => {
  for (const d of ['2024-05-29', '2024-02-29', '2024-05-29T08:00:00Z']) assert.ok(isRealDate(d), d);
});

test('impossible or mistyped dates fail', () => {
  for (const d of ['2024-13-45', '2023-02-29', '2024-5-29', '29/05/2024', 'yesterday', '2024-05-32']) assert.ok(!isRealDate(d), d);
});

test('the message names the file, the field and what was found, in both languages', () => {
  const source = '---\ntitle: x\ndate: 2024-13-45\n---\nbody';
  const message = dateProblem('content/news/zh/x.mdx', source, ['date', 'updated']) ?? '';
  assert.match(message, /content\/news\/zh\/x\.mdx/);
  assert.match(message, /date: expected a real date/);
  assert.match(message, /2024-13-45/);
  assert.match(message, /应为真实存在的日期/);
});

test('absent optional dates are fine', () => {
  assert.equal(dateProblem('a.mdx', '---\ndate: "2024-05-01"\n---\n', ['date', 'updated']), undefined);
});

test('a partial date field also takes a year or a month, and still refuses impossible ones', () => {
  const check = (date: string) => dateProblem('a.mdx', `---\ndate: ${date}\n---\n`, ['date', 'updated'], ['date']);
  for (const ok of ['2024', '2024-05', '2024-05-29', '2024-05-29T09:00+08:00']) assert.equal(check(ok), undefined, ok);
  for (const bad of ['2024-13', '2024-13-45', '2024-5', 'early summer']) assert.match(check(bad) ?? '', /expected a real date written YYYY, YYYY-MM or YYYY-MM-DD.*真实存在的日期/, bad);
  // `updated` is the site's own change: always a full day.
  assert.match(dateProblem('a.mdx', '---\ndate: 2024\nupdated: 2024-06\n---\n', ['date', 'updated'], ['date']) ?? '', /updated: expected a real date written YYYY-MM-DD/);
});
