/** Figures from `content/data/figures.yaml`, looked up by id. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type Figure = CollectionEntry<'figures'>['data'];
export type Source = CollectionEntry<'sources'>['data'];

export const FIGURES_FILE = 'content/data/figures.yaml';

/** A figure by id; an unknown id stops the build with a plain message. */
export async function getFigure(id: string, usedIn = 'a page'): Promise<Figure> {
  const entry = await getEntry('figures', id);
  if (!entry) {
    throw new Error(
      `Unknown figure id "${id}" used in ${usedIn}: it is not in ${FIGURES_FILE}. / ${usedIn} 引用的数据编号“${id}”在 ${FIGURES_FILE} 中不存在。`,
    );
  }
  return entry.data;
}

export async function getSource(id: string): Promise<Source> {
  const entry = await getEntry('sources', id);
  if (!entry) throw new Error(`Unknown source id "${id}" / 未知来源编号“${id}”`);
  return entry.data;
}

/** All figures in file order (the order staff wrote them). */
export async function getFigures(): Promise<Figure[]> {
  return (await getCollection('figures')).map((entry) => entry.data).sort((a, b) => a.position - b.position);
}
