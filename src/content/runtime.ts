import type { Reply } from '../shared/reply';

/*
 * The two runtime calls the content script makes, without webextension-polyfill:
 * its table of every API's arity weighs 2.5 KB gzipped, and these two need none
 * of it. The namespace is picked as the polyfill picks it: the browser's own
 * promise-based `browser` where there is one (Firefox), else `chrome`.
 */

/** Resolves to a Reply and never rejects: errors travel as data, so no rejection marker is needed. */
type MessageListener = (message: unknown) => Promise<Reply<unknown>>;

interface PromisingRuntime {
  id?: string;
  getURL(path: string): string;
  onMessage: { addListener(listener: MessageListener): void };
}

function nativeRuntime(): PromisingRuntime | undefined {
  const runtime = (globalThis as { browser?: { runtime?: PromisingRuntime } }).browser?.runtime;
  return runtime?.id ? runtime : undefined;
}

export function extensionUrl(path: string): string {
  return (nativeRuntime() ?? chrome.runtime).getURL(path);
}

/**
 * Answers each message with what `listener` resolves to. Chromium's `chrome`
 * sends an asynchronous answer through sendResponse once the listener returns
 * true.
 */
export function onMessage(listener: MessageListener): void {
  const native = nativeRuntime();
  if (native) {
    native.onMessage.addListener(listener);
    return;
  }
  chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    void listener(message).then(sendResponse);
    return true;
  });
}
