import type { KeyFigure } from '../core/types';
import { t, uiLocale } from '../shared/i18n';
import { formatFigure } from './format-figure';

export function KeyFigureList({ figures }: { figures: KeyFigure[] }) {
  if (figures.length === 0) return <p class="muted">{t('popupNoFigures')}</p>;
  const locale = uiLocale();
  return (
    <ul data-key-figures class="figures">
      {figures.slice(0, 8).map((figure) => (
        <li key={figure.offset} data-value={String(figure.value)} data-unit={figure.unit} title={figure.raw}>
          <span class="value">{figure.approx && <abbr title={t('approxMarker')}>≈ </abbr>}{formatFigure(figure, locale)}</span>
          <span class="label">{figure.label}</span>
        </li>
      ))}
    </ul>
  );
}
