/**
 * Where a page sits, independent of language: what the head (hreflang,
 * canonical) and the language selector need.
 */
import type { Locale } from './locales.ts';

export interface PageRoute {
  /** Locale-free path, e.g. `about/`; `''` for the home page. */
  route: string;
  /** Languages this page exists in (default: both). */
  locales?: readonly Locale[];
  /** Where the selector leads when the other language has no such page: the section index. */
  fallback?: string;
  /** The route whose share card this page shows (a list's later pages show their first page's); default: its own. */
  cardRoute?: string;
}
