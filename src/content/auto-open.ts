import { sendToBackground } from '../shared/messages';

/** After a same-document navigation, the new article is in place once the DOM is quiet this long… */
const SETTLE_MS = 250;
/** …or after this long at most (tickers and ads never stop moving). */
const SETTLE_MAX_MS = 2000;

interface EntryChange extends Event {
  navigationType?: 'push' | 'replace' | 'reload' | 'traverse';
}

/**
 * On a page of a site where articles open by themselves: asks the background
 * to open the reader view now, and again when the page changes article
 * without a full load. Each address is asked about once per visit, so a view
 * the reader closed stays closed.
 */
export function startAutoOpen(win: Window): void {
  const asked = new Set<string>();
  const ask = () => {
    const page = pageAddress(win.location.href);
    if (asked.has(page)) return;
    asked.add(page);
    // Nothing to show a failure in: the page simply stays as it is.
    sendToBackground({ type: 'auto/page-ready' }).catch(() => undefined);
  };
  ask();
  onAddressChange(win, () => void settled(win).then(ask));
}

/** The address without its fragment: jumping to an anchor is not a new page. */
function pageAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

function onAddressChange(win: Window, changed: () => void): void {
  let last = pageAddress(win.location.href);
  const check = () => {
    const now = pageAddress(win.location.href);
    if (now === last) return;
    last = now;
    changed();
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', (event) => {
      // Sites that rewrite the address while one scrolls through a stream of
      // articles use replaceState: opening the view there would yank the reader out of the page.
      if ((event as EntryChange).navigationType === 'replace') {
        last = pageAddress(win.location.href);
        return;
      }
      check();
    });
  } else {
    // Without the Navigation API a page script's pushState fires no event in this world.
    win.addEventListener('popstate', check);
    win.setInterval(check, 500);
  }
}

function settled(win: Window): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      observer.disconnect();
      win.clearTimeout(quiet);
      win.clearTimeout(cap);
      done();
    };
    let quiet = win.setTimeout(finish, SETTLE_MS);
    const cap = win.setTimeout(finish, SETTLE_MAX_MS);
    const observer = new MutationObserver(() => {
      win.clearTimeout(quiet);
      quiet = win.setTimeout(finish, SETTLE_MS);
    });
    observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
