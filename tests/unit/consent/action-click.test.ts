import { beforeEach, describe, expect, it, vi } from 'vitest';

// What the worker does on a toolbar click, with the extension APIs recorded in call order.
const calls: string[] = [];
let clicked: ((tab: { id?: number; windowId?: number }) => void) | null = null;
let openPopup: () => Promise<void> = () => Promise.resolve();

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getManifest: () => ({ action: { default_popup: 'src/popup/index.html' } }) },
    action: {
      setPopup: async ({ tabId, popup }: { tabId?: number; popup: string }) => { calls.push(`setPopup ${tabId ?? 'all'} '${popup}'`); },
      openPopup: ({ windowId }: { windowId?: number }) => { calls.push(`openPopup ${windowId}`); return openPopup(); },
      onClicked: { addListener: (listener: typeof clicked) => { clicked = listener; } },
    },
  },
}));
vi.mock('../../../src/background/inject-content', () => ({
  injectAtUserAction: (tabId: number) => { calls.push(`inject ${tabId}`); return Promise.resolve(); },
}));
const { registerActionClick } = await import('../../../src/background/action-click');
registerActionClick();
const atStart = [...calls];

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the toolbar click, handled by the worker', () => {
  beforeEach(() => {
    calls.length = 0;
    openPopup = () => Promise.resolve();
  });

  it('turns the manifest popup off so that a click reaches the worker', () => {
    expect(atStart).toEqual([`setPopup all ''`]);
    expect(clicked).not.toBeNull();
  });

  it('injects the content script first, opens the popup in the same turn, then clears the tab popup', async () => {
    clicked!({ id: 7, windowId: 2 });
    // Firefox opens a popup only from within the click's handler: nothing may be awaited before openPopup.
    expect(calls).toEqual(['inject 7', `setPopup 7 'src/popup/index.html'`, 'openPopup 2']);
    await settle();
    expect(calls.at(-1)).toBe(`setPopup 7 ''`);
  });

  it('leaves the tab popup set when the popup cannot be opened, so the next click opens it directly', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    openPopup = () => Promise.reject(new Error('no focused window'));
    clicked!({ id: 8, windowId: 3 });
    await settle();
    expect(calls).toEqual(['inject 8', `setPopup 8 'src/popup/index.html'`, 'openPopup 3']);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

});
