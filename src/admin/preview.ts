/**
 * Preview pane for MDX entries: the page's hero and text as the site lays them out (the site's
 * stylesheet is registered as the preview style), in the language being edited. Sveltia renders
 * previews with React and exposes `window.h` (React.createElement) for templates.
 */
import type CMSType from '@sveltia/cms';
import { formatFigure, type FormattableFigure } from '../lib/content/figure-format.ts';
import { figTagGlobal } from './fig-component.ts';

type H = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type Entry = { getIn: (path: string[]) => unknown };

/** Chinese text in the title or body means the Chinese side is being previewed. */
const langOf = (text: string) => (/[\u3400-\u9fff]/.test(text) ? 'zh-CN' : 'en');

export function registerPreviews(cms: typeof CMSType, collections: string[], figures: ({ id: string } & FormattableFigure)[]) {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const template = ({ entry }: { entry: Entry }) => {
    const h = (window as unknown as { h: H }).h;
    const field = (name: string) => String(entry.getIn(['data', name]) ?? '');
    const title = field('title');
    const lang = langOf(title + field('body'));
    // `<Fig id>` shows its value, formatted for the language, as on the site.
    const body = field('body').replace(figTagGlobal, (tag, id: string) => {
      const figure = byId.get(id);
      return figure ? `**${formatFigure(figure, lang === 'en' ? 'en' : 'zh')}**` : tag;
    });
    // renderRichText wants an element of the editor's own document; the preview is an iframe,
    // so the text is rendered off-screen there and its (sanitised) HTML copied across.
    const renderBody = (el: HTMLElement | null) => {
      if (!el) return;
      const scratch = document.createElement('div');
      const unmount = cms.renderRichText(scratch, body);
      const copy = () => (el.innerHTML = scratch.innerHTML);
      queueMicrotask(copy);
      setTimeout(() => (copy(), unmount()), 50);
    };
    return h(
      'div',
      { lang },
      h(
        'header',
        { className: 'page-hero' },
        h('div', { className: 'container' }, field('kicker') && h('p', { className: 'kicker' }, field('kicker')), h('h1', null, title), h('p', { className: 'lede' }, field('description'))),
      ),
      h('div', { className: 'container page-body' }, h('div', { className: 'page-main prose', ref: renderBody })),
    );
  };
  for (const name of collections) cms.registerPreviewTemplate(name, template as never);
}
