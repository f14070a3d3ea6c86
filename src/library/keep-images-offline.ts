import browser from 'webextension-polyfill';
import { addImages, missingImageUrls } from '../shared/library/images';

/**
 * Fetches the images a save could not read (other sites that do not allow it),
 * after asking the reader for access to just those sites. Must start from a
 * click: the browser shows its permission prompt only then. Access granted here
 * only for this is given back once the images are stored.
 */
export async function keepImagesOffline(id: string): Promise<number> {
  const urls = await missingImageUrls(id);
  if (urls.length === 0) return addImages(id, new Map());
  const origins = Array.from(new Set(urls.map((url) => `${new URL(url).origin}/*`)));
  const alreadyGranted = await browser.permissions.contains({ origins });
  if (!alreadyGranted && !(await browser.permissions.request({ origins }))) throw new PermissionRefused();
  try {
    const found = new Map<string, Blob>();
    await Promise.all(urls.map(async (url) => {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
        const blob = await response.blob();
        if (response.ok && blob.type.startsWith('image/')) found.set(url, blob);
      } catch {
        // Still unreachable: it stays counted as online only.
      }
    }));
    return await addImages(id, found);
  } finally {
    if (!alreadyGranted) await browser.permissions.remove({ origins }).catch(() => false);
  }
}

export class PermissionRefused extends Error {
  override name = 'PermissionRefused';
}
