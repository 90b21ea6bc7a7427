/** /figures.json: every figure, both languages, generated from content/data/figures.yaml at build time. */
import type { APIRoute } from 'astro';
import { figureRows } from '../lib/content/figures-export.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ figures: await figureRows() }, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
