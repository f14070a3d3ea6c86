import browser from 'webextension-polyfill';
import type { KeyFigure } from '../core/types';
import type { PageEvent } from '../shared/messages';

/** Calls back when the popup asks the open view of this tab to show a figure. */
export function onFigureToFocus(tabId: number, show: (figure: KeyFigure) => void): () => void {
  const listener = (message: unknown) => {
    const event = message as PageEvent;
    if (event?.type === 'reader/focus-figure' && event.tabId === tabId) show(event.figure);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
