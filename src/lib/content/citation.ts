/** Source and citation text for figures, shared by the Figures page and the downloads. */
import { useTranslations } from '../../i18n/t.ts';
import { describePeriod, formatFigure, formatPartialDate } from './figure-format.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { FigureData } from '../../schemas/figures.ts';

interface SourceLike {
  title: string;
  titleEn: string;
  authors: { zh: string; en: string };
  date: string;
  url?: string | undefined;
}

/**
 * The one citation style of the site: 吴丹、李世超《…》，2024年 / Wu Dan and Li Shichao, “…”, 2024.
 * Every page that names a source (figures, fact sheet, home, footer, quotes, `<Source>`) calls this.
 */
export function formatSource(source: SourceLike, locale: Locale): string {
  const date = formatPartialDate(source.date, locale);
  return locale === 'zh'
    ? `${source.authors.zh}《${source.title}》，${date}`
    : `${source.authors.en}, “${source.titleEn}”, ${date}`;
}

/** A ready-to-paste citation of one figure, with its permanent link. */
export function formatCitation(
  figure: Pick<FigureData, 'value' | 'unit' | 'qualifier' | 'period' | 'periodLabel' | 'label'>,
  source: SourceLike,
  locale: Locale,
  url: string,
): string {
  const t = useTranslations(locale);
  return t('figures.citation', {
    label: figure.label[locale],
    value: formatFigure(figure, locale),
    period: describePeriod(figure, locale),
    source: formatSource(source, locale),
    site: t('site.name'),
    url,
  });
}
