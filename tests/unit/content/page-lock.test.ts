import { afterEach, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { PageLock } from '../../../src/content/page-lock';

function pageWithView() {
  const { window } = new JSDOM('<!doctype html><body><a href="#">link</a></body>');
  const win = window as unknown as Window & typeof globalThis;
  // The lock uses the globals of the page it runs in: here, jsdom's.
  vi.stubGlobal('AbortController', win.AbortController);
  vi.stubGlobal('HTMLElement', win.HTMLElement);
  const view = win.document.createElement('iframe');
  win.document.documentElement.appendChild(view);
  return { win, view };
}

const nextTask = (win: Window) => new Promise((done) => win.setTimeout(done, 5));

describe('PageLock', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the focus back to the view when the page’s own window takes it', async () => {
    const { win, view } = pageWithView();
    const lock = new PageLock(win);
    lock.engage(view);
    const focusView = vi.spyOn(view.contentWindow!, 'focus');
    win.dispatchEvent(new win.FocusEvent('focus'));
    expect(focusView).not.toHaveBeenCalled();
    await nextTask(win);
    expect(focusView).toHaveBeenCalledTimes(1);
  });

  it('leaves the page’s focus alone once released', async () => {
    const { win, view } = pageWithView();
    const lock = new PageLock(win);
    lock.engage(view);
    const focusView = vi.spyOn(view.contentWindow!, 'focus');
    lock.release();
    win.dispatchEvent(new win.FocusEvent('focus'));
    await nextTask(win);
    expect(focusView).not.toHaveBeenCalled();
  });
});
