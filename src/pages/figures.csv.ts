/** /figures.csv: every figure, both languages, generated from content/data/figures.yaml at build time. */
import type { APIRoute } from 'astro';
import { figureRows, toCsv } from '../lib/content/figures-export.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(await figureRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
