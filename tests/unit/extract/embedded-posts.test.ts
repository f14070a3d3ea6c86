import { describe, expect, it } from 'vitest';
import { read } from './read-fixture';

const prose = (topic: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>${topic}, paragraph ${i + 1}: enough words about the ${topic} to read as the prose a reader came for, with a comma, and another.</p>`).join('');

// A tweet as sites embed it: the network's <blockquote> in a block named for it.
const tweet = `<blockquote class="twitter-tweet"><p lang="en">The new slogan is everywhere this morning <a href="https://twitter.com/hashtag/slogan">#slogan</a></p>
  — Jo Reader (@joreader) <a href="https://twitter.com/joreader/status/1">November 18, 2019</a></blockquote>`;

function page(wrapper: string): string {
  return `<html><head><title>A slogan goes viral</title></head><body><article><h1>A slogan goes viral</h1>
    ${prose('slogan', 3)}${wrapper}${prose('campaign', 3)}
    <div class="social-share"><a href="https://twitter.com/share">Share on X</a> <a href="https://facebook.com/share">Share on Facebook</a></div>
    </article></body></html>`;
}

describe('posts embedded from social networks', () => {
  it('are kept on articles although their block is named "social"', () => {
    const text = read(page(`<div class="social-media-embed">${tweet}</div>`)).text;
    expect(text).toContain('The new slogan is everywhere this morning');
    expect(text).toContain('Jo Reader (@joreader)');
    expect(text).toContain('campaign, paragraph 3');
  });

  it('leave other blocks beside the text to their rules, quotes or not', () => {
    const related = `<div class="related-posts"><blockquote>What a read, says a fan of the site</blockquote><a href="/other">Another story</a></div>`;
    expect(read(page(related)).text).not.toContain('says a fan of the site');
  });

  it('do not keep the share bar beside them', () => {
    expect(read(page(`<div class="social-media-embed">${tweet}</div>`)).text).not.toContain('Share on Facebook');
  });
});
