/** The rules every quotation in content/data/quotes.yaml must follow (the content layer applies this schema). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteTextSchema, quoted } from '../../src/lib/content/quote-text.ts';

function issues(text: unknown) {
  const result = quoteTextSchema.safeParse(text);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

test('the Chinese words with full-width punctuation and an English rendering pass', () => {
  assert.deepEqual(issues({ zh: '一般的项目，从签约到进场至少需要两个月。', en: 'An ordinary project needs at least two months.' }), []);
});

test('ASCII punctuation in the Chinese words is refused, in both languages', () => {
  for (const mark of [',', ':', ';', '(', ')', '!', '?']) {
    const found = issues({ zh: `一般的项目${mark}至少需要两个月。`, en: 'An ordinary project needs at least two months.' });
    assert.equal(found.length, 1, mark);
    assert.match(found[0] ?? '', /^zh: ASCII/);
    assert.match(found[0] ?? '', /半角标点/);
  }
});

test('outer quotation marks are refused, since the page adds them', () => {
  assert.match(issues({ zh: '“我们只用了短短10天。”', en: 'It took us 10 days.' })[0] ?? '', /^zh: Leave out the outer quotation marks/);
  assert.match(issues({ zh: '我们只用了短短10天。', en: '"It took us 10 days."' })[0] ?? '', /^en: Leave out/);
});

test('a missing or empty side is refused', () => {
  assert.match(issues({ zh: '我们只用了短短10天。' })[0] ?? '', /^en: English text \(en\) is missing/);
  assert.match(issues({ zh: '  ', en: 'x' })[0] ?? '', /^zh: Chinese text \(zh\) is empty/);
});

test('quoted() wraps the words in curly quotation marks', () => {
  assert.equal(quoted('我们只用了短短10天。'), '“我们只用了短短10天。”');
});
