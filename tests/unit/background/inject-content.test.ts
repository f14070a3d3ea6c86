import { beforeEach, describe, expect, it, vi } from 'vitest';

// executeScript as the worker calls it: a probe function, or the content script's file.
const injections: string[] = [];
let loaded = false;

vi.mock('webextension-polyfill', () => ({
  default: {
    scripting: {
      executeScript: async (details: { target: { tabId: number }; files?: string[]; func?: () => unknown }) => {
        if (details.files) {
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
const { ensureContentScript, injectContentScript } = await import('../../../src/background/inject-content');

describe('injecting the content script', () => {
  beforeEach(() => {
    injections.length = 0;
    loaded = false;
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
