/**
 * Which content exists in which language, and whether one side was updated after
 * the other (by the `updated` field, else `date`). Used by `npm run i18n:status`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter } from '../shared/front-matter.ts';
import { locales, type Locale } from '../../i18n/locales.ts';

export interface StatusRow {
  collection: string;
  slug: string;
  files: Partial<Record<Locale, string>>;
  changed: Partial<Record<Locale, string>>;
  status: 'ok' | `missing ${Locale}` | `${Locale} newer`;
}

const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v.slice(0, 10) : typeof v === 'number' ? String(v) : '');

/** Files of one language-split collection: `<dir>/<lang>/<slug>.mdx` or `<dir>/<slug>/<lang>.mdx`. */
function filesOf(contentDir: string, collection: string, layout: 'lang-first' | 'slug-first') {
  const base = join(contentDir, collection);
  const found = new Map<string, Partial<Record<Locale, string>>>();
  if (!existsSync(base)) return found;
  for (const name of readdirSync(base)) {
    const dir = join(base, name);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
      const [slug, lang] = layout === 'lang-first' ? [file.replace(/\.mdx?$/, ''), name] : [name, file.replace(/\.mdx?$/, '')];
      if (!(locales as readonly string[]).includes(lang)) continue;
      found.set(slug, { ...found.get(slug), [lang]: join(dir, file) });
    }
  }
  return found;
}

export function translationStatus(contentDir = 'content'): StatusRow[] {
  const rows: StatusRow[] = [];
  const sets = [
    ['pages', 'lang-first'],
    ['industries', 'lang-first'],
    ['projects', 'slug-first'],
    ['news', 'lang-first'],
  ] as const;
  for (const [collection, layout] of sets) {
    for (const [slug, files] of [...filesOf(contentDir, collection, layout)].sort()) {
      const changed: StatusRow['changed'] = {};
      for (const lang of locales) {
        const file = files[lang];
        if (file) {
          const { data } = readFrontMatter(readFileSync(file, 'utf8'));
          changed[lang] = day(data.updated) || day(data.date);
        }
      }
      const missing = locales.find((l) => !files[l]);
      let status: StatusRow['status'] = 'ok';
      if (missing) status = `missing ${missing}`;
      else if (changed.zh && changed.en && changed.zh !== changed.en) status = changed.zh > changed.en ? 'zh newer' : 'en newer';
      rows.push({ collection, slug, files, changed, status });
    }
  }
  return rows;
}
