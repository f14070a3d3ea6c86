import { useEffect, useRef, useState } from 'preact/hooks';
import { pageSearcher, workerSearcher, type Searcher } from './searchers';

export interface SearchResult {
  /** The query these ids answer. */
  query: string;
  /** Matching article ids, or null when the query has no words. */
  ids: Set<string> | null;
}

// The benchmark waits for this mark before it times searches over article bodies.
const markReady = () => performance.mark('lisible-library-search-ready');

/**
 * Full-text search over every article's words, in a worker (in the page if the
 * worker cannot start). `generation` changes when the library changes, which
 * starts a fresh search over the new contents.
 */
export function useSearch(query: string, generation: number): SearchResult {
  const [result, setResult] = useState<SearchResult>({ query: '', ids: null });
  const [workerFailed, setWorkerFailed] = useState(false);
  const searcher = useRef<Searcher | null>(null);
  const latest = useRef(query);

  const ask = (asked: string) => {
    const current = searcher.current;
    void current?.ask(asked).then((ids) => {
      // Answers to queries typed over since, or from a replaced searcher, are dropped.
      if (latest.current === asked && searcher.current === current) setResult({ query: asked, ids: ids && new Set(ids) });
    });
  };

  useEffect(() => {
    let created: Searcher;
    try {
      created = workerFailed ? pageSearcher(markReady) : workerSearcher(markReady, () => setWorkerFailed(true));
    } catch {
      created = pageSearcher(markReady);
    }
    searcher.current = created;
    ask(latest.current);
    return () => created.close();
  }, [generation, workerFailed]);

  useEffect(() => {
    latest.current = query;
    ask(query);
  }, [query]);

  return result;
}
