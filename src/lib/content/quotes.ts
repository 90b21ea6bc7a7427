/** Quotations from `content/data/quotes.yaml`, looked up by id. */
import { getEntry, type CollectionEntry } from 'astro:content';

export type Quote = CollectionEntry<'quotes'>['data'];

export const QUOTES_FILE = 'content/data/quotes.yaml';

/** A quotation by id; an unknown id stops the build with a plain message (the pre-build check names the line). */
export async function getQuote(id: string, usedIn = 'a page'): Promise<Quote> {
  const entry = await getEntry('quotes', id);
  if (!entry) {
    throw new Error(
      `Unknown quote id "${id}" used in ${usedIn}: it is not in ${QUOTES_FILE}. / ${usedIn} 引用的引语编号“${id}”在 ${QUOTES_FILE} 中不存在。`,
    );
  }
  return entry.data;
}
