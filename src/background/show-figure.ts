import browser from 'webextension-polyfill';
import type { KeyFigure } from '../core/types';
import type { PageEvent } from '../shared/messages';
import { sendToContent } from '../shared/messages';
import { toggleReader } from './tab-actions';

// A figure waits here until the reader view of its tab has loaded its article.
const waiting = new Map<number, KeyFigure>();

/** Opens the reader view of a tab at the sentence of a figure (or moves an open view there). */
export async function showFigure(tabId: number, figure: KeyFigure): Promise<{ open: boolean }> {
  const { readerOpen } = await sendToContent(tabId, { type: 'content/reader-state' }).catch(() => ({ readerOpen: false }));
  if (readerOpen) {
    const event: PageEvent = { type: 'reader/focus-figure', tabId, figure };
    await browser.runtime.sendMessage(event).catch(() => undefined);
    return { open: true };
  }
  waiting.set(tabId, figure);
  return toggleReader(tabId, true);
}

export function takeFigureToShow(tabId: number): KeyFigure | null {
  const figure = waiting.get(tabId) ?? null;
  waiting.delete(tabId);
  return figure;
}
