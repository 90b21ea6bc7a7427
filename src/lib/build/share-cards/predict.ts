/**
 * What the share card of each news article will show, read from the content files before the
 * build has rendered the pages, so cards can be drawn while Astro renders (see
 * src/integrations/share-cards-early.ts). Only a prediction: the cards that count are always
 * made from the built pages (scripts/og-images.ts), and a wrong guess merely costs a drawing;
 * an end-to-end test checks that every article's guess matches its page.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CardInput } from './card.ts';
import { readFrontMatter } from '../../shared/front-matter.ts';
import zh from '../../../i18n/ui/zh.ts';
import en from '../../../i18n/ui/en.ts';

const dictionaries = { zh, en } as const;

/** The cards of every news article under `<contentDir>/news/<lang>/` (drafts too: a guess). */
export function predictedNewsCards(contentDir: string, host: string): CardInput[] {
  return (['zh', 'en'] as const).flatMap((lang) => {
    const dir = join(contentDir, 'news', lang);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .flatMap((name) => {
        const title = readFrontMatter(readFileSync(join(dir, name), 'utf8')).data.title;
        if (typeof title !== 'string' || title.trim() === '') return [];
        const t = dictionaries[lang];
        return [{ lang, site: t['site.name'], section: t['news.title'], heading: title.trim(), sources: [], host }];
      });
  });
}
