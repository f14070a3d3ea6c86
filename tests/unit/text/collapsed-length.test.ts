import { describe, expect, it } from 'vitest';
import { collapsedLength, collapsedTrimmedLength } from '../../../src/core/text/collapsed-length';

const samples = [
  '', ' ', 'a', '  a  ', 'one  two\tthree\n\nfour', '\u00a0non\u2009breaking\u3000spaces\ufeff',
  'emoji 😀  pair', '\r\n lead and trail \v\f', 'x\u200by', 'a\u1680\u2028\u2029\u202f\u205fb', '\u0085next-line',
];

describe('collapsedLength', () => {
  it('counts each whitespace run as one character, like collapsing it with \\s+', () => {
    for (const s of samples) expect(collapsedLength(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').length);
    expect(collapsedLength(' a  \n b')).toBe(4);
  });
  it('leaves out leading and trailing runs when trimmed', () => {
    for (const s of samples) expect(collapsedTrimmedLength(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim().length);
    expect(collapsedTrimmedLength('  a  \n b ')).toBe(3);
  });
});
