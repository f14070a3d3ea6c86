/** One domain a line, as typed or pasted: URLs, "www." and blank lines are tolerated, duplicates dropped. */
export function parseDomainList(text: string): string[] {
  const domains = text.split(/\r?\n/).map((line) => {
    const trimmed = line.trim().toLowerCase();
    if (!trimmed) return '';
    const host = /^[a-z]+:\/\//.test(trimmed) ? safeHost(trimmed) : trimmed.split('/')[0] ?? '';
    return host.replace(/^www\./, '').replace(/\.$/, '');
  });
  return [...new Set(domains.filter((d) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)))];
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
