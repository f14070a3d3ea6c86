import { PageLock } from './page-lock';
import { HistoryEntry } from './history-entry';
import { extensionUrl } from './runtime';

const ROOT_STYLE = [
  'position:fixed', 'inset:0', 'width:100vw', 'height:100vh', 'max-width:none', 'max-height:none',
  'margin:0', 'padding:0', 'border:0', 'z-index:2147483647', 'display:block', 'visibility:visible',
  'opacity:1', 'background:#fff', 'color-scheme:normal', 'transform:none', 'filter:none', 'clip-path:none',
].map((rule) => `${rule} !important`).join(';');

/**
 * The reader view as an iframe of the extension's origin over the page: the
 * page's scripts cannot read into it and its CSS cannot style its content.
 * Opening adds one element to the page and closing removes it, so the page's
 * DOM is as it was.
 */
export class ReaderFrame {
  private iframe: HTMLIFrameElement | null = null;
  private readonly lock: PageLock;
  private readonly history: HistoryEntry;

  constructor(private readonly win: Window & typeof globalThis) {
    this.lock = new PageLock(win);
    // Browser back closes the view, as leaving any full-page view does.
    this.history = new HistoryEntry(win, () => this.close());
  }

  get isOpen(): boolean {
    return this.iframe !== null;
  }

  open(): void {
    if (this.iframe) return;
    const doc = this.win.document;
    const iframe = doc.createElement('iframe');
    iframe.setAttribute('data-reader-root', '');
    iframe.setAttribute('data-state', 'loading');
    iframe.setAttribute('title', 'Lisible');
    iframe.setAttribute('style', ROOT_STYLE);
    iframe.src = extensionUrl('src/reader/index.html');
    iframe.addEventListener('load', () => iframe.focus(), { once: true });
    // The top layer is above everything the page paints, whatever its z-index or
    // pseudo-elements: page CSS cannot cover the view.
    iframe.setAttribute('popover', 'manual');
    this.lock.engage(iframe);
    doc.documentElement.appendChild(iframe);
    iframe.showPopover();
    this.iframe = iframe;
    this.history.push();
  }

  markReady(): void {
    this.iframe?.setAttribute('data-state', 'ready');
  }

  close(): void {
    if (!this.iframe) return;
    this.iframe.remove();
    this.iframe = null;
    this.history.pop();
    this.lock.release();
  }
}
