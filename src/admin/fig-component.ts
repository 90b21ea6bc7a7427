/**
 * `<Fig id="…" />` as an editor component: a picker of the existing figure ids, labelled in
 * the editor's language, and a preview showing the formatted value as the site will.
 */
import type CMSType from '@sveltia/cms';
import { formatFigure } from '../lib/content/figure-format.ts';
import type { Lang } from './config.ts';

type Figure = { id: string; label: { zh: string; en: string } } & Parameters<typeof formatFigure>[0];

/** The MDX a figure is written as; the parser in `pattern` reads exactly this back. */
export const figTag = (id: string) => `<Fig id="${id}" />`;
export const figPattern = /^<Fig id="([a-z0-9-]+)" \/>$/;
/** Every `<Fig id>` in a text, however it is spaced or quoted. */
export const figTagGlobal = /<Fig\s+id=["']([^"']+)["']\s*\/>/g;

export function registerFig(cms: typeof CMSType, figures: Figure[], lang: Lang) {
  const byId = new Map(figures.map((f) => [f.id, f]));
  cms.registerEditorComponent({
    id: 'fig',
    label: lang === 'zh' ? '数据（Fig）' : 'Figure (Fig)',
    icon: 'numbers',
    fields: [
      {
        name: 'id',
        label: lang === 'zh' ? '数据编号' : 'Figure id',
        widget: 'select',
        options: figures.map((f) => ({ value: f.id, label: `${f.label[lang]} — ${formatFigure(f, lang)} (${f.id})` })),
      },
    ],
    pattern: figPattern,
    fromBlock: (match) => ({ id: match[1] }),
    toBlock: ({ id }) => figTag(String(id ?? '')),
    toPreview: ({ id }) => {
      const figure = byId.get(String(id));
      return figure ? `<strong>${formatFigure(figure, lang)}</strong>` : `<code>${figTag(String(id))}</code>`;
    },
  });
}
