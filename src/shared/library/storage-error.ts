/** What went wrong with the storage, in the terms a reader can act on. */
export type StorageProblem = 'storage-full' | 'quota-refused' | 'other';

function errorName(error: unknown): string {
  if (error instanceof DOMException || error instanceof Error) return error.name;
  return '';
}

/**
 * A quota error means the disk is full when the browser's estimate says so;
 * otherwise the browser refused to give the extension more room (private
 * windows, a policy, or a quota below what the library needs).
 */
export async function classifyStorageError(error: unknown, estimate?: () => Promise<StorageEstimate>): Promise<StorageProblem> {
  if (errorName(error) !== 'QuotaExceededError') return 'other';
  try {
    const { usage = 0, quota = 0 } = await (estimate ?? (() => navigator.storage.estimate()))();
    return quota > 0 && usage / quota > 0.9 ? 'storage-full' : 'quota-refused';
  } catch {
    return 'quota-refused';
  }
}
