/**
 * YAML reads `date: 2024-13-45` as 14 February 2025 (it lets days and months
 * overflow), so a typo would publish silently on the wrong day. This wraps a
 * content loader and checks each date field as written in the file, stopping
 * the build with the file, the field and the text found.
 */
import { readFileSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parsePartialDate } from '../shared/partial-date.ts';

/** The raw value of `field:` in a file's front matter, if any. */
function rawField(source: string, field: string): string | undefined {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const line = new RegExp(`^${field}:[ \\t]*(.*)$`, 'm').exec(frontMatter)?.[1];
  return line?.replace(/\s+#.*$/, '').replace(/^["']|["']$/g, '').trim();
}

/** True for a real calendar date written YYYY-MM-DD (optionally with a time). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * The first date field written wrongly, as a message naming file and field. Fields in `partial`
 * may also be a year (2024) or a month (2024-05), where that is all the source gives.
 */
export function dateProblem(filePath: string, source: string, fields: readonly string[], partial: readonly string[] = []): string | undefined {
  for (const field of fields) {
    const raw = rawField(source, field);
    if (raw === undefined || raw === '') continue;
    if (partial.includes(field) ? parsePartialDate(raw) === undefined : !isRealDate(raw)) {
      if (partial.includes(field)) {
        return (
          `${filePath} — ${field}: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-05, 2024-05-29), found "${raw}". / ` +
          `${field} 应为真实存在的日期，写成 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2024、2024-05、2024-05-29），实际为“${raw}”。`
        );
      }
      return (
        `${filePath} — ${field}: expected a real date written YYYY-MM-DD (e.g. 2024-05-29), found "${raw}". / ` +
        `${field} 应为真实存在的日期，格式 YYYY-MM-DD（如 2024-05-29），实际为“${raw}”。`
      );
    }
  }
  return undefined;
}

export function strictDates(loader: Loader, fields: readonly string[], partial: readonly string[] = []): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const problem = dateProblem(props.filePath, readFileSync(props.filePath, 'utf8'), fields, partial);
            if (problem) throw new Error(problem);
          }
          return context.parseData(props);
        },
      }),
  };
}
