import { useCallback, useEffect, useState } from 'preact/hooks';
import { listAll, listRecent, type ArticleMeta } from '../shared/library-store';
import { onLibraryChange } from '../shared/library/commit';

const FIRST_SCREEN = 50;

export interface LibraryData {
  /** Null until the first screen is read. */
  articles: ArticleMeta[] | null;
  /** False while only the most recent articles are loaded. */
  complete: boolean;
  /** Why the library could not be read, if it could not. */
  error: unknown;
  /** Goes up each time the library is read again after a change (import, undo). */
  generation: number;
  reload(): Promise<void>;
  /** Changes the in-memory copy after a write, without reading everything again. */
  update(change: (articles: ArticleMeta[]) => ArticleMeta[]): void;
}

/**
 * Reads the library in two steps so the first screen does not wait for the
 * rest: the most recent articles, painted, then every article's list row.
 */
export function useLibrary(): LibraryData {
  const [articles, setArticles] = useState<ArticleMeta[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    setArticles(await listAll());
    setComplete(true);
    setGeneration((current) => current + 1);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const recent = await listRecent(FIRST_SCREEN);
      if (cancelled) return;
      setArticles((current) => current ?? recent);
      if (recent.length < FIRST_SCREEN) { setComplete(true); return; }
      // Reading 10,000 rows holds the page for a while: only once the first screen is painted.
      await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
      const all = await listAll();
      if (cancelled) return;
      setArticles(all);
      setComplete(true);
    })().catch(setError);
    return () => { cancelled = true; };
  }, []);

  // A save from the popup or another library tab shows up here without a reload of the page.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onLibraryChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), 300);
    });
    return () => { clearTimeout(timer); stop(); };
  }, [reload]);

  const update = useCallback((change: (articles: ArticleMeta[]) => ArticleMeta[]) => {
    setArticles((current) => (current ? change(current) : current));
  }, []);

  return { articles, complete, error, generation, reload, update };
}
