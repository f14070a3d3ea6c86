import browser from 'webextension-polyfill';

const ROOT_STYLE = [
  'position:fixed', 'inset:0', 'width:100vw', 'height:100vh', 'max-width:none', 'max-height:none',
  'margin:0', 'padding:0', 'border:0', 'z-index:2147483647', 'display:block', 'visibility:visible',
  'opacity:1', 'background:#fff', 'color-scheme:normal', 'transform:none', 'filter:none',
].map((rule) => `${rule} !important`).join(';');

/**
 * The reader view as an iframe of the extension's origin over the page: the
 * page's scripts cannot read into it and its CSS cannot style its content.
 * Opening adds one element to the page and closing removes it, so the page's
 * DOM is as it was.
 */
export class ReaderFrame {
  private iframe: HTMLIFrameElement | null = null;
  private restore: { x: number; y: number; focus: Element | null } | null = null;

  constructor(private readonly win: Window & typeof globalThis) {}

  get isOpen(): boolean {
    return this.iframe !== null;
  }

  open(): void {
    if (this.iframe) return;
    const doc = this.win.document;
    this.restore = { x: this.win.scrollX, y: this.win.scrollY, focus: doc.activeElement };
    const iframe = doc.createElement('iframe');
    iframe.setAttribute('data-reader-root', '');
    iframe.setAttribute('data-state', 'loading');
    iframe.setAttribute('title', 'Lisible');
    iframe.setAttribute('style', ROOT_STYLE);
    iframe.src = browser.runtime.getURL('src/reader/index.html');
    iframe.addEventListener('load', () => iframe.focus(), { once: true });
    doc.documentElement.appendChild(iframe);
    this.iframe = iframe;
  }

  markReady(): void {
    this.iframe?.setAttribute('data-state', 'ready');
  }

  close(): void {
    if (!this.iframe) return;
    this.iframe.remove();
    this.iframe = null;
    const restore = this.restore;
    this.restore = null;
    if (!restore) return;
    this.win.scrollTo(restore.x, restore.y);
    if (restore.focus instanceof HTMLElement && restore.focus.isConnected) restore.focus.focus({ preventScroll: true });
  }
}
