/**
 * The typography gate (GB/T 15834-2011 via AutoCorrect plus our rules): a violation
 * is reported with file, line and the fix; a clean file passes; the fixer changes
 * prose only — never MDX/JSX, code, link targets, YAML keys or front-matter syntax —
 * and a second run changes nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { compile } from '@mdx-js/mdx';
import { parse as parseYaml } from 'yaml';
import { fixRun } from '../../src/lib/editorial/typography-rules.ts';
import { checkTypography, dictionaryFiles, fixText, languageOfPath, lintText, safeFix, typographyFiles } from '../../src/lib/editorial/typography.ts';
import { readFrontMatter } from '../../src/lib/shared/front-matter.ts';

const FIXTURE = 'tests/fixtures/typography';
const read = (path: string) => readFileSync(join(FIXTURE, path), 'utf8');

test('Chinese runs get full-width punctuation; what AutoCorrect leaves, our rules finish', () => {
  const cases: [string, string][] = [
    ['长三角(湖州)产业合作区', '长三角（湖州）产业合作区'],
    ['增长31.11%,规上工业', '增长31.11%，规上工业'],
    ['项目建设中,吊机林立;车间内,机械臂挥舞', '项目建设中，吊机林立；车间内，机械臂挥舞'],
    ['原文配图:长合区(图片暂缺)', '原文配图：长合区（图片暂缺）'],
    ['适合打印(A4).', '适合打印（A4）。'],
    ['你好 ， 世界', '你好，世界'],
    ['２０２３年', '2023年'],
    ['答疑解惑……', '答疑解惑……'],
    // No space is added between Chinese and Latin letters or digits (our choice: see the README).
    ['2023年完成规上工业产值370亿元', '2023年完成规上工业产值370亿元'],
    ['利羿精密生产3C消费电子', '利羿精密生产3C消费电子'],
  ];
  for (const [input, expected] of cases) {
    assert.equal(fixRun(input, 'zh'), expected, input);
    assert.equal(fixRun(expected, 'zh'), expected, `stable: ${expected}`);
  }
});

test('web addresses, e-mail addresses and {{placeholders}} inside a Chinese run are left alone', () => {
  assert.equal(fixRun('网址:https://example.cn/a,b(c) 邮箱 a.b@example.cn,电话', 'zh'), '网址：https://example.cn/a,b(c) 邮箱 a.b@example.cn，电话');
  assert.equal(fixRun('来源:{{title}}({{authors}},{{year}}年)', 'zh'), '来源：{{title}}（{{authors}}，{{year}}年）');
});

test('English runs get ASCII punctuation, and Chinese names in brackets stay as they are', () => {
  assert.equal(fixRun('Huzhou，Zhejiang。', 'en'), 'Huzhou, Zhejiang.');
  assert.equal(fixRun('the Qinqing Express (亲清直通车), a dialogue', 'en'), 'the Qinqing Express (亲清直通车), a dialogue');
  // Chinese marks named in English text stay as they are.
  assert.equal(fixRun('Chinese takes full-width punctuation (，。：；！？) and brackets （）.', 'en'), 'Chinese takes full-width punctuation (，。：；！？) and brackets （）.');
  // An English run is never given Chinese punctuation.
  assert.equal(fixRun('Changxing (长兴), Zhejiang: the 南华山平台, probably.', 'en'), 'Changxing (长兴), Zhejiang: the 南华山平台, probably.');
});

test('the language of a file comes from its path', () => {
  assert.equal(languageOfPath('content/pages/zh/about.mdx'), 'zh');
  assert.equal(languageOfPath('content/projects/liyi-precision/en.mdx'), 'en');
  assert.equal(languageOfPath('src/i18n/ui/zh.ts'), 'zh');
  assert.equal(languageOfPath('content/README.en.md'), 'en');
  assert.equal(languageOfPath('content/data/figures.yaml'), 'auto');
});

test('a violation is reported with file, line and the fix, in Chinese and English', () => {
  const problems = checkTypography([join(FIXTURE, 'pages/zh/bad.mdx')]);
  const byLine = (line: number) => problems.filter((p) => p.line === line);
  // Front matter (line 2), body (line 7): the Zone's name with ASCII brackets.
  for (const line of [2, 7]) {
    const [problem] = byLine(line);
    assert.ok(problem, `a problem on line ${line}`);
    assert.equal(problem.file, 'tests/fixtures/typography/pages/zh/bad.mdx');
    assert.match(problem.message, /长三角\(湖州\)产业/);
    assert.match(problem.message, /长三角（湖州）产业/);
    assert.match(problem.message, /full-width punctuation/);
    assert.match(problem.message, /中文请用全角标点/);
    assert.match(problem.message, /npm run fix:typography/);
  }
  // The comma right after a <Fig /> and the one after a per cent sign (line 9).
  const line9 = byLine(9).map((p) => p.message).join('\n');
  assert.match(line9, /31\.11%，规上/);
  assert.match(line9, /\/>，多个/);
  assert.match(line9, /前列！/);
  // The photo note inside a JSX element (line 13) and the comma after **bold** (line 15).
  assert.match(byLine(13).map((p) => p.message).join('\n'), /原文配图：南山山平台（图片暂缺）/);
  assert.match(byLine(15).map((p) => p.message).join('\n'), /，以及/);
});

test('English text with full-width punctuation is reported too', () => {
  const issues = lintText('pages/en/bad.mdx', read('pages/en/bad.mdx'));
  assert.deepEqual(issues.map((i) => [i.line, i.lang, i.was, i.fix]), [
    [5, 'en', 'Huzhou，Zhejia', 'Huzhou, Zhejia'],
    [5, 'en', 'ejiang，where ', 'ejiang, where '],
    [5, 'en', 's meet。', 's meet.'],
    [9, 'zh', 'N">长三角(湖州)产业合作区<', 'N">长三角（湖州）产业合作区<'],
  ]);
  const fixed = fixText('pages/en/bad.mdx', read('pages/en/bad.mdx'));
  assert.match(fixed, /Huzhou, Zhejiang, where three provinces meet\./);
  // Chinese inside an English page, marked with lang="zh-CN", follows the Chinese rules; the English around it does not.
  assert.match(fixed, /<span lang="zh-CN">长三角（湖州）产业合作区<\/span> \(the Zone\)\./);
});

test('a clean file passes', () => {
  assert.deepEqual(checkTypography([join(FIXTURE, 'pages/zh/clean.mdx')]), []);
});

test('the fixer changes prose only: MDX, JSX, code, links and front matter stay as they were', async () => {
  const before = read('pages/zh/bad.mdx');
  const after = safeFix('tests/fixtures/typography/pages/zh/bad.mdx', before);
  assert.notEqual(after, before);
  // Syntax, byte for byte.
  for (const kept of [
    '<Fig id="revenue-growth" />',
    '(https://example.gov.cn/a,b(c)?x=1:2)',
    '`a,b:c`',
    'https://example.cn/x,y',
    '<p class="photo-note">',
    "{'表达式,不改'}",
    'authors: [吴丹, 李世超]',
    '**粗体**',
  ]) {
    assert.ok(after.includes(kept), `kept: ${kept}`);
  }
  // Prose, corrected.
  assert.match(after, /title: 长三角（湖州）产业合作区 简介/);
  assert.match(after, /description: "长合区位于苏浙皖三省交汇处，是长三角地理中心。"/);
  assert.match(after, /长合区是长三角（湖州）产业合作区的简称，位于苏浙皖三省交汇处。/);
  // Still valid MDX, the same front-matter data shape, nothing left to fix, and stable.
  await compile(after.replace(/^---[\s\S]*?\n---/, ''));
  assert.deepEqual(readFrontMatter(after).data.authors, ['吴丹', '李世超']);
  assert.deepEqual(lintText('bad.mdx', after), []);
  assert.equal(fixText('tests/fixtures/typography/pages/zh/bad.mdx', after), after);
  assert.deepEqual(lintText('tests/fixtures/typography/pages/zh/bad.mdx', after), []);
});

test('in YAML, values are fixed by their language; keys, comments and flow syntax are not', () => {
  const before = read('data/figures.yaml');
  const after = safeFix('data/figures.yaml', before);
  assert.match(after, /^# A comment, with ASCII punctuation: never changed \(not published\)\.$/m);
  assert.match(after, /zh: 区域面积（文章表述）/);
  assert.match(after, /en: Area \(as the article puts it\)/);
  assert.match(after, /periodLabel: \{ zh: "2024年报道，自成立以来", en: reported in 2024 \}/);
  assert.match(after, /zh: "文章表述为：近90平方公里。"/);
  assert.match(after, /en: "The article says: nearly 90 km²\."/);
  assert.match(after, /tags: \[长合区, 数据\]/);
  const data = parseYaml(after) as { periodLabel: { en: string }; tags: string[] }[];
  assert.equal(data[0]?.periodLabel.en, 'reported in 2024');
  assert.deepEqual(data[0]?.tags, ['长合区', '数据']);
});

test('in a UI dictionary, values are fixed and keys and placeholders are not', () => {
  const after = safeFix('ui/zh.ts', read('ui/zh.ts'));
  assert.match(after, /'search\.placeholder': '如：数控机床、新能源汽车'/);
  assert.match(after, /'footer\.sources': '本站内容来源：\{\{title\}\}（\{\{authors\}\}，\{\{year\}\}年）。'/);
  assert.match(after, /'key,with:punctuation': '键名不改。'/);
});

test('npm run fix:typography fixes a folder in place, and a second run changes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'typography-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/fix-typography.ts', ...args], { encoding: 'utf8' });
  const first = run(dir, join(dir, 'ui/zh.ts'));
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /bad\.mdx: \d+ fixed/);
  assert.deepEqual(checkTypography(typographyFiles(dir, [join(dir, 'ui/zh.ts')])), []);
  const second = run(dir, join(dir, 'ui/zh.ts'));
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /Typography: 0 fixes/);
});

test('the gate runs before every build: check-content names the file, line and fix, and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'typography-gate-'));
  cpSync('tests/fixtures/unknown-tag', dir, { recursive: true }); // any small content folder
  mkdirSync(join(dir, 'pages/zh'), { recursive: true });
  cpSync(join(FIXTURE, 'pages/zh/bad.mdx'), join(dir, 'pages/zh/bad.mdx'));
  const run = spawnSync(process.execPath, ['scripts/check-content.ts', dir], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /pages\/zh\/bad\.mdx:7 — typography \/ 标点: .*长三角（湖州）产业/);
  assert.match(run.stderr, /npm run fix:typography/);
});

test('the site itself has no typography violations: content, data files and UI dictionaries', () => {
  assert.deepEqual(
    checkTypography(typographyFiles('content', dictionaryFiles())).map((p) => `${p.file}:${p.line} ${p.message}`),
    [],
  );
});
