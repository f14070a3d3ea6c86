import { describe, expect, it } from 'vitest';
import { removeMediaFallback } from '../../../src/core/extract/media-fallback';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { read } from './read-fixture';

describe('media fallback text', () => {
  it('goes from videos and audio, their sources and tracks stay', () => {
    const doc = parseWithLinkedom(`<html><body><div id="c"><p>Before.</p>
      <video controls><source src="a.mp4" type="video/mp4"><track src="a.vtt" kind="captions">Your browser does not support the video tag.</video>
      <audio><source src="a.mp3"><p>Sorry, your browser doesn't support embedded audio.</p></audio></div></body></html>`);
    const content = doc.getElementById('c')!;
    removeMediaFallback(content);
    expect(content.textContent).not.toMatch(/support/);
    expect(content.querySelectorAll('source')).toHaveLength(2);
    expect(content.querySelector('track')).not.toBeNull();
  });

  it('is not read as part of a page', () => {
    const prose = '<p>The harbour opened a new quay this spring, and the ferries now leave from the east side of the town.</p>'.repeat(5);
    const article = read(`<html><head><title>The quay</title></head><body><article><h1>The quay</h1>${prose}
      <video src="quay.mp4">Your browser does not support the video tag.</video>${prose}</article></body></html>`);
    expect(article.text).toContain('ferries now leave');
    expect(article.text).not.toContain('does not support');
  });
});
