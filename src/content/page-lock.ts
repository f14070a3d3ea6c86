/**
 * While the view is open the page underneath must neither scroll nor take
 * focus. Neither is done by changing the page's DOM (which must come back
 * byte for byte, and which the consent watcher would take for a CMP's scroll
 * lock): a scroll is undone as it happens and focus is handed back to the view.
 */
export class PageLock {
  private saved: { x: number; y: number; focus: Element | null } | null = null;
  private listening: AbortController | null = null;

  constructor(private readonly win: Window & typeof globalThis) {}

  engage(view: HTMLIFrameElement): void {
    const saved = { x: this.win.scrollX, y: this.win.scrollY, focus: this.win.document.activeElement };
    this.saved = saved;
    const abort = new AbortController();
    this.listening = abort;
    this.win.addEventListener('scroll', () => {
      if (this.win.scrollX !== saved.x || this.win.scrollY !== saved.y) this.win.scrollTo(saved.x, saved.y);
    }, { signal: abort.signal });
    this.win.document.addEventListener('focusin', (event) => {
      if (event.target !== view) view.focus();
    }, { capture: true, signal: abort.signal });
    // Focus coming back to the tab (a popup or another tab closed) can land on the page's
    // own window, the view its active element yet not receiving the keys. Once that focus
    // change is over, the view's document takes the focus back.
    this.win.addEventListener('focus', () => {
      this.win.setTimeout(() => view.contentWindow?.focus(), 0);
    }, { signal: abort.signal });
  }

  release(): void {
    const saved = this.saved;
    if (!saved) return;
    this.saved = null;
    this.listening?.abort();
    this.listening = null;
    this.win.scrollTo(saved.x, saved.y);
    if (saved.focus instanceof HTMLElement && saved.focus.isConnected) saved.focus.focus({ preventScroll: true });
  }
}
