/**
 * A quotation reads the same on every page that prints it, in each language,
 * word for word as content/data/quotes.yaml has it — the promise a journalist
 * who quotes one page and checks another relies on.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { contentPages } from './site.ts';

interface QuoteYaml {
  id: string;
  text: { zh: string; en: string };
  speaker: { zh: string; en: string };
}
const quotes = parseYaml(readFileSync('content/data/quotes.yaml', 'utf8')) as QuoteYaml[];
const byId = new Map(quotes.map((q) => [q.id, q]));

/** Han characters and digits only: the words without punctuation, to find a retyped copy. */
const bare = (text: string) => text.replace(/[^\p{Script=Han}\d]/gu, '');

for (const lang of ['zh', 'en'] as const) {
  test(`each quotation renders identically on every ${lang} page that uses it`, async ({ page }) => {
    test.setTimeout(180_000);
    const seen = new Map<string, Map<string, string[]>>(); // id → rendering → pages
    const retyped: string[] = [];
    for (const path of contentPages().filter((p) => p.startsWith(`/${lang}/`))) {
      await page.goto(path);
      const found = await page.$$eval('[data-quote]', (elements) =>
        elements.map((el) => ({
          id: el.getAttribute('data-quote') ?? '',
          text: ((el.matches('.quote-text') ? el : el.querySelector('.quote-text'))?.textContent ?? '').trim(),
          speaker: el.querySelector('figcaption')?.firstChild?.textContent?.trim() ?? null,
        })),
      );
      for (const { id, text, speaker } of found) {
        const renderings = seen.get(id) ?? new Map<string, string[]>();
        renderings.set(text, [...(renderings.get(text) ?? []), path]);
        seen.set(id, renderings);
        const quote = byId.get(id);
        expect.soft(quote, `${path}: unknown quote id ${id}`).toBeTruthy();
        if (quote && speaker !== null) expect.soft(speaker.toLowerCase(), `${path}: speaker of ${id}`).toContain(quote.speaker[lang].toLowerCase());
      }
      if (lang === 'zh') {
        // The Chinese words must come from the data, never be typed into a page again.
        const outside = await page.evaluate(() => {
          const parts: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.parentElement?.closest('[data-quote]')) parts.push(node.textContent ?? '');
          }
          return parts.join('');
        });
        for (const quote of quotes) {
          if (bare(outside).includes(bare(quote.text.zh))) retyped.push(`${path}: ${quote.id}`);
        }
      }
    }
    expect(retyped, 'quotations typed into a page instead of <Quote id>').toEqual([]);
    for (const quote of quotes) {
      const renderings = seen.get(quote.id);
      expect.soft(renderings, `${quote.id} is printed on no ${lang} page`).toBeTruthy();
      if (!renderings) continue;
      expect.soft([...renderings.keys()], `${quote.id}: one rendering on ${[...renderings.values()].flat().join(', ')}`).toEqual([`“${quote.text[lang]}”`]);
    }
  });
}
