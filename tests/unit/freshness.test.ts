/** Freshness of the news per language, with fixture dates and an injected "now" (never today's date). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { DEFAULT_MAX_DAYS, earliestDate, freshness, maxDaysFrom, nowFrom, readArticleDates, type ArticleDate } from '../../src/lib/editorial/freshness.ts';

const now = new Date('2026-03-20T04:00:00Z');
const langs = ['zh', 'en'];
const article = (lang: string, date: unknown, extra: Partial<ArticleDate> = {}): ArticleDate => ({ lang, file: `${lang}/${String(date)}.mdx`, draft: false, date, ...extra });

test('full dates are themselves; partial dates count from their earliest possible day', () => {
  assert.deepEqual(earliestDate('2026-03-06'), { date: new Date('2026-03-06T00:00:00Z'), partial: false });
  assert.deepEqual(earliestDate('2026-03-06T10:00+08:00'), { date: new Date('2026-03-06T02:00:00Z'), partial: false });
  assert.deepEqual(earliestDate('2026-03'), { date: new Date('2026-03-01T00:00:00Z'), partial: true });
  assert.deepEqual(earliestDate(2026), { date: new Date('2026-01-01T00:00:00Z'), partial: true });
  assert.deepEqual(earliestDate('2024-summer'), { date: new Date('2024-01-01T00:00:00Z'), partial: true });
  for (const bad of ['', 'soon', '24-05-01', '2024-13', '20245', null, undefined, {}, ['2024'], '2024-02-30x']) assert.equal(earliestDate(bad), undefined, String(bad));
});

test('14 days old is fresh, 15 is stale; each language on its own', () => {
  const results = freshness([article('zh', '2026-03-06'), article('en', '2026-03-05'), article('en', '2025-12-01')], { now, maxDays: 14, langs });
  assert.deepEqual(results.map((r) => [r.lang, r.ageDays, r.stale]), [['zh', 14, false], ['en', 15, true]]);
  assert.equal(results[1]!.newest!.file, 'en/2026-03-05.mdx');
});

test('a partial date is taken at its earliest day, so it is never newer than it can be', () => {
  // "2026-03" may mean 31 March; counted from 1 March it is 19 days old.
  const [zh] = freshness([article('zh', '2026-03')], { now, maxDays: 14, langs: ['zh'] });
  assert.deepEqual([zh!.ageDays, zh!.stale, zh!.newest!.partial], [19, true, true]);
  const [labelled] = freshness([article('zh', '2026-03-10', { season: 'spring' })], { now, maxDays: 14, langs: ['zh'] });
  assert.equal(labelled!.newest!.partial, true);
});

test('drafts and scheduled articles do not count; no published article is stale', () => {
  const results = freshness([article('zh', '2026-03-19', { draft: true }), article('zh', '2026-03-21'), article('en', '2026-03-19')], { now, maxDays: 14, langs });
  assert.equal(results[0]!.stale, true);
  assert.equal(results[0]!.newest, undefined);
  assert.deepEqual([results[1]!.ageDays, results[1]!.stale], [1, false]);
});

test('--max-days, FRESHNESS_MAX_DAYS, default 14; malformed values refused', () => {
  assert.equal(maxDaysFrom([], {}), DEFAULT_MAX_DAYS);
  assert.equal(maxDaysFrom([], { FRESHNESS_MAX_DAYS: '7' }), 7);
  assert.equal(maxDaysFrom([], { FRESHNESS_MAX_DAYS: '' }), DEFAULT_MAX_DAYS); // set but empty, as CI systems do
  assert.equal(maxDaysFrom(['--max-days', '30'], { FRESHNESS_MAX_DAYS: '7' }), 30);
  assert.equal(maxDaysFrom(['--max-days=21'], {}), 21);
  for (const bad of ['', 'abc', '-1', '0', '1.5', '1e3', '99999', '7; rm -rf /', 'x'.repeat(10_000)]) {
    assert.throws(() => maxDaysFrom(['--max-days', bad], {}), /1 到 3650/, bad.slice(0, 20));
    if (bad) assert.throws(() => maxDaysFrom([], { FRESHNESS_MAX_DAYS: bad }), /whole number/);
  }
  assert.throws(() => maxDaysFrom(['--max-days'], {}), /whole number/);
});

test('--now takes a full date or date-time, else the clock', () => {
  assert.deepEqual(nowFrom([], () => now), now);
  assert.deepEqual(nowFrom(['--now', '2026-03-20']), new Date('2026-03-20T00:00:00Z'));
  assert.deepEqual(nowFrom(['--now=2026-03-20T12:00Z']), new Date('2026-03-20T12:00:00Z'));
  for (const bad of ['2026-03', 'tomorrow', '']) assert.throws(() => nowFrom(['--now', bad]), /--now 应为完整日期/);
  assert.throws(() => nowFrom(['--now']), /--now/);
});

test('reads the news folders; an unreadable date names the file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fresh-'));
  for (const lang of langs) mkdirSync(join(dir, 'news', lang), { recursive: true });
  writeFileSync(join(dir, 'news/zh/a.mdx'), '---\ntitle: 甲\ndate: 2026-03\n---\n正文\n');
  writeFileSync(join(dir, 'news/zh/b.mdx'), '---\ntitle: 乙\ndate: 2026-03-18\ndraft: true\n---\n');
  writeFileSync(join(dir, 'news/en/a.mdx'), '---\ntitle: A\ndate: 2026-03-10\nseason: spring\n---\n');
  writeFileSync(join(dir, 'news/en/notes.txt'), 'not an article');
  const dates = readArticleDates(dir, langs);
  assert.deepEqual(dates.map((d) => [d.lang, d.date, d.draft, d.season]).sort(), [['en', '2026-03-10', false, 'spring'], ['zh', '2026-03', false, undefined], ['zh', '2026-03-18', true, undefined]]);
  writeFileSync(join(dir, 'news/en/bad.mdx'), '---\ntitle: Bad\n\ndate: someday\n---\n');
  assert.throws(() => readArticleDates(dir, langs), /bad\.mdx:4 date: .* \/ 无法识别日期/);
});

test('the command exits 1 when stale, 0 when fresh, 2 on a bad flag', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fresh-cmd-'));
  for (const lang of langs) mkdirSync(join(dir, 'news', lang), { recursive: true });
  for (const lang of langs) writeFileSync(join(dir, 'news', lang, 'x.mdx'), '---\ntitle: x\ndate: 2026-03-10\n---\n');
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['scripts/check-freshness.ts', '--now', '2026-03-20', ...args], { env: { ...process.env, CONTENT_DIR: dir, FRESHNESS_MAX_DAYS: '' }, encoding: 'utf8' });
  const fresh = run([]);
  assert.equal(fresh.status, 0, fresh.stderr);
  assert.match(fresh.stdout, /zh: newest article 10 days old/);
  assert.equal(run(['--max-days', '9']).status, 1);
  writeFileSync(join(dir, 'news/en/x.mdx'), '---\ntitle: x\ndate: 2001-01-01\n---\n');
  const stale = run(['--max-days', '30']);
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /older than 30 days in: en/);
  assert.equal(run(['--max-days', 'soon']).status, 2);
});
