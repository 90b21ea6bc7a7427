/**
 * Malformed content stops the build with the file and the field named. Each case
 * is a fixture folder run through the same validation the build uses (Astro's
 * content layer via `astro sync`, and the pre-build figure check), never by
 * breaking real content.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { checkFigureIds } from '../../src/lib/content-check.ts';

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
  assert.match(output, /date: expected a real date written YYYY-MM-DD/);
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

test('the real content passes the figure check', () => {
  assert.deepEqual(checkFigureIds('content'), []);
});
