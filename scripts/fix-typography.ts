#!/usr/bin/env node
/**
 * Corrects punctuation in place — full-width next to Chinese, ASCII in English —
 * in content/ (MDX, Markdown, YAML) and the UI dictionaries: what the typography
 * gate in `npm run check:content` reports. Prose only; syntax is never touched,
 * and a file whose structure a fix would change is left alone and named.
 *   node scripts/fix-typography.ts [folder or file …]   (default: content/ and src/i18n/ui/)
 */
import { statSync } from 'node:fs';
import { dictionaryFiles, fixFiles, typographyFiles } from '../src/lib/editorial/typography.ts';

const args = process.argv.slice(2);
const files = args.length
  ? args.flatMap((p) => (statSync(p).isDirectory() ? typographyFiles(p) : typographyFiles(p, [], true)))
  : typographyFiles(process.env.CONTENT_DIR ?? 'content', dictionaryFiles());
let failed = false;
let total = 0;
for (const file of files) {
  try {
    for (const { issues } of fixFiles([file])) {
      console.log(`  ${file}: ${issues} fixed / 处已改正`);
      total += issues;
    }
  } catch (error) {
    failed = true;
    console.error(`  ${(error as Error).message}`);
  }
}
console.log(`Typography: ${total} fixes in ${files.length} files / 标点：${files.length} 个文件中共改正 ${total} 处`);
process.exit(failed ? 1 : 0);
