import browser from 'webextension-polyfill';

const TIMEOUT_MS = 15_000;
const MAX_BYTES = 20 * 1024 * 1024;
const PARALLEL = 6;

type InPage = { url: string; type: string; data: string } | null;

/**
 * Fetches an article's images to keep them offline. First from the worker:
 * that works for the tab's own origin (activeTab grants it while the user acts),
 * for sites the reader granted access to, and for CDNs that allow any origin.
 * What is left is fetched from inside the page, where the page's own origin
 * and cookies apply (same-origin images behind a login). Images that neither
 * way can read are left to the network: the library counts them as missing.
 */
export async function fetchImages(urls: string[], tabId: number | undefined): Promise<Map<string, Blob>> {
  const found = new Map<string, Blob>();
  await inParallel(urls, async (url) => {
    const blob = await fetchFromWorker(url);
    if (blob) found.set(url, blob);
  });
  const left = urls.filter((url) => !found.has(url));
  if (left.length > 0 && tabId !== undefined) {
    for (const [url, blob] of await fetchInPage(tabId, left)) found.set(url, blob);
  }
  return found;
}

async function fetchFromWorker(url: string): Promise<Blob | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) return null;
    const blob = await response.blob();
    return isImage(blob) ? blob : null;
  } catch {
    return null;
  }
}

function isImage(blob: Blob): boolean {
  return blob.size > 0 && blob.size <= MAX_BYTES && blob.type.startsWith('image/');
}

async function fetchInPage(tabId: number, urls: string[]): Promise<Map<string, Blob>> {
  const found = new Map<string, Blob>();
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: readImagesInPage, args: [urls, TIMEOUT_MS, MAX_BYTES] });
    for (const entry of (frame?.result ?? []) as InPage[]) {
      if (!entry) continue;
      const bytes = Uint8Array.from(atob(entry.data), (char) => char.charCodeAt(0));
      found.set(entry.url, new Blob([bytes], { type: entry.type }));
    }
  } catch {
    // A tab that navigated away or a page we may not script: those images stay online-only.
  }
  return found;
}

/** Runs in the page's isolated world: only what is passed in and returned crosses over. */
async function readImagesInPage(urls: string[], timeoutMs: number, maxBytes: number): Promise<InPage[]> {
  return Promise.all(urls.map(async (url) => {
    try {
      // force-cache: the page has usually just shown the image, so it is read from the cache.
      const response = await fetch(url, { cache: 'force-cache', signal: AbortSignal.timeout(timeoutMs) });
      const blob = await response.blob();
      if (!response.ok || !blob.type.startsWith('image/') || blob.size === 0 || blob.size > maxBytes) return null;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { url, type: blob.type, data: btoa(binary) };
    } catch {
      return null;
    }
  }));
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  }));
}
