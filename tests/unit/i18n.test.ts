/** The UI dictionaries: same keys and same interpolation variables in both languages; t() interpolates and pluralises. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zh from '../../src/i18n/ui/zh.ts';
import en from '../../src/i18n/ui/en.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { otherLocale, htmlLang, ogLocale } from '../../src/i18n/locales.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKeys = (dict: Record<string, string>) => new Set(Object.keys(dict).map((k) => k.replace(pluralSuffix, '')));
const vars = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

test('every UI key exists in both languages', () => {
  const zhKeys = baseKeys(zh);
  const enKeys = baseKeys(en);
  assert.deepEqual([...zhKeys].filter((k) => !enKeys.has(k)), [], 'keys missing in en.ts');
  assert.deepEqual([...enKeys].filter((k) => !zhKeys.has(k)), [], 'keys missing in zh.ts');
});

test('plural keys have every form each language needs', () => {
  for (const key of Object.keys(zh).filter((k) => k.endsWith('_other'))) {
    const base = key.replace(/_other$/, '');
    assert.ok(`${base}_one` in en && `${base}_other` in en, `en needs ${base}_one and ${base}_other`);
  }
});

/** Deliberate differences: English readers get hectares beside mu (glossary); Chinese readers know 亩. */
const englishOnlyVars: Record<string, string[]> = { 'unit.mu': ['hectares'] };

test('translations use the same interpolation variables', () => {
  for (const [key, value] of Object.entries(zh)) {
    const enValue = (en as Record<string, string>)[key];
    if (enValue === undefined) continue;
    const expected = [...vars(value), ...(englishOnlyVars[key] ?? [])].sort();
    assert.deepEqual(vars(enValue), expected, `variables differ for ${key}`);
  }
});

test('no string is empty', () => {
  for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) assert.ok(value.trim(), `${key} is empty`);
});

test('t() interpolates values', () => {
  assert.equal(useTranslations('en')('unit.cny', { value: '37 billion' }), 'CNY 37 billion');
  assert.equal(useTranslations('zh')('unit.cny', { value: '370亿' }), '370亿元');
});

test('t() picks the plural form by count', () => {
  const t = useTranslations('en');
  assert.equal(t('news.count', { count: 1 }), '1 article');
  assert.equal(t('news.count', { count: 3 }), '3 articles');
  assert.equal(useTranslations('zh')('news.count', { count: 3 }), '共 3 篇');
});

test('t() without options gives each language its own string, every time (cached once looked up)', () => {
  for (const round of [1, 2]) {
    assert.equal(useTranslations('zh')('news.title'), zh['news.title'], `round ${round}`);
    assert.equal(useTranslations('en')('news.title'), en['news.title'], `round ${round}`);
  }
  assert.notEqual(zh['news.title'], en['news.title']);
  // A key looked up plain first still interpolates when options come later.
  const t = useTranslations('en');
  t('news.count');
  assert.equal(t('news.count', { count: 2 }), '2 articles');
});

test('language metadata', () => {
  assert.equal(otherLocale('zh'), 'en');
  assert.equal(otherLocale('en'), 'zh');
  assert.equal(htmlLang.zh, 'zh-CN');
  assert.equal(ogLocale.en, 'en_US');
});
