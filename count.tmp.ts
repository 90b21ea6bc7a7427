// Counts for the report: typography issues, and ASCII , : ; ( ) ! ? . inside Chinese runs that the fixer changes.
import { readFileSync } from 'node:fs';
import { lintText, proseRuns, typographyFiles, dictionaryFiles } from './src/lib/typography.ts';
import { fixRun } from './src/lib/typography-rules.ts';
const files = typographyFiles('content', dictionaryFiles());
let issues = 0, chars = 0; const per: Record<string, number> = {};
for (const f of files) {
  const t = readFileSync(f, 'utf8');
  const n = lintText(f, t).length; issues += n;
  let c = 0;
  for (const r of proseRuns(f, t)) { if (r.lang === 'en') continue; const o = t.slice(r.start, r.end); const x = fixRun(o, r.lang, r); if (x === o) continue;
    // ASCII punctuation the fix removes: count of ASCII marks before minus after.
    const k = (s: string) => (s.match(/[,:;()!?.]/g) ?? []).length; c += k(o) - k(x); }
  chars += c; if (n) per[f] = c;
}
console.log(JSON.stringify({ files: files.length, issues, asciiMarksInChinese: chars, news: per['content/news/zh/2024-new-momentum.mdx'] }, null, 0));
const news = readFileSync('content/news/zh/2024-new-momentum.mdx', 'utf8'); console.log('news ASCII commas', (news.match(/,/g) ?? []).length, 'full-width', (news.match(/，/g) ?? []).length);
