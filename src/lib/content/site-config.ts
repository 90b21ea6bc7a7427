/** The settings staff keep in `content/site.yaml`, validated by the content layer. */
import { getEntry } from 'astro:content';
import type { SiteConfig } from '../../schemas/site.ts';

export async function getSiteConfig(): Promise<SiteConfig> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml is missing / 缺少 content/site.yaml');
  return entry.data;
}
