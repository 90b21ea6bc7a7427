/** Figure formatting per unit and language: what pages, the Figures page and the downloads show. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describePeriod, formatDate, formatFigure, formatPartialDate, formatPeriod, periodKindProblem, periodPattern } from '../../src/lib/content/figure-format.ts';

const cases = [
  { figure: { value: 37e9, unit: 'cny' }, zh: '370亿元', en: 'CNY 37 billion' },
  { figure: { value: 1.1e9, unit: 'cny' }, zh: '11亿元', en: 'CNY 1.1 billion' },
  { figure: { value: 3e8, unit: 'cny' }, zh: '3亿元', en: 'CNY 300 million' },
  { figure: { value: 6e9, unit: 'cny', qualifier: 'over' }, zh: '超60亿元', en: 'over CNY 6 billion' },
  { figure: { value: 2e9, unit: 'cny', qualifier: 'approx' }, zh: '近20亿元', en: 'nearly CNY 2 billion' },
  { figure: { value: 25.1, unit: 'percent' }, zh: '25.1%', en: '25.1%' },
  { figure: { value: 31.11, unit: 'percent' }, zh: '31.11%', en: '31.11%' },
  { figure: { value: 86.9, unit: 'km2' }, zh: '86.9平方公里', en: '86.9 km²' },
  { figure: { value: 90, unit: 'km2', qualifier: 'approx' }, zh: '近90平方公里', en: 'nearly 90 km²' },
  { figure: { value: 10000, unit: 'mu', qualifier: 'approx' }, zh: '近万亩', en: 'nearly 10,000 mu (about 667 ha)' },
  { figure: { value: 10000, unit: 'mu' }, zh: '1万亩', en: '10,000 mu (about 667 ha)' },
  { figure: { value: 100, unit: 'mu' }, zh: '100亩', en: '100 mu (about 6.67 ha)' },
  { figure: { value: 11, unit: 'projects' }, zh: '11个', en: '11 projects' },
  { figure: { value: 1, unit: 'projects' }, zh: '1个', en: '1 project' },
  { figure: { value: 17, unit: 'firms' }, zh: '17家', en: '17 firms' },
  { figure: { value: 10, unit: 'days' }, zh: '10天', en: '10 days' },
  { figure: { value: 15, unit: 'minutes' }, zh: '15分钟', en: '15 minutes' },
  { figure: { value: 12, unit: 'measures' }, zh: '12条', en: '12 measures' },
  { figure: { value: 4, unit: 'areas' }, zh: '4个方面', en: '4 areas' },
  { figure: { value: 4, unit: 'buildings' }, zh: '4幢', en: '4 buildings' },
] as const;

for (const { figure, zh, en } of cases) {
  test(`${figure.value} ${figure.unit}${'qualifier' in figure ? ` (${figure.qualifier})` : ''}`, () => {
    assert.equal(formatFigure(figure, 'zh'), zh);
    assert.equal(formatFigure(figure, 'en'), en);
  });
}

test('periods', () => {
  assert.equal(formatPeriod('2023', 'zh'), '2023年');
  assert.equal(formatPeriod('2023', 'en'), '2023');
  assert.equal(formatPeriod('2024-Q1', 'zh'), '2024年第1季度');
  assert.equal(formatPeriod('2024-Q1', 'en'), 'Q1 2024');
  assert.equal(formatPeriod('2023-12-31', 'zh'), '截至2023年12月31日');
  assert.equal(formatPeriod('2023-12-31', 'en'), 'as of 31 December 2023');
});

test('each period kind reads as what it is, in both languages', () => {
  const read = (period: string, kind: Parameters<typeof formatPeriod>[2]) => [formatPeriod(period, 'zh', kind), formatPeriod(period, 'en', kind)];
  assert.deepEqual(read('2023', 'during'), ['2023年', '2023']);
  assert.deepEqual(read('2024-Q1', 'during'), ['2024年第1季度', 'Q1 2024']);
  assert.deepEqual(read('2024-05', 'during'), ['2024年5月', 'May 2024']);
  // 截至 only for stocks, and no more exact than the source: 截至2023年底, not 12月31日.
  assert.deepEqual(read('2023', 'asOf'), ['截至2023年底', 'as of the end of 2023']);
  assert.deepEqual(read('2024-Q1', 'asOf'), ['截至2024年第1季度末', 'as of the end of Q1 2024']);
  assert.deepEqual(read('2023-12-31', 'asOf'), ['截至2023年12月31日', 'as of 31 December 2023']);
  assert.deepEqual(read('2023-05-29', 'issuedOn'), ['2023年5月29日发布', 'issued on 29 May 2023']);
  assert.deepEqual(read('2021-11-12', 'reportedOn'), ['2021年11月12日报道', 'reported on 12 November 2021']);
  assert.deepEqual(read('2024', 'reportedOn'), ['2024年报道', 'reported in 2024']);
  assert.deepEqual(read('2022-01', 'reportedOn'), ['2022年1月报道', 'reported in January 2022']);
  for (const kind of ['during', 'issuedOn', 'reportedOn'] as const) {
    for (const [zh] of [read('2023', kind), read('2023-05-29', kind)]) assert.doesNotMatch(zh ?? '', /截至/, kind);
  }
});

test('a label overrides the kind\'s wording where the source needs one', () => {
  const figure = { period: '2023', periodKind: 'during' as const, periodLabel: { zh: '至2023年底（未说明为全年还是累计）', en: 'up to the end of 2023' } };
  assert.equal(describePeriod(figure, 'zh'), '至2023年底（未说明为全年还是累计）');
  assert.equal(describePeriod({ period: '2023', periodKind: 'asOf' }, 'en'), 'as of the end of 2023');
});

test('a period must fit its kind', () => {
  assert.match(periodKindProblem('during', '2023-12-31') ?? '', /A flow \(during\) needs a span.*流量数据/);
  assert.match(periodKindProblem('reportedOn', '2024-Q1') ?? '', /not a quarter.*不能是季度/);
  assert.match(periodKindProblem('issuedOn', '2024-Q2') ?? '', /not a quarter/);
  for (const [kind, period] of [['during', '2023'], ['during', '2024-Q1'], ['asOf', '2023-12-31'], ['asOf', '2023'], ['issuedOn', '2023-05-29'], ['reportedOn', '2024']] as const) {
    assert.equal(periodKindProblem(kind, period), undefined, `${kind} ${period}`);
  }
  for (const ok of ['2023', '2024-Q1', '2024-05', '2023-05-29']) assert.match(ok, periodPattern);
  for (const bad of ['2024-Q5', '24', '2024/05', '2024-5', 'early summer 2024']) assert.doesNotMatch(bad, periodPattern);
});

test('dates, whatever the time zone of the machine', () => {
  assert.equal(formatDate('2023-05-29', 'zh'), '2023年5月29日');
  assert.equal(formatDate('2023-05-29', 'en'), '29 May 2023');
  assert.equal(formatDate(new Date('2021-11-06T00:00:00Z'), 'en'), '6 November 2021');
  assert.equal(formatPartialDate('2024', 'en'), '2024');
  assert.equal(formatPartialDate('2022-01', 'zh'), '2022年1月');
  assert.equal(formatPartialDate('2021-11-11', 'en'), '11 November 2021');
});
