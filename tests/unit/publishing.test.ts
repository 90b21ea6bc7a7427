/** Publishing rules and the article scaffold: what staff get from `npm run new:article`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { isPublished } from '../../src/lib/content/publishing.ts';
import { articleFiles, slugify } from '../../src/lib/editorial/scaffold.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { translationStatus } from '../../src/lib/editorial/translation-status.ts';

const now = new Date('2026-11-25T12:00:00Z');

test('drafts and future articles wait; the dev preview shows everything', () => {
  assert.equal(isPublished({ draft: false, date: new Date('2026-11-25') }, { now }), true);
  assert.equal(isPublished({ draft: true, date: new Date('2024-01-01') }, { now }), false);
  assert.equal(isPublished({ draft: false, date: new Date('2026-11-26') }, { now }), false);
  assert.equal(isPublished({ draft: false, date: new Date('2026-11-26') }, { now: new Date('2026-11-26T00:00:01Z') }), true);
  assert.equal(isPublished({ draft: true, date: new Date('2999-01-01') }, { now, dev: true }), true);
});

test('slugs from Chinese titles are pinyin; English stays English', () => {
  assert.equal(slugify('长合区举办产业论坛'), 'chang-he-qu-ju-ban-chan-ye-lun-tan');
  assert.equal(slugify('CNC base opens: phase 2!'), 'cnc-base-opens-phase-2');
  assert.equal(slugify('利羿精密 2024'), 'li-yi-jing-mi-2024');
});

const frontMatter = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;

test('the scaffold is a valid draft in both languages, and refuses to publish unfinished', () => {
  const { zh, en } = articleFiles({ title: '长合区举办产业论坛', date: '2026-11-25' });
  for (const text of [zh, en]) {
    const data = frontMatter(text);
    assert.equal(data.draft, true);
    assert.equal(newsSchema.safeParse(data).success, true, 'a fresh draft validates');
    const published = newsSchema.safeParse({ ...data, draft: false });
    assert.equal(published.success, false, 'publishing it unfinished is refused');
    assert.ok(published.error?.issues.some((i) => i.path[0] === 'description'));
  }
  const enPublished = newsSchema.safeParse({ ...frontMatter(en), draft: false, description: 'A forum.' });
  assert.match(enPublished.error?.issues[0]?.message ?? '', /English title is still the placeholder/);
  const ready = newsSchema.safeParse({ ...frontMatter(zh), draft: false, description: '长合区举办产业论坛。' });
  assert.equal(ready.success, true);
});

test('npm run new:article writes both files and never overwrites', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-'));
  const run = () => spawnSync(process.execPath, ['scripts/new-article.ts', '长合区举办产业论坛', '--dir', dir, '--date', '2026-11-25'], { encoding: 'utf8' });
  const first = run();
  assert.equal(first.status, 0, first.stderr);
  assert.ok(existsSync(join(dir, 'zh', 'chang-he-qu-ju-ban-chan-ye-lun-tan.mdx')));
  assert.ok(existsSync(join(dir, 'en', 'chang-he-qu-ju-ban-chan-ye-lun-tan.mdx')));
  assert.match(first.stdout, /下一步/);
  assert.match(first.stdout, /Next:/);
  assert.match(readFileSync(join(dir, 'zh', 'chang-he-qu-ju-ban-chan-ye-lun-tan.mdx'), 'utf8'), /title: "长合区举办产业论坛"/);
  const second = run();
  assert.equal(second.status, 1);
  assert.match(second.stderr, /Already exists, nothing was changed/);
});

test('translation status finds one-language content and the side updated later', () => {
  const rows = translationStatus('tests/fixtures/one-language');
  const bySlug = Object.fromEntries(rows.filter((r) => r.collection === 'news').map((r) => [r.slug, r.status]));
  assert.equal(bySlug['only-chinese'], 'missing en');
  assert.equal(bySlug['only-english'], 'missing zh');
  assert.equal(bySlug['draft-article'], 'ok');
  assert.equal(bySlug['updated-article'], 'zh newer');
  assert.ok(translationStatus('content').every((r) => r.status === 'ok'), 'the real site is fully translated');
});
