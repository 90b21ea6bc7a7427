/**
 * The response headers production sends, read from the one place they are written
 * for static hosts: `public/_headers` (Netlify / Cloudflare Pages format, copied into
 * `dist/`; scripts/nginx/headers.conf states the same policy for nginx).
 *
 *   /*                       ← a path pattern: `*` matches the rest of the path
 *     Name: value            ← indented header lines belong to the pattern above
 *
 * Where several patterns match, each header takes the value of the last matching
 * rule, so `/_astro/*` after `/*` replaces only its Cache-Control, as on those hosts.
 */
export interface HeaderRule {
  pattern: RegExp;
  headers: Record<string, string>;
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers for a (decoded) URL path. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers));
}
