import type { Settings, Theme, FontFamily } from '../shared/settings';
import { t } from '../shared/i18n';

export const FONT_SIZES = [14, 16, 18, 20, 22, 24, 28, 32];
const WIDTHS: [number, string][] = [[56, 'readerWidthNarrow'], [68, 'readerWidthMedium'], [84, 'readerWidthWide']];
const LINE_HEIGHTS: [number, string][] = [[1.4, 'readerLineCompact'], [1.6, 'readerLineNormal'], [1.9, 'readerLineLoose']];
const THEMES: [Theme, string][] = [['light', 'readerThemeLight'], ['sepia', 'readerThemeSepia'], ['dark', 'readerThemeDark'], ['auto', 'readerThemeAuto']];
const FONTS: [FontFamily, string][] = [['serif', 'readerFontSerif'], ['sans', 'readerFontSans'], ['dyslexic', 'readerFontDyslexic']];

interface Props {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
}

/** Reading settings, all native controls: usable with the keyboard as they are. */
export function SettingsPanel({ settings, onChange }: Props) {
  const sizeIndex = FONT_SIZES.indexOf(settings.fontSize);
  const stepSize = (delta: number) => {
    const next = FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, (sizeIndex < 0 ? 3 : sizeIndex) + delta))];
    if (next) onChange({ fontSize: next });
  };
  return (
    <section id="reader-settings" class="settings" aria-label={t('readerSettings')} data-reader-settings>
      <Choice legend={t('readerTheme')} name="theme" options={THEMES} value={settings.theme} onPick={(theme) => onChange({ theme })} />
      <Choice legend={t('readerFont')} name="font" options={FONTS} value={settings.font} onPick={(font) => onChange({ font })} />
      <fieldset>
        <legend>{t('readerFontSize')}</legend>
        <button type="button" data-setting="font-smaller" aria-label={t('readerSmaller')} disabled={sizeIndex === 0} onClick={() => stepSize(-1)}>A−</button>
        <output aria-live="polite">{settings.fontSize}px</output>
        <button type="button" data-setting="font-larger" aria-label={t('readerLarger')} disabled={sizeIndex === FONT_SIZES.length - 1} onClick={() => stepSize(1)}>A+</button>
      </fieldset>
      <Choice legend={t('readerWidth')} name="width" options={WIDTHS} value={settings.contentWidth} onPick={(contentWidth) => onChange({ contentWidth })} />
      <Choice legend={t('readerLineHeight')} name="line-height" options={LINE_HEIGHTS} value={settings.lineHeight} onPick={(lineHeight) => onChange({ lineHeight })} />
    </section>
  );
}

function Choice<T extends string | number>({ legend, name, options, value, onPick }:
  { legend: string; name: string; options: [T, string][]; value: T; onPick(value: T): void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <label key={String(option)}>
          <input type="radio" name={name} data-setting={`${name}-${option}`} checked={option === value} onChange={() => onPick(option)} />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
