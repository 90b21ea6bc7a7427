/** The Content-Security-Policy of the intranet editor bundle: its own files, and the Git server only. */

export interface GitServer {
  base_url?: string;
  api_root?: string;
}

/** The origins the editor must reach: the Git server's web (sign-in) and API addresses. */
export function gitOrigins(server: GitServer): string[] {
  const origins = new Set<string>();
  for (const url of [server.base_url, server.api_root]) {
    if (!url) continue;
    const parsed = new URL(url); // throws on a malformed address, stopping the build
    if (parsed.protocol !== 'https:' && parsed.hostname !== 'localhost' && parsed.hostname !== '127.0.0.1') {
      throw new Error(`admin/git-server.json: ${url} must use https / 必须使用 https`);
    }
    origins.add(parsed.origin);
  }
  if (origins.size === 0) throw new Error('admin/git-server.json: base_url or api_root is required / 缺少 base_url 或 api_root');
  return [...origins];
}

export function adminCsp(origins: string[]): string {
  const git = origins.join(' ');
  return [
    "default-src 'self'",
    // Sveltia compiles nothing at run time but uses WebAssembly for image conversion.
    "script-src 'self' 'wasm-unsafe-eval'",
    // Svelte components set inline styles.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data: ${git}`,
    `media-src 'self' blob: ${git}`,
    `connect-src 'self' blob: data: ${git}`,
    "font-src 'self' data:",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${git}`,
  ].join('; ');
}
