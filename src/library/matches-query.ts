import type { SavedArticle } from '../shared/library-store';

/** Case- and accent-insensitive match of every word of the query in the title, site or text. */
export function matchesQuery(article: Pick<SavedArticle, 'title' | 'siteName' | 'text'>, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${article.title} ${article.siteName ?? ''} ${article.text}`);
  return words.every((word) => haystack.includes(word));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
