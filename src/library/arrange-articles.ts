import type { ArticleMeta } from '../shared/library-store';

export type SortKey = 'saved' | 'published' | 'site';

const NEWEST_FIRST = (a: number, b: number) => b - a;

/** Articles in the order asked for; sorted copies, the input is left as it is. */
export function sortArticles(articles: ArticleMeta[], sort: SortKey, collator: Intl.Collator): ArticleMeta[] {
  const saved = (meta: ArticleMeta) => Date.parse(meta.savedAt) || 0;
  if (sort === 'saved') return [...articles].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  if (sort === 'published') {
    // Parsed once each: dates from different sites come in different ISO forms.
    const keyed = articles.map((meta) => ({ meta, at: Date.parse(meta.publishedTime ?? '') || -Infinity, saved: saved(meta) }));
    keyed.sort((a, b) => (a.at === b.at ? NEWEST_FIRST(a.saved, b.saved) : a.at === -Infinity ? 1 : b.at === -Infinity ? -1 : NEWEST_FIRST(a.at, b.at)));
    return keyed.map(({ meta }) => meta);
  }
  const keyed = articles.map((meta) => ({ meta, site: meta.siteName ?? '', saved: saved(meta) }));
  keyed.sort((a, b) => {
    if (a.site === b.site) return NEWEST_FIRST(a.saved, b.saved);
    if (!a.site || !b.site) return a.site ? -1 : 1;
    return collator.compare(a.site, b.site);
  });
  return keyed.map(({ meta }) => meta);
}

/** The sorted articles of the chosen site that the search found (`found` null: no search). */
export function filterArticles(sorted: ArticleMeta[], site: string | null, found: Set<string> | null): ArticleMeta[] {
  if (site === null && found === null) return sorted;
  return sorted.filter((meta) => (site === null || meta.siteName === site) && (found === null || found.has(meta.id)));
}

/** Sites with how many articles each, by name. */
export function sitesOf(articles: ArticleMeta[], collator: Intl.Collator): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const meta of articles) if (meta.siteName) counts.set(meta.siteName, (counts.get(meta.siteName) ?? 0) + 1);
  return Array.from(counts, ([name, count]) => ({ name, count })).sort((a, b) => collator.compare(a.name, b.name));
}
