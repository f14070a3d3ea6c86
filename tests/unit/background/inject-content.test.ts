import { beforeEach, describe, expect, it, vi } from 'vitest';

// executeScript as the worker calls it: a probe function, or the content script's file.
const injections: string[] = [];
let loaded = false;
// How many injections the browser refuses before it accepts one, as under load right after a user action.
let refusals = 0;

vi.mock('webextension-polyfill', () => ({
  default: {
    scripting: {
      executeScript: async (details: { target: { tabId: number }; files?: string[]; func?: () => unknown }) => {
        if (details.files) {
          if (refusals > 0) {
            refusals -= 1;
            injections.push(`refused ${details.target.tabId}`);
            throw new Error('Cannot access contents of the page.');
          }
          injections.push(`file ${details.target.tabId} ${details.files.join(',')}`);
          loaded = true;
          return [{ result: undefined }];
        }
        injections.push(`probe ${details.target.tabId}`);
        return [{ result: loaded }];
      },
    },
  },
}));
vi.mock('../../../src/content/index.iife.ts?script', () => ({ default: 'content.js' }));
const { ensureContentScript, injectAtUserAction, injectContentScript } = await import('../../../src/background/inject-content');

describe('injecting the content script', () => {
  beforeEach(() => {
    injections.length = 0;
    loaded = false;
    refusals = 0;
  });

  it('tries again when an injection at a user action is refused', async () => {
    refusals = 2;
    await injectAtUserAction(5);
    expect(injections).toEqual(['refused 5', 'refused 5', 'file 5 content.js']);
  });

  it('gives up with the browser\'s error after its last try', async () => {
    refusals = 99;
    await expect(injectAtUserAction(5)).rejects.toThrow('Cannot access contents of the page.');
    expect(injections).toEqual(Array(5).fill('refused 5'));
  });

  it('injects the file when the page does not run the script yet', async () => {
    await ensureContentScript(7);
    expect(injections).toEqual(['probe 7', 'file 7 content.js']);
  });

  it('only asks when the page already runs it', async () => {
    await injectContentScript(7);
    injections.length = 0;
    await ensureContentScript(7);
    expect(injections).toEqual(['probe 7']);
  });

  it('probes for the flag the content script sets in its isolated world', async () => {
    const probe = vi.fn();
    const { default: browser } = await import('webextension-polyfill');
    const spy = vi.spyOn(browser.scripting, 'executeScript').mockImplementationOnce(async (details) => {
      probe((details as { func: () => unknown }).func);
      return [{ result: false, frameId: 0, documentId: '' }] as never;
    });
    await ensureContentScript(3);
    const func = probe.mock.calls[0]![0] as () => unknown;
    expect(func()).toBe(false);
    (globalThis as typeof globalThis & { lisibleLoaded?: boolean }).lisibleLoaded = true;
    expect(func()).toBe(true);
    delete (globalThis as typeof globalThis & { lisibleLoaded?: boolean }).lisibleLoaded;
    spy.mockRestore();
  });
});
