import type { KeyFigure } from '../core/types';
import { t, uiLocale } from '../shared/i18n';
import { formatFigure } from './format-figure';

interface Props {
  figures: KeyFigure[];
  /** Shows where the figure is said in the article; without it the list is plain text. */
  onPick?: (figure: KeyFigure) => void;
}

/** The key figures, best first, at most eight: the acceptance hooks are data-value and data-unit. */
export function KeyFigureList({ figures, onPick }: Props) {
  if (figures.length === 0) return <p class="muted">{t('popupNoFigures')}</p>;
  const locale = uiLocale();
  return (
    <ul data-key-figures class="figures">
      {figures.slice(0, 8).map((figure) => {
        const content = (
          <>
            <span class="value">{figure.approx && <abbr title={t('approxMarker')}>≈ </abbr>}{formatFigure(figure, locale)}</span>
            <span class="label">{figure.label}</span>
          </>
        );
        return (
          <li key={figure.offset} data-value={String(figure.value)} data-unit={figure.unit} title={figure.raw}>
            {onPick
              ? <button type="button" class="figure" aria-label={`${formatFigure(figure, locale)}, ${figure.label}: ${t('figureShowInArticle')}`} onClick={() => onPick(figure)}>{content}</button>
              : content}
          </li>
        );
      })}
    </ul>
  );
}
