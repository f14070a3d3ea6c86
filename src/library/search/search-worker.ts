import { openLibrary } from '../../shared/library/db';
import { queryNeedles } from '../../shared/library/search-terms';
import { TermIndex } from './term-index';
import type { SearchReply, SearchRequest } from './protocol';

// Building the index for 10,000 articles takes seconds: done here so the page stays responsive.
// Typed by hand: the project compiles against the DOM library, where `self` is a window.
const scope = self as unknown as { postMessage(reply: SearchReply): void; onmessage: ((event: MessageEvent<SearchRequest>) => void) | null };
const BATCH = 500;

let index: Promise<TermIndex> | null = null;

/** The index is searchable (by scanning) as soon as the terms are read, then indexed in slices between queries. */
async function load(): Promise<TermIndex> {
  const built = new TermIndex(await (await openLibrary()).getAll('terms'));
  void (async () => {
    while (!built.indexSome(BATCH)) await new Promise((done) => setTimeout(done, 0));
    post({ type: 'ready' });
  })();
  return built;
}

function post(reply: SearchReply): void {
  scope.postMessage(reply);
}

scope.onmessage = async ({ data }: MessageEvent<SearchRequest>) => {
  if (data.type === 'load') {
    index = load();
    return;
  }
  const needles = queryNeedles(data.query);
  if (needles.length === 0) return post({ type: 'result', seq: data.seq, ids: null });
  index ??= load();
  post({ type: 'result', seq: data.seq, ids: (await index).search(needles) });
};
