const MARK = 'lisibleReader';

/**
 * One history entry, same URL, for the open view: browser back then closes the
 * view instead of leaving the page. Closing the view another way takes the
 * entry back out, so the page's history is as it was.
 */
export class HistoryEntry {
  private pushed = false;
  private expectingOwnPop = false;

  constructor(private readonly win: Window, private readonly onBack: () => void) {
    win.addEventListener('popstate', () => {
      if (this.expectingOwnPop) {
        this.expectingOwnPop = false;
        return;
      }
      if (this.pushed) {
        this.pushed = false;
        this.onBack();
      }
    });
  }

  push(): void {
    if (this.pushed) return;
    this.win.history.pushState({ [MARK]: true }, '');
    this.pushed = true;
  }

  pop(): void {
    if (!this.pushed) return;
    this.pushed = false;
    if ((this.win.history.state as Record<string, unknown> | null)?.[MARK]) {
      this.expectingOwnPop = true;
      this.win.history.back();
    }
  }
}
