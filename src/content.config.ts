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
import { quoteSchema } from './schemas/quotes.ts';
import { factSchema } from './schemas/facts.ts';
import { pageSchema } from './schemas/pages.ts';
import { industrySchema } from './schemas/industries.ts';
import { projectSchema } from './schemas/projects.ts';
import { policySchema } from './schemas/policies.ts';
import { newsSchema } from './schemas/news.ts';
import { strictDates } from './lib/content/strict-dates.ts';
import { gallerySchema } from './schemas/gallery.ts';
import { tagSchema } from './schemas/tags.ts';

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

/** Figures keep the order staff wrote them in (the content layer would sort by id). */
const tags = defineCollection({
  loader: file(`${root}/data/tags.yaml`),
  schema: tagSchema,
});

const figures = defineCollection({
  loader: file(`${root}/data/figures.yaml`, {
    parser: (text) => (parseYaml(text) as Record<string, unknown>[]).map((f, position) => ({ ...f, position })),
  }),
  schema: figureSchema,
});

/** Quotations, inserted in MDX by `<Quote id="…" />`. */
const quotes = defineCollection({
  loader: file(`${root}/data/quotes.yaml`),
  schema: quoteSchema,
});

/** Facts that are not numbers (approval date, partners), each with its source; file order kept. */
const facts = defineCollection({
  loader: file(`${root}/data/facts.yaml`),
  schema: factSchema,
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

/** Projects: a folder per project holding `zh.mdx`, `en.mdx` and its images. Ids: `liyi-precision/zh`. */
const projects = defineCollection({
  loader: glob({ pattern: '*/{zh,en}.{md,mdx}', base: `${root}/projects` }),
  schema: projectSchema,
});

const policies = defineCollection({
  loader: file(`${root}/data/policies.yaml`),
  schema: policySchema,
});

/** News articles, one file per language sharing a file name: `news/zh/<slug>.mdx`, `news/en/<slug>.mdx`. */
const news = defineCollection({
  loader: strictDates(glob({ pattern: '*/*.{md,mdx}', base: `${root}/news` }), ['date', 'updated'], ['date']),
  schema: newsSchema,
});

/**
 * Image galleries: `projects/<slug>/gallery.yaml` (id `projects/<slug>`) and
 * `zone/gallery.yaml` (id `zone`, the Zone as a whole: the home page hero).
 */
const galleries = defineCollection({
  loader: glob({
    pattern: ['projects/*/gallery.yaml', 'zone/gallery.yaml'],
    base: root,
    generateId: ({ entry }) => entry.replace(/\/gallery\.yaml$/, ''),
  }),
  schema: gallerySchema,
});

export const collections = { site, sources, tags, figures, quotes, facts, pages, industries, projects, policies, news, galleries };
