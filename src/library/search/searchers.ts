import { loadTerms } from '../../shared/library-store';
import { queryNeedles } from '../../shared/library/search-terms';
import { TermIndex } from './term-index';
import type { SearchReply, SearchRequest } from './protocol';

/** Answers a query with the ids of the matching articles, or null when the query has no words. */
export interface Searcher {
  ask(query: string): Promise<string[] | null>;
  close(): void;
}

/** Search in a worker, so building the index over 10,000 articles never holds the page. */
export function workerSearcher(onReady: () => void, onFail: () => void): Searcher {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (ids: string[] | null) => void>();
  let seq = 0;
  worker.onmessage = ({ data }: MessageEvent<SearchReply>) => {
    if (data.type === 'ready') return onReady();
    pending.get(data.seq)?.(data.ids);
    pending.delete(data.seq);
  };
  worker.onerror = () => onFail();
  const send = (request: SearchRequest) => worker.postMessage(request);
  send({ type: 'load' });
  return {
    ask: (query) => new Promise((resolve) => {
      pending.set(++seq, resolve);
      send({ type: 'query', seq, query });
    }),
    close: () => worker.terminate(),
  };
}

/** The same search in the page, for a browser that refuses the worker. */
export function pageSearcher(onReady: () => void): Searcher {
  const index = loadTerms().then((terms) => {
    const built = new TermIndex(Array.from(terms, ([id, words]) => ({ id, terms: words })));
    built.indexSome(Number.POSITIVE_INFINITY);
    onReady();
    return built;
  });
  return {
    ask: async (query) => {
      const needles = queryNeedles(query);
      return needles.length === 0 ? null : (await index).search(needles);
    },
    close: () => {},
  };
}
