/**
 * Content collections: everything staff edit lives under `content/` and is read
 * here through Astro's content layer, so a malformed entry stops the build with
 * the file and the field named. `CONTENT_DIR` points the build at a fixture
 * folder in tests; it is never set in production.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { siteSchema } from './schemas/site.ts';
import { figureSchema, sourceSchema } from './schemas/figures.ts';
import { pageSchema } from './schemas/pages.ts';
import { industrySchema } from './schemas/industries.ts';

const root = (process.env.CONTENT_DIR ?? 'content').replace(/\/$/, '');

/** `content/site.yaml` holds one object; the content layer wants entries with ids. */
const site = defineCollection({
  loader: file(`${root}/site.yaml`, { parser: (text) => [{ id: 'site', ...parseYaml(text) }] }),
  schema: siteSchema,
});

const sources = defineCollection({
  loader: file(`${root}/data/sources.yaml`),
  schema: sourceSchema,
});

const figures = defineCollection({
  loader: file(`${root}/data/figures.yaml`),
  schema: figureSchema,
});

/** Section pages, one MDX file per language: `pages/zh/about.mdx`, `pages/en/about.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${root}/pages` }),
  schema: pageSchema,
});

/** The two lead industries, one MDX file per language. */
const industries = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${root}/industries` }),
  schema: industrySchema,
});

export const collections = { site, sources, figures, pages, industries };
