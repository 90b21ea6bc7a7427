/**
 * Stand-in for Astro's `astro:content` outside Astro (the editor bundle, unit tests): the
 * schemas only use `reference()`, which to the editor is the id of an entry — a string.
 */
import { z } from 'astro/zod';

export const reference = (_collection: string) => z.string();
export type SchemaContext = { image: () => z.ZodType };
