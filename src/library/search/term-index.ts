import { matchesNeedles } from '../../shared/library/search-terms';

/** The built index in a form that is cheap to store and to read back (typed arrays, one string list). */
export interface IndexSnapshot {
  ids: string[];
  /** Every word, sorted. */
  vocabulary: string[];
  /** Articles of vocabulary[i]: docs[offsets[i]] up to docs[offsets[i + 1]]. */
  offsets: Int32Array;
  docs: Int32Array;
}

/**
 * An inverted index over every article's search terms: sorted vocabulary, and
 * for each word the articles that contain it. A query word matches every word
 * it starts, found by binary search in the vocabulary, so a search costs the
 * number of matching articles, not the size of the library.
 */
export class TermIndex {
  private readonly ids: string[];
  private readonly terms: string[];
  private postings: Map<string, number[]> | null = new Map();
  private indexed = 0;
  private built: IndexSnapshot | null = null;

  /** Searchable at once by scanning; `indexSome` then builds the index a slice at a time. */
  constructor(rows: { id: string; terms: string }[]) {
    this.ids = rows.map((row) => row.id);
    this.terms = rows.map((row) => row.terms);
  }

  static fromSnapshot(snapshot: IndexSnapshot): TermIndex {
    const index = new TermIndex([]);
    index.built = snapshot;
    index.postings = null;
    return index;
  }

  /** Indexes the next `count` articles; true once every article is indexed and searches use the index. */
  indexSome(count: number): boolean {
    if (this.built || !this.postings) return true;
    const end = Math.min(this.indexed + count, this.terms.length);
    for (let doc = this.indexed; doc < end; doc++) {
      for (const word of this.terms[doc]!.trim().split(' ')) {
        const list = this.postings.get(word);
        if (list) list.push(doc); else this.postings.set(word, [doc]);
      }
    }
    this.indexed = end;
    if (end === this.terms.length) this.seal(this.postings);
    return this.built !== null;
  }

  /** The built index, to store; null until it is built. */
  snapshot(): IndexSnapshot | null {
    return this.built;
  }

  /** Ids of the articles in which every needle (" word") starts a word. */
  search(needles: string[]): string[] {
    const built = this.built;
    if (!built) return this.scan(needles);
    let hits: Uint8Array | null = null;
    for (const needle of needles) {
      const found = docsStartingWith(built, needle.slice(1));
      if (hits) for (let doc = 0; doc < hits.length; doc++) hits[doc]! &= found[doc]!;
      else hits = found;
    }
    const out: string[] = [];
    if (hits) for (let doc = 0; doc < hits.length; doc++) if (hits[doc]) out.push(built.ids[doc]!);
    return out;
  }

  private seal(postings: Map<string, number[]>): void {
    const vocabulary = Array.from(postings.keys()).sort();
    const offsets = new Int32Array(vocabulary.length + 1);
    let total = 0;
    for (const [i, word] of vocabulary.entries()) {
      offsets[i] = total;
      total += postings.get(word)!.length;
    }
    offsets[vocabulary.length] = total;
    const docs = new Int32Array(total);
    for (const [i, word] of vocabulary.entries()) docs.set(postings.get(word)!, offsets[i]!);
    this.built = { ids: this.ids, vocabulary, offsets, docs };
    this.postings = null;
  }

  /** Before the index is built: a plain scan of every article's terms. */
  private scan(needles: string[]): string[] {
    const out: string[] = [];
    for (let doc = 0; doc < this.terms.length; doc++) if (matchesNeedles(this.terms[doc]!, needles)) out.push(this.ids[doc]!);
    return out;
  }
}

function docsStartingWith({ ids, vocabulary, offsets, docs }: IndexSnapshot, prefix: string): Uint8Array {
  const found = new Uint8Array(ids.length);
  for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) found[docs[k]!] = 1;
  }
  return found;
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
