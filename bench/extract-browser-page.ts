/**
 * The browser side of bench/extract-browser.ts, bundled by it with esbuild and run
 * in a blank page of Chromium: times the core and Readability on the browser's own
 * DOM, where the content script runs. Timing happens here, in one call per page,
 * so that no round trip to Node falls inside a measurement.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract-article';

/** Fastest time of each contender on one page, in ms, and the core's text from its first run. */
export interface PageTiming {
  ours: number;
  readability: number;
  readabilityOnClone: number;
  text: string;
}

export type PageResult = { ok: true; timing: PageTiming } | { ok: false; error: string };

export interface BenchApi {
  measure(html: string, url: string, repeat: number): PageResult;
  /** The smallest step performance.now() shows in this page, in ms. */
  resolution(): number;
}

declare global {
  interface Window { lisibleBench?: BenchApi }
}

// DOMParser parses with scripting off, unlike a live page: <noscript> content becomes
// markup. On most pages that changes little; on two wcxb-dev pages a self-closed
// <noscript><iframe/></noscript> then swallows the rest of the page as iframe text.
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/**
 * Times `run` on a freshly parsed document; the parse is not timed. No forced
 * collection in between: a full gc() (--expose-gc) took about 80 ms and made the
 * next measurement slower, Readability's most; the fastest of --repeat runs already
 * leaves out the runs a collection fell into, as in Node.
 */
function timeOnFresh(html: string, run: (doc: Document) => void): number {
  const doc = parse(html);
  const t0 = performance.now();
  run(doc);
  return performance.now() - t0;
}

function measure(html: string, url: string, repeat: number): PageResult {
  let text: string | null = null;
  const best = { ours: Infinity, readability: Infinity, readabilityOnClone: Infinity };
  const contenders: Array<[keyof typeof best, (doc: Document) => void]> = [
    ['ours', (doc) => {
      const article = extractArticle(doc, { url, window });
      text ??= article?.text ?? '';
    }],
    // Readability's own options are left at their defaults, as in bench/extract.ts. It
    // throws on some pages; that run is timed all the same, as in Node.
    ['readability', (doc) => { try { new Readability(doc).parse(); } catch { /* timed all the same */ } }],
    // What a reader on a live page must do: Readability empties the document it reads.
    ['readabilityOnClone', (doc) => {
      try { new Readability(doc.cloneNode(true) as Document).parse(); } catch { /* timed all the same */ }
    }],
  ];
  try {
    for (let run = 0; run < repeat; run++) {
      // Each run starts with the next contender: none is always first (cold caches) or last.
      for (let i = 0; i < contenders.length; i++) {
        const [name, fn] = contenders[(run + i) % contenders.length]!;
        best[name] = Math.min(best[name], timeOnFresh(html, fn));
      }
    }
  } catch (err) {
    return { ok: false, error: (err as Error).stack?.split('\n').slice(0, 3).join(' ') ?? String(err) };
  }
  return { ok: true, timing: { ...best, text: text ?? '' } };
}

function resolution(): number {
  let step = Infinity;
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    let t1 = performance.now();
    while (t1 === t0) t1 = performance.now();
    step = Math.min(step, t1 - t0);
  }
  return step;
}

window.lisibleBench = { measure, resolution };
