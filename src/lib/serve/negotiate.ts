/** Language negotiation for `/`, as the nginx configuration does it (scripts/nginx/site.conf). */
import type { Locale } from '../../i18n/locales.ts';

/** English if the browser ranks English above Chinese, else Chinese (the default). */
export function negotiate(acceptLanguage = ''): Locale {
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag, q: q ? Number(q.trim().slice(2)) : 1, index };
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}
