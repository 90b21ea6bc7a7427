/** Numbered source notes: each source once, numbered in order of first use. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberSources } from '../../src/lib/content/source-notes.ts';
import { formatSource } from '../../src/lib/content/citation.ts';

test('sources are numbered once each, in order of first use', () => {
  const numbers = numberSources(['chinadaily', 'article', 'article', 'chinanews', 'chinadaily']);
  assert.deepEqual([...numbers], [['chinadaily', 1], ['article', 2], ['chinanews', 3]]);
});

test('one citation style per language, with full-width punctuation in Chinese', () => {
  const source = { title: '长三角（湖州）产业合作区 澎湃发展新动能 协同共建新高地', titleEn: 'New momentum', authors: { zh: '吴丹、李世超', en: 'Wu Dan and Li Shichao' }, date: '2024' };
  assert.equal(formatSource(source, 'zh'), '吴丹、李世超《长三角（湖州）产业合作区 澎湃发展新动能 协同共建新高地》，2024年');
  assert.equal(formatSource(source, 'en'), 'Wu Dan and Li Shichao, “New momentum”, 2024');
  assert.equal(formatSource({ ...source, date: '2021-11-12' }, 'zh').endsWith('，2021年11月12日'), true);
});
