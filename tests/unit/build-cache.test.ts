/** The per-file result cache of the content checks: reused only for the same input and code; damage means empty. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemo } from '../../src/lib/shared/build-cache.ts';

const root = () => mkdtempSync(join(tmpdir(), 'build-cache-'));

test('a result is computed once per input, reused by the next run, and recomputed for a new input or new code', () => {
  const dir = root();
  let calls = 0;
  const count = (v: string) => () => (calls++, v.length);
  const first = openMemo('check', 'v1', dir);
  assert.equal(first.memo('a.mdx\0hello', count('hello')), 5);
  assert.deepEqual(first.save(), { reused: 0, computed: 1 });

  const second = openMemo('check', 'v1', dir);
  assert.equal(second.memo('a.mdx\0hello', count('hello')), 5);
  assert.equal(second.memo('a.mdx\0hello!', count('hello!')), 6);
  assert.deepEqual(second.save(), { reused: 1, computed: 1 });
  assert.equal(calls, 2);

  const newCode = openMemo('check', 'v2', dir);
  newCode.memo('a.mdx\0hello!', count('hello!'));
  assert.deepEqual(newCode.save(), { reused: 0, computed: 1 });
});

test('saving keeps only what the run used, so deleted files leave nothing behind', () => {
  const dir = root();
  const a = openMemo('check', 'v1', dir);
  for (const file of ['a', 'b', 'c']) a.memo(file, () => [file]);
  a.save();
  const b = openMemo('check', 'v1', dir);
  b.memo('a', () => ['recomputed']);
  b.save();
  const entries = (JSON.parse(readFileSync(join(dir, 'check.json'), 'utf8')) as { entries: object }).entries;
  assert.equal(Object.keys(entries).length, 1);
});

test('a damaged, truncated or hostile cache file counts as empty and is replaced', () => {
  for (const junk of ['', '{"version":"v1","entries":', 'null', '{"version":"v1","entries":"x"}', '{"version":"v1","entries":{"__proto__":{"polluted":1}}}']) {
    const dir = root();
    writeFileSync(join(dir, 'check.json'), junk);
    const m = openMemo('check', 'v1', dir);
    assert.deepEqual(m.memo('a', () => ['fresh']), ['fresh'], junk);
    assert.equal(({} as { polluted?: number }).polluted, undefined);
    m.save();
    assert.deepEqual(openMemo('check', 'v1', dir).memo('a', () => ['again']), ['fresh']);
  }
});
