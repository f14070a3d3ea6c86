import { describe, expect, it } from 'vitest';
import { read } from './read-fixture';

describe('math in articles', () => {
  it('keeps MathML through extraction and sanitizing in Node', () => {
    const prose = `<p>${'The energy of a body at rest follows from its mass, as the famous relation shows for any particle. '.repeat(4)}</p>`;
    const article = read(`<!doctype html><html><head><title>Mass and energy</title></head><body><article><h1>Mass and energy</h1>${prose}
      <p>It reads <math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math> in every textbook.</p>${prose}</article></body></html>`);
    expect(article.html).toContain('<math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>');
  });
});
