#!/usr/bin/env node
/**
 * Starts a news article in both languages:
 *   npm run new:article -- "标题" [--slug english-words] [--en "English title"]
 * Without a title it asks, in Chinese and English. Files are drafts until staff publish them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { articleFiles, slugify } from '../src/lib/editorial/scaffold.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { slug: { type: 'string' }, en: { type: 'string' }, dir: { type: 'string', default: 'content/news' }, date: { type: 'string' } },
});

let title = positionals.join(' ').trim();
let slug = values.slug;
if (!title) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  title = (await rl.question('文章标题 / Article title: ')).trim();
  const suggested = slugify(title);
  const answer = (await rl.question(`网址名（英文或拼音）/ URL name [${suggested}]: `)).trim();
  slug = answer || suggested;
  rl.close();
}
if (!title) {
  console.error('需要一个标题。 / A title is needed: npm run new:article -- "标题"');
  process.exit(1);
}
slug = slugify(slug ?? title);
if (!slug) {
  console.error('无法从标题生成网址名，请用 --slug 指定。 / Could not make a URL name from the title; give one with --slug.');
  process.exit(1);
}

// Today in Beijing, where staff work (a UTC date would be yesterday before 08:00).
const date = values.date ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const files = articleFiles({ title, titleEn: values.en, date });
const paths = { zh: join(values.dir, 'zh', `${slug}.mdx`), en: join(values.dir, 'en', `${slug}.mdx`) };
for (const path of Object.values(paths)) {
  if (existsSync(path)) {
    console.error(`已存在，未改动任何文件：${path}\nAlready exists, nothing was changed: ${path}`);
    process.exit(1);
  }
}
for (const [lang, path] of Object.entries(paths)) {
  mkdirSync(join(values.dir, lang), { recursive: true });
  writeFileSync(path, files[lang as 'zh' | 'en']);
}

console.log(`
已创建 / Created:
  ${paths.zh}
  ${paths.en}

下一步：
  1. 在两个文件中填写标题、摘要和正文。
  2. 运行 npm run dev，在 http://localhost:4321/zh/news/${slug}/ 预览（草稿只在预览中可见）。
  3. 运行 npm run check:content 检查内容。
  4. 准备发布时，把两个文件中的 draft: true 改为 draft: false。
Next:
  1. Fill in the title, description and text in both files.
  2. Run npm run dev and preview at http://localhost:4321/en/news/${slug}/ (drafts show only in the preview).
  3. Run npm run check:content to check the content.
  4. To publish, change draft: true to draft: false in both files.
See content/README.md (中文) or content/README.en.md (English).`);
