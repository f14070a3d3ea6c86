import { describe, expect, it } from 'vitest';
import { readingStats } from '../../../src/core/text/reading-time';

describe('words and reading time', () => {
  it('counts words with a letter or digit, and 230 of them a minute', () => {
    const text = 'The harbour — 12 cranes, 3 ferries… '.repeat(115);
    expect(readingStats(text)).toEqual({ wordCount: 690, readingMinutes: 3 });
  });

  it('counts each CJK character as a word, read at 500 a minute', () => {
    expect(readingStats('港口'.repeat(500) + ' port city')).toEqual({ wordCount: 1002, readingMinutes: 2 });
  });

  it('counts Korean by words: it puts spaces between them', () => {
    expect(readingStats('한국어 문장입니다').wordCount).toBe(2);
  });

  it('gives nothing for blank text, and at least a minute for any other', () => {
    expect(readingStats(' \n ')).toEqual({ wordCount: 0, readingMinutes: 0 });
    expect(readingStats('Hello')).toEqual({ wordCount: 1, readingMinutes: 1 });
  });
});
