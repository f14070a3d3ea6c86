import { openLibrary } from '../../shared/library/db';
import { queryNeedles } from '../../shared/library/search-terms';
import { TermIndex } from './term-index';
import { cacheIndex, cachedIndex, signatureOf } from './index-cache';
import type { SearchReply, SearchRequest } from './protocol';

// Building the index for 10,000 articles takes seconds: done here so the page stays responsive.
// Typed by hand: the project compiles against the DOM library, where `self` is a window.
const scope = self as unknown as { postMessage(reply: SearchReply): void; onmessage: ((event: MessageEvent<SearchRequest>) => void) | null };
const BATCH = 500;

let index: Promise<TermIndex> | null = null;

/**
 * The index last built, if the library has not changed since; otherwise the
 * terms, searchable at once by scanning, indexed in slices between queries, and
 * the result kept for next time.
 */
async function load(): Promise<TermIndex> {
  const db = await openLibrary();
  const cached = await cachedIndex(signatureOf(await db.getAll('articles'))).catch(() => null);
  if (cached) {
    post({ type: 'ready' });
    return TermIndex.fromSnapshot(cached);
  }
  // Rows and terms from one transaction, so the signature describes exactly what is indexed.
  const tx = db.transaction(['articles', 'terms']);
  const [articles, rows] = await Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('terms').getAll()]);
  const built = new TermIndex(rows);
  void (async () => {
    while (!built.indexSome(BATCH)) await new Promise((done) => setTimeout(done, 0));
    const snapshot = built.snapshot();
    // Kept before saying ready, so a page left right away still leaves it for next time; failing only means building again.
    if (snapshot) await cacheIndex(signatureOf(articles), snapshot).catch(() => undefined);
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
