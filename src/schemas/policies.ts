/** `content/data/policies.yaml`: one entry per policy document, both languages in one entry. */
import { z } from 'astro/zod';
import { bilingual } from './common.ts';

export const policyStatuses = ['issued'] as const;

export const policySchema = z.object({
  /** Stable id, used as the anchor on the Policies page. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Issuing authority. */
  issuer: bilingual,
  /** Title: the Chinese original and its English rendering. */
  title: bilingual,
  /** True where the source describes the policy without giving its title: shown without 《》. */
  untitled: z.boolean().default(false),
  /** Date of issue, only where the source gives one (YYYY-MM-DD). */
  date: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
  /** When the source gives no exact date: how it places the policy in time. */
  dateNote: bilingual.optional(),
  /** Status as the source reports it. */
  status: z.enum(policyStatuses),
  /** What it does, as the article describes it. */
  summary: bilingual,
  /** Key points, as the article lists them. */
  points: z.array(bilingual).default([]),
  /** Official document number: left empty unless a source gives it. Never guessed. */
  documentNumber: z.string().default(''),
  /** Link to the official text: left empty unless a source gives it. Never guessed. */
  url: z.union([z.literal(''), z.url()]).default(''),
  /** Source id in content/data/sources.yaml. */
  source: z.string(),
  /** Figure ids shown with the policy. */
  figures: z.array(z.string()).default([]),
});
