import { describe, expect, it } from 'vitest';
import { fold, matchesNeedles, queryNeedles, searchTerms } from '../../../src/shared/library/search-terms';
import { TermIndex } from '../../../src/library/search/term-index';
import { signatureOf } from '../../../src/library/search/index-cache';

describe('search terms', () => {
  it('folds case and accents', () => {
    expect(fold('Économie À LA Une')).toBe('economie a la une');
  });

  it('keeps each word once, with a space on both sides', () => {
    expect(searchTerms(['Le port, le PORT et l’économie.'])).toBe(' le port et l economie ');
  });

  it('matches words by their beginning, every query word required', () => {
    const terms = searchTerms(['La gigafactory de Douvrin ouvrira en 2027.']);
    expect(matchesNeedles(terms, queryNeedles('gigafac'))).toBe(true);
    expect(matchesNeedles(terms, queryNeedles('Gigafactory DOUVRIN'))).toBe(true);
    expect(matchesNeedles(terms, queryNeedles('factory'))).toBe(false);
    expect(matchesNeedles(terms, queryNeedles('gigafactory Lille'))).toBe(false);
    expect(matchesNeedles(terms, queryNeedles('2027'))).toBe(true);
  });

  it('indexes unspaced scripts by pairs of characters', () => {
    const terms = searchTerms(['東京都の人口']);
    expect(matchesNeedles(terms, queryNeedles('東京'))).toBe(true);
    expect(matchesNeedles(terms, queryNeedles('人口'))).toBe(true);
    expect(matchesNeedles(terms, queryNeedles('大阪'))).toBe(false);
  });

  it('has no needles for a query without words', () => {
    expect(queryNeedles('  — ! ')).toEqual([]);
  });
});

describe('term index', () => {
  const rows = [
    { id: 'a', terms: searchTerms(['Harbour cranes arrive', 'tidal energy']) },
    { id: 'b', terms: searchTerms(['Harbour tax', 'parliament votes']) },
    { id: 'c', terms: searchTerms(['Tidal power station', 'energy prices']) },
  ];

  it('answers the same before and after it is built', () => {
    const index = new TermIndex(rows);
    const queries = ['harb', 'tidal energy', 'energy', 'e', 'parliament harbour', 'nothing'];
    const scanned = queries.map((query) => index.search(queryNeedles(query)));
    while (!index.indexSome(1));
    expect(queries.map((query) => index.search(queryNeedles(query)))).toEqual(scanned);
    expect(scanned).toEqual([['a', 'b'], ['a', 'c'], ['a', 'c'], ['a', 'c'], ['b'], []]);
  });

  it('answers the same from a stored copy of the built index', () => {
    const index = new TermIndex(rows);
    expect(index.snapshot()).toBeNull();
    index.indexSome(Number.POSITIVE_INFINITY);
    const copy = TermIndex.fromSnapshot(structuredClone(index.snapshot()!));
    for (const query of ['harb', 'tidal energy', 'e', 'nothing']) {
      expect(copy.search(queryNeedles(query))).toEqual(index.search(queryNeedles(query)));
    }
  });

  it('is cached under a signature that changes when an article is saved again, added or removed', () => {
    const library = [{ id: 'a', savedAt: '2025-01-01' }, { id: 'b', savedAt: '2025-01-02' }];
    const signature = signatureOf(library);
    expect(signatureOf([...library].reverse())).toBe(signature);
    expect(signatureOf([library[0]!, { id: 'b', savedAt: '2025-01-03' }])).not.toBe(signature);
    expect(signatureOf([library[0]!])).not.toBe(signature);
    expect(signatureOf([...library, { id: 'c', savedAt: '2025-01-01' }])).not.toBe(signature);
  });

  it('stays fast with 10,000 articles', () => {
    const words = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}x`);
    const many = Array.from({ length: 10000 }, (_, doc) => ({
      id: String(doc),
      terms: ` ${Array.from({ length: 300 }, (_, k) => words[(doc * 7 + k * k) % words.length]).join(' ')} `,
    }));
    const index = new TermIndex(many);
    while (!index.indexSome(1000));
    const started = performance.now();
    for (const query of ['w1', 'w2x', 'wabc', 'w1 w2', 'zzz']) index.search(queryNeedles(query));
    expect((performance.now() - started) / 5).toBeLessThan(50);
  });
});
