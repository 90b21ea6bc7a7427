#!/usr/bin/env node
/**
 * Content checks that run before every build (`npm run build`): problems the
 * content layer's schemas cannot see. Exits 1 with one line per problem.
 *   node scripts/check-content.ts [contentDir]
 */
import { checkContent, formatProblem } from '../src/lib/content-check.ts';

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const problems = await checkContent(dir);
if (problems.length) {
  console.error(`Content problems (${problems.length}) / 内容问题(${problems.length} 处):`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`Content check passed / 内容检查通过: ${dir}`);
