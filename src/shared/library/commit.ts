/** Tells other pages of the extension (an open library) that the library changed. */
const CHANNEL = 'lisible-library';
// Who announced: a page reloads on others' changes, not on its own.
const SELF = crypto.randomUUID();

/**
 * Waits for a transaction's writes and its commit. On failure, throws the
 * transaction's own error when it has one: a write cut short by a full disk
 * fails as "AbortError", while the transaction says "QuotaExceededError".
 */
export async function commit(tx: { done: Promise<void>; error: DOMException | null }, writes: Promise<unknown>[]): Promise<void> {
  try {
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    throw tx.error ?? error;
  }
  announceChange();
}

export function announceChange(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(SELF);
  channel.close();
}

/** Calls back when another page or the background changed the library. */
export function onLibraryChange(callback: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = ({ data }: MessageEvent<string>) => { if (data !== SELF) callback(); };
  return () => channel.close();
}
