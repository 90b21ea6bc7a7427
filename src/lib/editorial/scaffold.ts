/**
 * What `npm run new:article` writes: the Chinese and English files of one news
 * article, sharing a file name (the translation key), with every required field.
 * Pure functions so the unit tests check the exact text staff get.
 */
import { pinyin } from 'pinyin-pro';
import { TITLE_PLACEHOLDER } from '../../schemas/news.ts';

/** A URL slug: pinyin for Chinese, lower-case words for English, at most twelve words. */
export function slugify(title: string): string {
  const latin = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ');
  return latin
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 12)
    .join('-');
}

/** YAML-safe double-quoted string. */
const quote = (s: string) => JSON.stringify(s);

export function articleFiles(options: { title: string; titleEn?: string; date: string }) {
  const { title, titleEn = '', date } = options;
  const zh = `---
# 标题（必填）
title: ${quote(title)}
# 摘要：一两句话，用于列表、搜索结果和分享卡片（发布前必填）
description: ""
# 发布日期 YYYY-MM-DD；写未来的日期即定时发布
date: ${date}
# 草稿：true 时只在预览（npm run dev）中显示；准备发布时改为 false 或删除此行
draft: true
# 作者，如 [吴丹, 李世超]
authors: []
# 标签：只能使用 content/data/tags.yaml 中列出的编号，如 [investment]
tags: []
---

在这里写正文。可用 <Fig id="industrial-output-2023" /> 引用 content/data/figures.yaml 中的数据。
`;
  const en = `---
# Title (required)
title: ${quote(titleEn || `${TITLE_PLACEHOLDER} ${title}]`)}
# One or two sentences for lists, search results and share cards (required before publishing)
description: ""
# Publication date YYYY-MM-DD; a future date schedules the article
date: ${date}
# Drafts show only in the preview (npm run dev); set to false or delete when ready
draft: true
authors: []
# Tags: ids from content/data/tags.yaml only, e.g. [investment]
tags: []
# Set to true when this text is a translation of the Chinese original
translation: true
---

Write the English text here. Cite figures with <Fig id="industrial-output-2023" />.
`;
  return { zh, en };
}
