/** Front matter of a project page (`content/projects/<slug>/<lang>.mdx`). */
import { z } from 'astro/zod';
import { pageSchema } from './pages.ts';

/** Where a project stands, as the source reports it. */
export const projectStatuses = ['introduced', 'signed', 'under-construction', 'fit-out', 'in-use'] as const;

export const projectSchema = pageSchema.extend({
  /** One sentence for cards on the projects index. */
  summary: z.string().trim().min(1, 'Missing summary / 缺少简介'),
  /**
   * Lead industry slug (`nev` or `robotics-cnc`), only where the source itself ties the project to
   * one — not where the site infers it from a name or a product. Shown in the key facts box.
   */
  industry: z.enum(['nev', 'robotics-cnc']).optional(),
  /** Where the investor came from, as the source says (e.g. "江苏" / "Jiangsu"). */
  origin: z.string().trim().optional(),
  /** What the company makes, only where the source says so of this project (利羿精密：主要生产…). */
  products: z.string().trim().optional(),
  /** What the project is, as the source names it (迅驰：汽车智能车灯总成生产线). */
  scope: z.string().trim().optional(),
  /** Status as the source reports it; omit where the source is silent. */
  status: z.enum(projectStatuses).optional(),
  /** Figure ids (content/data/figures.yaml) to show in the project's key facts. */
  figures: z.array(z.string()).default([]),
  /** Position in lists (1 first). */
  order: z.number().int().positive(),
});
