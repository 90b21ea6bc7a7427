#!/usr/bin/env node
/**
 * Translation status of all content: each piece, whether it exists in Chinese and
 * English, and whether one side was updated after the other.
 *   npm run i18n:status            (a table)
 *   npm run i18n:status -- --json  (for scripts)
 */
import { translationStatus } from '../src/lib/editorial/translation-status.ts';

const rows = translationStatus(process.env.CONTENT_DIR ?? 'content');
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const label = { ok: '✓ both / 中英齐全', 'missing zh': '✗ no Chinese / 缺中文', 'missing en': '✗ no English / 缺英文', 'zh newer': '! Chinese updated later / 中文较新', 'en newer': '! English updated later / 英文较新' };
  const table = rows.map((r) => ({
    'content / 内容': `${r.collection}/${r.slug}`,
    中文: r.files.zh ? `✓ ${r.changed.zh ?? ''}`.trim() : '—',
    English: r.files.en ? `✓ ${r.changed.en ?? ''}`.trim() : '—',
    'status / 状态': label[r.status],
  }));
  const cols = Object.keys(table[0] ?? {});
  const width = (c: string) => Math.max(c.length, ...table.map((row) => String(row[c as keyof typeof row]).length));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(width(cols[i]!))).join('  ');
  console.log(line(cols));
  console.log(cols.map((c) => '─'.repeat(width(c))).join('  '));
  for (const row of table) console.log(line(cols.map((c) => String(row[c as keyof typeof row]))));
  const todo = rows.filter((r) => r.status !== 'ok').length;
  console.log(`\n${rows.length} items, ${todo} need attention / 共 ${rows.length} 项，${todo} 项需处理`);
}
