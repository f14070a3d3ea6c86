import { useCallback, useEffect, useState } from 'preact/hooks';
import { listAll, listRecent, loadTerms, type ArticleMeta } from '../shared/library-store';

const FIRST_SCREEN = 50;

export interface LibraryData {
  /** Null until the first screen is read. */
  articles: ArticleMeta[] | null;
  /** False while only the most recent articles are loaded. */
  complete: boolean;
  terms: Map<string, string> | null;
  reload(): Promise<void>;
  /** Changes the in-memory copy after a write, without reading everything again. */
  update(change: (articles: ArticleMeta[]) => ArticleMeta[]): void;
}

/**
 * Reads the library in three steps so the first screen does not wait for the
 * rest: the most recent articles, then every article's list row, then the
 * search terms.
 */
export function useLibrary(): LibraryData {
  const [articles, setArticles] = useState<ArticleMeta[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [terms, setTerms] = useState<Map<string, string> | null>(null);

  const reload = useCallback(async () => {
    const [all, allTerms] = await Promise.all([listAll(), loadTerms()]);
    setArticles(all);
    setComplete(true);
    setTerms(allTerms);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const recent = await listRecent(FIRST_SCREEN);
      if (cancelled) return;
      setArticles((current) => current ?? recent);
      if (recent.length < FIRST_SCREEN) setComplete(true);
      const all = await listAll();
      if (cancelled) return;
      setArticles(all);
      setComplete(true);
      const allTerms = await loadTerms();
      if (!cancelled) setTerms(allTerms);
    })();
    return () => { cancelled = true; };
  }, []);

  const update = useCallback((change: (articles: ArticleMeta[]) => ArticleMeta[]) => {
    setArticles((current) => (current ? change(current) : current));
  }, []);

  return { articles, complete, terms, reload, update };
}
