import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchReply, SearchRequest } from './protocol';

export interface SearchResult {
  /** The query these ids answer. */
  query: string;
  /** Matching article ids, or null when the query has no words. */
  ids: Set<string> | null;
}

/**
 * Full-text search in a worker over every article's words. `generation` changes
 * when the library changes, which starts a fresh worker on the new contents.
 */
export function useSearch(query: string, generation: number): SearchResult {
  const [result, setResult] = useState<SearchResult>({ query: '', ids: null });
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const asked = useRef(new Map<number, string>());

  useEffect(() => {
    const created = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = ({ data }: MessageEvent<SearchReply>) => {
      if (data.type === 'ready') {
        // The benchmark waits for this mark before it times searches over article bodies.
        performance.mark('lisible-library-search-ready');
        return;
      }
      const answered = asked.current.get(data.seq);
      asked.current.delete(data.seq);
      // Answers to queries typed over since are dropped.
      if (answered === undefined || data.seq !== seq.current) return;
      setResult({ query: answered, ids: data.ids && new Set(data.ids) });
    };
    send(created, { type: 'load' });
    worker.current = created;
    return () => created.terminate();
  }, [generation]);

  useEffect(() => {
    if (!worker.current) return;
    const next = ++seq.current;
    asked.current.set(next, query);
    send(worker.current, { type: 'query', seq: next, query });
  }, [query, generation]);

  return result;
}

function send(worker: Worker, request: SearchRequest): void {
  worker.postMessage(request);
}
