/** Saves the list as a text file, one domain a line, through the browser's download. */
export function exportDomainList(domains: readonly string[], fileName: string): void {
  const url = URL.createObjectURL(new Blob([`${domains.join('\n')}\n`], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The new entries of `imported` after those of `current`, in order. */
export function mergeDomainLists(current: readonly string[], imported: readonly string[]): string[] {
  return [...new Set([...current, ...imported])];
}
