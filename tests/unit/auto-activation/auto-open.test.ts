// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

const asked: string[] = [];
vi.mock('../../../src/shared/messages', () => ({
  sendToBackground: async () => {
    asked.push(location.pathname);
    return { open: false };
  },
}));
const { startAutoOpen } = await import('../../../src/content/auto-open');

// jsdom has no Navigation API: this runs the fallback that polls the address.
const settle = () => new Promise((done) => setTimeout(done, 1200));

describe('startAutoOpen', () => {
  it('asks on load, again for each new address reached by pushState, never twice for one address or for a fragment', async () => {
    history.replaceState({}, '', '/economie/');
    startAutoOpen(window);
    expect(asked).toEqual(['/economie/']);

    history.pushState({}, '', '/economie/article/2026/03/12/un-article.html');
    document.body.append(document.createElement('article'));
    await settle();
    expect(asked).toEqual(['/economie/', '/economie/article/2026/03/12/un-article.html']);

    history.pushState({}, '', '/economie/article/2026/03/12/un-article.html#commentaires');
    await settle();
    history.pushState({}, '', '/economie/');
    await settle();
    history.pushState({}, '', '/economie/article/2026/03/12/un-article.html');
    await settle();
    expect(asked).toEqual(['/economie/', '/economie/article/2026/03/12/un-article.html']);
  });
});
