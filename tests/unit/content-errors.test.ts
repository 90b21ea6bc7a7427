/**
 * Malformed content stops the build with the file and the field named. Each case
 * is a fixture folder run through the same validation the build uses (Astro's
 * content layer via `astro sync`, and the pre-build figure check), never by
 * breaking real content.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { checkContent, checkFigureIds, checkGalleryPaths } from '../../src/lib/editorial/content-check.ts';

function sync(fixture: string) {
  const run = spawnSync('npx', ['astro', 'sync', '--force'], {
    env: { ...process.env, CONTENT_DIR: `tests/fixtures/${fixture}`, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

test('an impossible date stops the build, naming the file and the field', () => {
  const { status, output } = sync('bad-news-date');
  assert.notEqual(status, 0);
  assert.match(output, /tests\/fixtures\/bad-news-date\/news\/zh\/bad-date\.mdx/);
  assert.match(output, /date: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD/);
  assert.match(output, /2024-13-45/);
});

test('a missing title stops the build, naming the file and the field', () => {
  const { status, output } = sync('missing-title');
  assert.notEqual(status, 0);
  assert.match(output, /tests\/fixtures\/missing-title\/pages\/en\/no-title\.mdx/);
  assert.match(output, /title/);
  assert.match(output, /Missing title/);
});

test('an unknown figure id is reported with file, line and id', () => {
  const problems = checkFigureIds('tests/fixtures/unknown-figure');
  assert.equal(problems.length, 1);
  const [problem] = problems;
  assert.equal(problem?.file, 'tests/fixtures/unknown-figure/pages/zh/typo.mdx');
  assert.equal(problem?.line, 8);
  assert.match(problem?.message ?? '', /Unknown figure id "industrial-output-2032"/);
});

test('the pre-build check exits non-zero on an unknown figure id', () => {
  const run = spawnSync(process.execPath, ['scripts/check-content.ts', 'tests/fixtures/unknown-figure'], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /typo\.mdx:8 — <Fig id>: Unknown figure id "industrial-output-2032"/);
});

test('a gallery image without English alt text stops the build, naming the file and the field', () => {
  const { status, output } = sync('missing-alt');
  assert.notEqual(status, 0);
  assert.match(output, /tests\/fixtures\/missing-alt\/zone\/gallery\.yaml/);
  assert.match(output, /images\.0\.alt\.en/);
  assert.match(output, /English text \(en\) is missing/);
});

test('a gallery image whose file does not exist is reported with file, line and field', () => {
  const [problem, ...rest] = checkGalleryPaths('tests/fixtures/missing-image');
  assert.equal(rest.length, 0);
  assert.equal(problem?.file, 'tests/fixtures/missing-image/zone/gallery.yaml');
  assert.equal(problem?.line, 3);
  assert.equal(problem?.field, 'images.0.src');
  assert.match(problem?.message ?? '', /"\.\/no-such-photo\.jpg" does not exist/);
});

test('an unknown tag is reported with file, line and the tags that exist', async () => {
  const problems = await checkContent('tests/fixtures/unknown-tag');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.file, 'tests/fixtures/unknown-tag/news/en/typo-tag.mdx');
  assert.equal(problems[0]?.field, 'tags');
  assert.match(problems[0]?.message ?? '', /Unknown tag "polcy": use one of policy/);
});

test('an MDX syntax error is reported with file and line', async () => {
  const problems = await checkContent('tests/fixtures/bad-mdx');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.file, 'tests/fixtures/bad-mdx/pages/zh/unclosed.mdx');
  assert.equal(problems[0]?.line, 8);
  assert.equal(problems[0]?.field, 'MDX');
  assert.match(problems[0]?.message ?? '', /cannot be read as MDX/);
});

test('two files with one address are reported', async () => {
  const problems = await checkContent('tests/fixtures/duplicate-slug');
  assert.equal(problems.length, 1);
  assert.match(problems[0]?.file ?? '', /tests\/fixtures\/duplicate-slug\/news\/zh\/same\.mdx?$/);
  assert.match(problems[0]?.message ?? '', /Same address as/);
});

test('the real content passes every pre-build check', async () => {
  assert.deepEqual(await checkContent('content'), []);
});

test('an unknown quote or source id is reported with file, line and id, in both languages', async () => {
  const problems = await checkContent('tests/fixtures/unknown-quote');
  assert.equal(problems.length, 2);
  const [problem, sourceProblem] = problems;
  assert.equal(problem?.file, 'tests/fixtures/unknown-quote/pages/zh/typo.mdx');
  assert.equal(problem?.line, 8);
  assert.equal(problem?.field, '<Quote id>');
  assert.match(problem?.message ?? '', /Unknown quote id "liyi-ten-dayz"/);
  assert.match(problem?.message ?? '', /未知的引语编号“liyi-ten-dayz”/);
  assert.equal(sourceProblem?.line, 10);
  assert.equal(sourceProblem?.field, '<Source id>');
  assert.match(sourceProblem?.message ?? '', /Unknown source id "article-2042".*未知的来源编号“article-2042”/);
});

test('the pre-build check exits non-zero on an unknown quote id', () => {
  const run = spawnSync(process.execPath, ['scripts/check-content.ts', 'tests/fixtures/unknown-quote'], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /typo\.mdx:8 — <Quote id>: Unknown quote id "liyi-ten-dayz"/);
});

test('a quotation with ASCII punctuation in its Chinese words stops the build, naming the file and the field', () => {
  const { status, output } = sync('bad-quote');
  assert.notEqual(status, 0);
  assert.match(output, /tests\/fixtures\/bad-quote\/data\/quotes\.yaml/);
  assert.match(output, /text\.zh/);
  assert.match(output, /ASCII "," in Chinese text/);
});

test('a figure whose period does not fit its kind stops the build, naming the file and the field', () => {
  const { status, output } = sync('bad-period-kind');
  assert.notEqual(status, 0);
  assert.match(output, /tests\/fixtures\/bad-period-kind\/data\/figures\.yaml/);
  assert.match(output, /period/);
  assert.match(output, /A flow \(during\) needs a span/);
});

test('npm run build checks the content beside astro build: a problem stops it at once, with the file and line, and publishes nothing', async () => {
  const { cpSync, existsSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const content = 'tests/.output/check-during-build/content';
  const out = 'tests/.output/check-during-build/site';
  const cache = 'tests/.output/check-during-build/cache';
  rmSync('tests/.output/check-during-build', { recursive: true, force: true });
  cpSync('content', content, { recursive: true });
  const page = `${content}/pages/zh/about.mdx`;
  writeFileSync(page, `${readFileSync(page, 'utf8')}\n长三角（湖州）产业合作区:测试\n`);
  const run = spawnSync('npx', ['astro', 'build'], {
    // Its own Astro cache: a content store left by this stopped build must not reach the fixture builds.
    env: { ...process.env, CHECK_CONTENT: '1', CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: cache, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /check-during-build\/content\/pages\/zh\/about\.mdx:\d+ — typography \/ 标点/);
  assert.equal(existsSync(`${out}/zh/about/index.html`), false, 'no page was written');
  rmSync('tests/.output/check-during-build', { recursive: true, force: true });
});
