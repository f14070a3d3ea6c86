/** The address an article is saved under: the page's URL without its #fragment, so jumping to a heading is the same article. */
export function articleKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}
