#!/usr/bin/env node
/**
 * Content checks that run before every build (`npm run build`): problems the
 * content layer's schemas cannot see, and the typography gate (full-width
 * punctuation in Chinese, over the content folder and the UI dictionaries).
 * A file's own checks are kept between builds (src/lib/shared/build-cache.ts), so only edited
 * files are parsed again. Exits 1 with one line per problem.
 *   node scripts/check-content.ts [contentDir]
 */
import { checkContent, formatProblem } from '../src/lib/editorial/content-check.ts';
import { checkTypography, dictionaryFiles, typographyFiles } from '../src/lib/editorial/typography.ts';
import { relative, isAbsolute } from 'node:path';
import { codeVersion, noMemo, openMemo } from '../src/lib/shared/build-cache.ts';

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
// The checks' code and every library version: a change to either checks every file again.
const version = codeVersion(['content-check.ts', 'typography.ts', 'typography-rules.ts'].map((f) => new URL(`../src/lib/editorial/${f}`, import.meta.url)).concat(new URL('../package-lock.json', import.meta.url)));
// One cache per content folder of this project; folders elsewhere (temporary test copies) get none.
const inProject = !relative('.', dir).startsWith('..') && !isAbsolute(relative('.', dir));
const { memo, save } = inProject ? openMemo(`content-check-${relative('.', dir).replace(/[^\w-]+/g, '_')}`, version) : { memo: noMemo, save: () => undefined };
const problems = [...(await checkContent(dir, memo)), ...checkTypography(typographyFiles(dir, dictionaryFiles()), memo)];
save();
if (problems.length) {
  console.error(`Content problems (${problems.length}) / 内容问题（${problems.length} 处）：`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  if (problems.some((p) => p.field.startsWith('typography'))) {
    console.error('Punctuation can be corrected automatically: npm run fix:typography / 标点问题可运行 npm run fix:typography 自动改正。');
  }
  process.exit(1);
}
console.log(`Content check passed / 内容检查通过：${dir}`);
