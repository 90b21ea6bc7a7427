/**
 * The browser editor (Sveltia CMS), bundled from npm: no CDN, no request to another host.
 * The configuration is generated here, in the browser, from the same zod schemas the build
 * validates with, so the editor cannot drift from the content rules.
 */
import CMS from '@sveltia/cms';
import { parse as parseYaml } from 'yaml';
import siteCss from '../styles/global.css?inline';
import tagsYaml from '../../content/data/tags.yaml?raw';
import figuresYaml from '../../content/data/figures.yaml?raw';
import gitServer from '../../admin/git-server.json';
import { buildConfig, type BackendSettings, type Lang } from './config.ts';
import { registerFig } from './fig-component.ts';
import { fromMdx, fromYaml, toMdx, toYaml } from './mdx-format.ts';
import { registerPreviews } from './preview.ts';

const modules = import.meta.glob<Record<string, unknown>>('../schemas/*.ts', { eager: true });
const sources = import.meta.glob<string>('../schemas/*.ts', { eager: true, query: '?raw', import: 'default' });
const byFile = <T>(m: Record<string, T>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split('/').pop()!, v]));

// Sveltia follows the browser's language; the pickers' labels follow the same choice.
const lang: Lang = navigator.languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
const figures = parseYaml(figuresYaml) as Parameters<typeof registerFig>[1];

CMS.registerCustomFormat('mdx-frontmatter', 'mdx', { fromFile: fromMdx, toFile: toMdx });
CMS.registerCustomFormat('yaml-clean', 'yaml', { fromFile: fromYaml, toFile: toYaml });
registerFig(CMS, figures, lang);
// The preview pane uses the site's own stylesheet, so an article looks as it will on the site.
CMS.registerPreviewStyle(siteCss, { raw: true });
registerPreviews(CMS, ['news', 'pages', 'industries', 'projects-zh', 'projects-en'], figures);

const { '//': _note, ...backend } = gitServer as BackendSettings & { '//'?: string };
void CMS.init({
  config: buildConfig({
    modules: byFile(modules),
    sources: byFile(sources),
    backend,
    tags: parseYaml(tagsYaml),
    figures,
    lang,
    siteUrl: import.meta.env.DEV ? location.origin : undefined,
  }) as never,
});
