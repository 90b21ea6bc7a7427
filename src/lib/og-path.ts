/** Where a page's share image lives: /en/about/ → /og/en/about.png, /en/ → /og/en/index.png. */
export function ogImagePath(pagePath: string): string {
  const clean = pagePath.replace(/^\/|\/$/g, '');
  return `og/${clean.includes('/') ? clean : `${clean}/index`}.png`;
}
