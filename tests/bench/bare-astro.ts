/**
 * The baseline for `npm run bench:scale`: a bare Astro 7 + MDX site with the same news
 * articles — one layout, a paginated list per language and the article pages; no images,
 * share cards, search, dictionaries or checks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ site: 'https://example.org', integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const news = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/news' }),
  schema: z.looseObject({ title: z.string(), description: z.string().default(''), date: z.coerce.date() }),
});
export const collections = { news };
`,
  'src/layouts/Layout.astro': `---
const { title, lang } = Astro.props;
---
<html lang={lang}><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>
<body><main><h1>{title}</h1><slot /></main></body></html>
`,
  'src/pages/[lang]/news/[...page].astro': `---
import { getCollection } from 'astro:content';
import Layout from '../../../layouts/Layout.astro';
export async function getStaticPaths({ paginate }) {
  const all = (await getCollection('news')).sort((a, b) => b.data.date - a.data.date);
  return ['zh', 'en'].flatMap((lang) => paginate(all.filter((e) => e.id.startsWith(lang + '/')), { params: { lang }, pageSize: 10 }));
}
const { page } = Astro.props;
---
<Layout title="News" lang={Astro.params.lang}>
  <ol>{page.data.map((e) => <li><a href={'/' + e.id + '/'}>{e.data.title}</a><p>{e.data.description}</p></li>)}</ol>
  {page.url.prev && <a rel="prev" href={page.url.prev}>Newer</a>} {page.url.next && <a rel="next" href={page.url.next}>Older</a>}
</Layout>
`,
  'src/pages/[lang]/news/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Layout from '../../../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('news')).map((entry) => {
    const [lang, slug] = entry.id.split('/');
    return { params: { lang, slug }, props: { entry } };
  });
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title} lang={Astro.params.lang}><Content /></Layout>
`,
};

/** Writes the baseline project into `dir` (its news goes in `dir/content/news/`). */
export function writeBareAstro(dir: string) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
