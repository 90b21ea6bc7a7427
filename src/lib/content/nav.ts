/** The sections in the main navigation, in order. Routes are locale-free. */
import type { UIKey } from '../../i18n/t.ts';

export interface NavItem {
  key: UIKey;
  route: string;
}

export const mainNav: NavItem[] = [
  { key: 'nav.about', route: 'about/' },
  { key: 'nav.invest', route: 'invest/' },
  { key: 'nav.industries', route: 'industries/' },
  { key: 'nav.projects', route: 'projects/' },
  { key: 'nav.gallery', route: 'gallery/' },
  { key: 'nav.policies', route: 'policies/' },
  { key: 'nav.business', route: 'business/' },
  { key: 'nav.cooperation', route: 'cooperation/' },
  { key: 'nav.innovation', route: 'innovation/' },
  { key: 'nav.news', route: 'news/' },
  { key: 'nav.figures', route: 'figures/' },
  { key: 'nav.media', route: 'media/' },
  { key: 'nav.contact', route: 'contact/' },
];
