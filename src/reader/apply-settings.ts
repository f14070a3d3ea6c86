import type { Settings } from '../shared/settings';

/** Reader settings become attributes and custom properties that reader.css reads. */
export function applySettings(root: HTMLElement, settings: Settings): void {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--font-size', `${settings.fontSize}px`);
  root.style.setProperty('--content-width', `${settings.contentWidth}ch`);
  root.style.setProperty('--line-height', String(settings.lineHeight));
}
