/** Where a page's share image lives: /en/about/ → /og/en/about.png, /en/ → /og/en/index.png. */
export function ogImagePath(pagePath: string): string {
  const clean = pagePath.replace(/^\/|\/$/g, '');
  return `og/${clean.includes('/') ? clean : `${clean}/index`}.png`;
}

/**
 * Which card a built page shows, as a site path (`/og/en/news.png`), from its `og:image`;
 * undefined when it shows none (pages that are not indexed). A list's later pages show
 * their first page's card, so only the page whose own card it is draws it.
 */
export function cardShown(html: string): string | undefined {
  const url = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  return url === undefined ? undefined : decodeURI(new URL(url, 'https://x.invalid').pathname);
}
