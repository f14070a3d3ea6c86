import { describe, expect, it } from 'vitest';
import { cutPastedLogs } from '../../../src/core/extract/pasted-logs';
import { gatherThread, threadPosts } from '../../../src/core/extract/forum-thread';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const SCHEMA = 'https://schema.org';
const LOG = Array.from({ length: 120 }, (_, i) => `10:${String(i).padStart(3, '0')} ERROR (MainThread) [core] Error doing job: Future exception was never retrieved`).join('\n');
const SNIPPET = 'async def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())';

const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('logs pasted in a post', () => {
  it('are cut to their first lines, at a line end, when longer than code quoted to be read; a snippet stays whole', () => {
    const page = parseWithLinkedom(`<!doctype html><html><body><div class="post">
      <p>This is part of the log, I hope it is sufficient:</p><pre><code>${LOG}</code></pre>
      <p>The handler is <code>receive_loop</code>, started like this:</p><pre><code>${SNIPPET}</code></pre></div></body></html>`);
    cutPastedLogs(page.body);
    const [log, snippet] = Array.from(page.body.querySelectorAll('pre')).map((pre) => pre.textContent ?? '');
    expect(log).toMatch(/^10:000 ERROR/);
    expect(log).toMatch(/retrieved$/);
    expect(log!.length).toBeLessThanOrEqual(1500);
    expect(log).not.toContain('10:100 ERROR');
    expect(snippet).toBe(SNIPPET);
    expect(text(page.body)).toContain('The handler is receive_loop, started like this:');
  });

  it('are cut in the posts of a thread read from its microdata', () => {
    const post = (type: string, author: string, body: string): string => `<article class="message" itemscope itemtype="${SCHEMA}/${type}">
      <span itemprop="author" itemscope itemtype="${SCHEMA}/Person"><span itemprop="name">${author}</span></span>
      <div itemprop="text">${body}</div></article>`;
    const doc = parseWithLinkedom(`<!doctype html><html><body><main>
      ${post('DiscussionForumPosting', 'raoul', `<p>Stuck on "starting" after the update. The log:</p><pre>${LOG}</pre>`)}
      ${post('Comment', 'code-in-progress', '<p>Looks like the custom integration; try disabling it and restarting.</p>')}</main></body></html>`);
    const thread = gatherThread(threadPosts(doc.body)!, doc);
    expect(text(thread)).toContain('10:000 ERROR');
    expect(text(thread)).not.toContain('10:100 ERROR');
    expect(text(thread)).toContain('Looks like the custom integration');
  });
});
