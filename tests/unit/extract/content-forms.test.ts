import { describe, expect, it } from 'vitest';
import { fieldFormKeys, unwrapContentForms } from '../../../src/core/extract/content-forms';
import { copyWithoutNotContent } from '../../../src/core/extract/not-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (): Document => parseWithLinkedom(`<!doctype html><html><body>
  <form action="#" class="usertext" id="form-1"><input type="hidden" name="thing" value="t1"><div class="md"><p>The best plaid plans of mice.</p></div></form>
  <form action="/moderate" method="post"><button type="button">Select</button><article><p>A thread in its moderation form.</p></article></form>
  <form action="/cart/add" class="cart"><input type="hidden" name="id" value="7"><button>Add to cart</button><p>Ships in two days.</p></form>
  <form action="/login"><input type="email" name="mail"><p>Keep me logged in.</p></form>
</body></html>`);

describe('forms in the working copy', () => {
  it('give way to their content when the page\'s form has nothing to fill in or submit', () => {
    const doc = page();
    const copy = copyWithoutNotContent(doc);
    unwrapContentForms(copy.body, () => fieldFormKeys(doc));
    const forms = Array.from(copy.body.querySelectorAll('form')).map((f) => f.getAttribute('action'));
    expect(forms).toEqual(['/cart/add', '/login']);
    expect(copy.body.querySelector('div.md')?.parentElement).toBe(copy.body);
    expect(copy.body.querySelector('article')?.textContent).toBe('A thread in its moderation form.');
  });
});
