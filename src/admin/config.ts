/**
 * The whole Sveltia CMS configuration, built from the zod schemas in `src/schemas/`
 * (see schema-fields.ts). Pure: the browser entry (main.ts) and the unit tests pass in the
 * schema modules, their source text (for the doc-comment hints) and the data the pickers list.
 */
import { z } from 'astro/zod';
import { docComments, objectFields, type CmsField, type Overrides } from './schema-fields.ts';

export type SchemaModules = Record<string, Record<string, unknown>>; // file name ('news.ts') → exports
export type SchemaSources = Record<string, string>; // file name → source text
export type Lang = 'zh' | 'en';

export interface BackendSettings {
  /** `local`: the editor reads and writes a folder chosen in the browser (npm run dev). */
  name: 'local' | 'gitea' | 'gitlab';
  repo?: string;
  branch?: string;
  api_root?: string;
  base_url?: string;
  app_id?: string;
  auth_type?: 'pkce';
}

export interface ConfigInput {
  modules: SchemaModules;
  sources: SchemaSources;
  backend: BackendSettings;
  /** Tag ids and names from content/data/tags.yaml, for the tag select. */
  tags: { id: string; name: { zh: string; en: string } }[];
  /** Figure ids with labels, for the `<Fig>` picker. */
  figures: { id: string; label: { zh: string; en: string } }[];
  /** The editor's UI language: picker labels follow it. */
  lang: Lang;
  /** Where the site runs, for "view on site" links. */
  siteUrl?: string;
}

/** Long text fields get a multi-line box. */
const multiline = new Set(['description', 'summary', 'alt', 'caption', 'usage', 'note']);

function hintsFrom(sources: SchemaSources, own: string[]) {
  const maps = Object.entries(sources).map(([file, text]) => [file, docComments(text)] as const);
  const ordered = [...maps.filter(([f]) => own.includes(f)), ...maps.filter(([f]) => !own.includes(f))];
  return (path: string[]) => {
    const name = path.at(-1)!;
    if (name === '*' || name === 'item') return undefined;
    for (const [, map] of ordered) if (map.has(name)) return map.get(name);
    return undefined;
  };
}

/** Post-process generated fields: multi-line boxes, images, bilingual labels. */
function polish(fields: CmsField[]): CmsField[] {
  return fields.map((f) => {
    const out: CmsField = { ...f };
    if (out.widget === 'string' && multiline.has(out.name)) out.widget = 'text';
    if (Array.isArray(out.fields)) {
      out.fields = polish(out.fields as CmsField[]);
      // { zh, en } objects read better side by side: label the halves with the language.
      for (const sub of out.fields as CmsField[]) {
        if (sub.name === 'zh' && sub.label === 'zh') sub.label = '中文 zh';
        if (sub.name === 'en' && sub.label === 'en') sub.label = 'English en';
        if ((sub.name === 'zh' || sub.name === 'en') && sub.widget === 'string' && multiline.has(out.name)) sub.widget = 'text';
      }
    }
    if (out.field && typeof out.field === 'object') out.field = polish([out.field as CmsField])[0];
    return out;
  });
}

/** Fields kept the same in both language files (the Chinese value is copied); the rest are per language. */
const shared = new Set(['date', 'updated', 'draft', 'tags', 'order', 'industry', 'status', 'figures']);
const perLanguage = (fields: CmsField[]) => fields.map((f) => ({ ...f, i18n: shared.has(f.name) ? 'duplicate' : true }));

/** Body of MDX entries: raw mode first (keeps MDX byte for byte); rich text for inserting figures. */
const body: CmsField = {
  name: 'body',
  label: 'body',
  widget: 'markdown',
  i18n: true,
  modes: ['raw', 'rich_text'],
  hint:
    'MDX 正文。默认为 Markdown 文字模式，原样保存。插入数据（Fig）：点工具栏右端的“以 Markdown 编辑”按钮切换到富文本模式，再用“插入”菜单。/ The text, in MDX. Markdown mode (the default) saves it exactly. To insert a figure (Fig), turn off “Edit in Markdown” at the right of the toolbar, then use the Insert menu.',
};

/** Astro's SchemaContext for schemas written as functions (galleries): `image()` is a path string here. */
const schemaContext = { image: () => z.string() };

function find<T>(modules: SchemaModules, exportName: string): T | undefined {
  for (const mod of Object.values(modules)) {
    if (!(exportName in mod)) continue;
    const value = mod[exportName];
    return (typeof value === 'function' ? (value as (c: unknown) => unknown)(schemaContext) : value) as T;
  }
  return undefined;
}

export function buildConfig(input: ConfigInput): Record<string, unknown> {
  const { modules, sources, lang } = input;
  const schema = (name: string) => find<any>(modules, name);
  const fieldsOf = (exportName: string, own: string[], overrides: Overrides = {}) =>
    polish(objectFields(schema(exportName), hintsFrom(sources, own), overrides));

  const tagOptions = input.tags.map((t) => ({ value: t.id, label: `${t.name[lang]} (${t.id})` }));
  // Our own front-matter writer (mdx-format.ts): the site's YAML style, nothing added.
  const mdx = { extension: 'mdx', format: 'mdx-frontmatter' };

  const collections = [
    {
      name: 'news',
      label: lang === 'zh' ? '新闻' : 'News',
      folder: 'content/news',
      ...mdx,
      i18n: true,
      create: true,
      identifier_field: 'title',
      // One slug, typed once, names both language files.
      slug: { editable: true },
      summary: '{{title}} ({{date}})',
      sortable_fields: ['date', 'title'],
      fields: perLanguage([
        ...fieldsOf('newsSchema', ['news.ts', 'pages.ts', 'common.ts'], {
          tags: { widget: 'select', multiple: true, options: tagOptions, required: false },
          authors: { widget: 'list', required: false },
        }),
        body,
      ]),
    },
    {
      name: 'pages',
      label: lang === 'zh' ? '栏目页面' : 'Section pages',
      folder: 'content/pages',
      ...mdx,
      i18n: true,
      create: false,
      delete: false,
      fields: perLanguage([...fieldsOf('pageSchema', ['pages.ts']), body]),
    },
    {
      name: 'industries',
      label: lang === 'zh' ? '主导产业' : 'Lead industries',
      folder: 'content/industries',
      ...mdx,
      i18n: true,
      create: false,
      delete: false,
      fields: perLanguage([...fieldsOf('industrySchema', ['industries.ts', 'pages.ts']), body]),
    },
    // A project keeps both languages in its own folder (`<slug>/zh.mdx`, `<slug>/en.mdx`), a layout
    // Sveltia's i18n structures cannot express: one collection per language.
    ...(['zh', 'en'] as const).map((l) => ({
      name: `projects-${l}`,
      label: (lang === 'zh' ? '项目' : 'Projects') + (l === 'zh' ? '（中文）' : ' (English)'),
      folder: 'content/projects',
      path: `{{slug}}/${l}`,
      ...mdx,
      create: true,
      fields: [
        ...fieldsOf('projectSchema', ['projects.ts', 'pages.ts'], {
          figures: { widget: 'select', multiple: true, options: figureOptions(input), required: false },
        }),
        body,
      ],
    })),
    ...galleryCollections(input, fieldsOf),
    dataFile('figures', lang === 'zh' ? '数据' : 'Figures', 'content/data/figures.yaml', 'figureSchema', ['figures.ts'], fieldsOf, {
      // Set by the loader from the file order, never written by staff.
      position: false,
    }),
    dataFile('sources', lang === 'zh' ? '来源' : 'Sources', 'content/data/sources.yaml', 'sourceSchema', ['figures.ts'], fieldsOf),
    dataFile('policies', lang === 'zh' ? '政策' : 'Policies', 'content/data/policies.yaml', 'policySchema', ['policies.ts'], fieldsOf, {
      figures: { widget: 'select', multiple: true, options: figureOptions(input), required: false },
    }),
    dataFile('tags', lang === 'zh' ? '标签' : 'Tags', 'content/data/tags.yaml', 'tagSchema', ['tags.ts'], fieldsOf),
    dataFile('quotes', lang === 'zh' ? '引语' : 'Quotes', 'content/data/quotes.yaml', 'quoteSchema', ['quotes.ts'], fieldsOf),
    dataFile('facts', lang === 'zh' ? '事实' : 'Facts', 'content/data/facts.yaml', 'factSchema', ['facts.ts'], fieldsOf),
    {
      name: 'settings',
      label: lang === 'zh' ? '网站设置' : 'Site settings',
      files: [
        {
          name: 'site',
          label: lang === 'zh' ? '网站设置（site.yaml）' : 'Site settings (site.yaml)',
          file: 'content/site.yaml',
          format: 'yaml-clean',
          fields: fieldsOf('siteSchema', ['site.ts', 'common.ts']),
        },
      ],
    },
  ].filter((c) => c !== undefined) as Record<string, unknown>[];

  const backend =
    input.backend.name === 'local'
      ? // Sveltia's local mode: the staff member picks their working copy (File System Access API).
        { name: 'github', repo: 'local/working-copy', branch: 'main' }
      : { ...input.backend };

  return {
    load_config_file: false,
    backend,
    app_title: lang === 'zh' ? '长合区网站编辑器' : 'Zone website editor',
    // Only when known: an `undefined` value makes Sveltia skip validating the whole configuration.
    ...(input.siteUrl ? { site_url: input.siteUrl } : {}),
    // Images live beside the content they belong to (galleries set their own folder).
    media_folder: 'content/media',
    public_folder: '/content/media',
    // No stock-photo libraries: photos must be the Zone's own, with credit and usage.
    media_libraries: { default: { config: { max_file_size: 25_000_000 } }, stock_assets: false },
    i18n: {
      structure: 'multiple_folders',
      locales: ['zh', 'en'],
      default_locale: 'zh',
      initial_locales: 'all',
    },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none', indent_sequences: true } },
    show_preview_links: false,
    collections,
  };
}

function figureOptions(input: ConfigInput) {
  return input.figures.map((f) => ({ value: f.id, label: `${f.label[input.lang]} (${f.id})` }));
}

type FieldsOf = (exportName: string, own: string[], overrides?: Overrides) => CmsField[];

/** A YAML file holding a list at its top level (figures, sources, policies, tags, quotes). */
function dataFile(name: string, label: string, file: string, exportName: string, own: string[], fieldsOf: FieldsOf, overrides: Overrides = {}) {
  let fields: CmsField[];
  try {
    fields = fieldsOf(exportName, own, overrides);
  } catch {
    return undefined; // that schema does not exist (yet) on this branch
  }
  return {
    name,
    label,
    files: [{ name, label, file, format: 'yaml', fields: [{ name, label, widget: 'list', root: true, summary: '{{fields.id}}', fields }] }],
  };
}

function galleryCollections(input: ConfigInput, fieldsOf: FieldsOf) {
  const fields = fieldsOf('gallerySchema', ['gallery.ts', 'common.ts'], {
    'images.*.src': { widget: 'image', choose_url: false },
  });
  // Photos go into the gallery's own folder, beside gallery.yaml; `src` reads `./photo.jpg`.
  const media = { media_folder: '', public_folder: './' };
  const zh = input.lang === 'zh';
  return [
    {
      name: 'galleries',
      label: zh ? '项目图集' : 'Project galleries',
      folder: 'content/projects',
      path: '{{slug}}/gallery',
      extension: 'yaml',
      format: 'yaml-clean',
      create: true,
      summary: '{{slug}}',
      slug: { editable: true },
      ...media,
      fields,
    },
    {
      name: 'zone',
      label: zh ? '长合区图集' : 'Zone gallery',
      files: [{ name: 'gallery', label: zh ? '长合区图集（首页主图在前）' : 'Zone gallery (the first is the home page image)', file: 'content/zone/gallery.yaml', format: 'yaml-clean', ...media, fields }],
    },
  ];
}
