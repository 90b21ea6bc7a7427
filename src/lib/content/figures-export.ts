/** Rows for figures.csv / figures.json: the same data as the Figures page, both languages. */
import { getEntry } from 'astro:content';
import { getFigures } from './figures.ts';
import { formatFigure, describePeriod } from './figure-format.ts';
import { formatSource } from './citation.ts';

export async function figureRows() {
  return Promise.all(
    (await getFigures()).map(async (data) => {
      const source = (await getEntry(data.source))!.data;
      return {
        id: data.id,
        value: data.value,
        unit: data.unit,
        qualifier: data.qualifier ?? '',
        period: data.period,
        period_kind: data.periodKind,
        label_zh: data.label.zh,
        label_en: data.label.en,
        display_zh: formatFigure(data, 'zh'),
        display_en: formatFigure(data, 'en'),
        period_zh: describePeriod(data, 'zh'),
        period_en: describePeriod(data, 'en'),
        source_id: source.id,
        source_title: source.title,
        source_title_en: source.titleEn,
        source_authors_zh: source.authors.zh,
        source_authors_en: source.authors.en,
        source_date: source.date,
        source_url: source.url ?? '',
        source_citation_zh: formatSource(source, 'zh'),
        source_citation_en: formatSource(source, 'en'),
        note_zh: data.note?.zh ?? '',
        note_en: data.note?.en ?? '',
      };
    }),
  );
}

/** RFC 4180 CSV: every field quoted where needed, CRLF line ends, UTF-8 BOM so Excel reads Chinese. */
export function toCsv(rows: Record<string, string | number>[]): string {
  const header = Object.keys(rows[0] ?? {});
  const quote = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((line) => line.map(quote).join(',')).join('\r\n') + '\r\n';
}
