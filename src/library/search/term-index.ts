import { matchesNeedles } from '../../shared/library/search-terms';

/**
 * An inverted index over every article's search terms: sorted vocabulary, and
 * for each word the articles that contain it. A query word matches every word
 * it starts, found by binary search in the vocabulary, so a search costs the
 * number of matching articles, not the size of the library.
 */
export class TermIndex {
  private readonly ids: string[];
  private readonly terms: string[];
  private readonly postings = new Map<string, number[]>();
  private indexed = 0;
  private vocabulary: string[] | null = null;

  /** Searchable at once by scanning; `indexSome` then builds the index a slice at a time. */
  constructor(rows: { id: string; terms: string }[]) {
    this.ids = rows.map((row) => row.id);
    this.terms = rows.map((row) => row.terms);
  }

  /** Indexes the next `count` articles; true once every article is indexed and searches use the index. */
  indexSome(count: number): boolean {
    const end = Math.min(this.indexed + count, this.terms.length);
    for (let doc = this.indexed; doc < end; doc++) {
      for (const word of this.terms[doc]!.trim().split(' ')) {
        const list = this.postings.get(word);
        if (list) list.push(doc); else this.postings.set(word, [doc]);
      }
    }
    this.indexed = end;
    if (end === this.terms.length) this.vocabulary = Array.from(this.postings.keys()).sort();
    return this.sealed;
  }

  get sealed(): boolean {
    return this.vocabulary !== null;
  }

  /** Ids of the articles in which every needle (" word") starts a word. */
  search(needles: string[]): string[] {
    if (!this.vocabulary) return this.scan(needles);
    let hits: Uint8Array | null = null;
    for (const needle of needles) {
      const found = this.docsStartingWith(needle.slice(1), this.vocabulary);
      if (hits) for (let doc = 0; doc < hits.length; doc++) hits[doc]! &= found[doc]!;
      else hits = found;
    }
    const out: string[] = [];
    if (hits) for (let doc = 0; doc < hits.length; doc++) if (hits[doc]) out.push(this.ids[doc]!);
    return out;
  }

  private docsStartingWith(prefix: string, vocabulary: string[]): Uint8Array {
    const found = new Uint8Array(this.ids.length);
    for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) {
      for (const doc of this.postings.get(vocabulary[i]!)!) found[doc] = 1;
    }
    return found;
  }

  /** Before the vocabulary is sorted: a plain scan of every article's terms. */
  private scan(needles: string[]): string[] {
    const out: string[] = [];
    for (let doc = 0; doc < this.terms.length; doc++) if (matchesNeedles(this.terms[doc]!, needles)) out.push(this.ids[doc]!);
    return out;
  }
}

function lowerBound(sorted: string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1; else high = middle;
  }
  return low;
}
