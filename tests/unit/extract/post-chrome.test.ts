import { describe, expect, it } from 'vitest';
import { removePostChrome } from '../../../src/core/extract/post-chrome';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

// A thread as phpBB-like engines print it, with no microdata.
const reply = (author: string, text: string): string => `
  <div class="post has-profile">
    <dl class="postprofile"><dt><a class="username">${author}</a></dt><dd class="profile-rank">Volunteer</dd>
      <dd class="profile-posts">Posts: 1725</dd><dd class="profile-joined">Joined: 14. Sep 2019</dd></dl>
    <div class="postbody"><p class="author">Post by ${author} » 11. Sep 2024, 18:36</p>
      <div class="content">${text}</div>
      <div class="signature">My rig: a laptop from 2012 and a lot of patience.</div></div>
    <div class="back2top"><a href="#top">Top</a></div>
  </div>`;

const thread = `<div id="page-body"><h1>Network lost after the upgrade</h1>
  ${reply('galitsyn', 'After the upgrade my guests have no network at all, with NAT or bridged. Anyone else seeing this?')}
  ${reply('multiOS', 'Same here on Windows hosts; going back to the previous build brought the network back for me.')}
  ${reply('ehasis', 'The fix is in the next maintenance release, according to the changelog of the test builds.')}</div>`;

const doc = (): Document => parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${thread}</body></html>`);
const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ');

describe('the chrome around forum posts', () => {
  it('goes: user panels, signatures and "top" links, not the author line or the post', () => {
    const page = doc();
    removePostChrome(page.body);
    const out = text(page.body);
    expect(out).toContain('Post by multiOS » 11. Sep 2024');
    expect(out.match(/galitsyn/g)).toHaveLength(2);
    expect(out).toContain('going back to the previous build');
    expect(out).not.toMatch(/Posts: 1725|Joined:|Volunteer|My rig|Top/);
  });

  it('stays when a wrapper of the content bears one of those names', () => {
    const page = parseWithLinkedom(`<!doctype html><html><body><div class="user-info">${'A long account of the trip, day by day. '.repeat(60)}</div></body></html>`);
    removePostChrome(page.body);
    expect(text(page.body)).toContain('A long account of the trip');
  });

  it('leaves the author\'s name of a user panel, and nothing else of it', () => {
    const page = parseWithLinkedom(`<!doctype html><html><body><div class="message">
      <div class="message-userDetails"><h4 class="message-name"><a class="username">brunel</a></h4><h5>Senior member</h5><dl><dt>Joined</dt><dd>Mar 2016</dd></dl></div>
      <div class="user-info"><span>Posts: 1,204</span></div>
      <div class="message-body">A crosscut saw first.</div></div></body></html>`);
    removePostChrome(page.body);
    expect(text(page.body).trim()).toBe('brunel A crosscut saw first.');
  });

  it('goes when named as a BEM element ("block__signature"), not when the block is so named', () => {
    const page = parseWithLinkedom(`<!doctype html><html><body><div class="entry__signature">My rig: a laptop from 2012.</div>
      <div class="signature__dish">A stew of lentils, slow-cooked for the whole afternoon.</div></body></html>`);
    removePostChrome(page.body);
    expect(text(page.body)).not.toContain('My rig');
    expect(text(page.body)).toContain('A stew of lentils');
  });

  it('goes in a post of a column layout: the author column leaves the name, the copy of the header for phones and the share menu go', () => {
    const page = parseWithLinkedom(`<!doctype html><html><body><article class="ipsEntry">
      <aside class="ipsEntry__author-column"><h3 class="ipsEntry__username">ColdJ</h3><div class="ipsEntry__group">Members</div><ul><li>2.8k posts</li></ul></aside>
      <aside class="ipsEntry__header"><h3>ColdJ <span>Members</span></h3><p><time>June 14, 2024</time></p></aside>
      <div class="ipsEntry__post"><span class="ipsEntry__date">June 14, 2024</span>
      <div class="ipsRichText"><p>Thanks to all the moderators.</p></div></div>
      <div class="cPostShareMenu"><h5>Link to post</h5><h5>Share on other sites</h5></div></article></body></html>`);
    removePostChrome(page.body);
    expect(text(page.body).replace(/ +/g, ' ').trim()).toBe('ColdJ June 14, 2024 Thanks to all the moderators.');
  });

  it("goes as the copy of the author's panel printed for phones", () => {
    const page = parseWithLinkedom(`<!doctype html><html><body><article class="cPost">
      <div class="cAuthorPane_mobile ipsResponsive_showPhone"><h3>GrinGEO</h3><div>Posted October 29, 2025</div></div>
      <aside class="cAuthorPane"><h3>GrinGEO</h3><ul><li>Members</li><li>360</li></ul></aside>
      <div class="ipsComment_meta">Posted October 29, 2025</div>
      <div class="ipsType_richText"><p>I cannot change the payment method of an order.</p></div></article></body></html>`);
    removePostChrome(page.body);
    expect(text(page.body).replace(/ +/g, ' ').trim()).toBe('GrinGEO Posted October 29, 2025 I cannot change the payment method of an order.');
  });

  it('is measured as read: a user panel indented by its template is not a wrapper', () => {
    const indented = `<ul class="user-info">${'<li>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tRank: Veteran</li>'.repeat(80)}</ul>`;
    const page = parseWithLinkedom(`<!doctype html><html><body>${indented}<p>The post.</p></body></html>`);
    removePostChrome(page.body);
    expect(text(page.body)).toBe('The post.');
  });

  it('goes as the menus a button opens beside the thread (the forum list to jump to), not as a post', () => {
    const page = parseWithLinkedom(`<!doctype html><html><body>${thread}
      <div class="jumpbox-wrap"><span>Jump to</span><ul class="dropdown-contents"><li><a href="/f/1">General</a></li><li><span>↳ Howtos and Tutorials</span></li></ul></div>
      <div class="action-bar"><div class="dropdown-menu"><label>Sort by: Post time</label></div></div></body></html>`);
    removePostChrome(page.body);
    expect(text(page.body)).not.toMatch(/Howtos|General|Sort by/);
    expect(text(page.body)).toContain('going back to the previous build');
  });

  it("goes as an avatar drawn as its user's initials; an image's longer label text stays", () => {
    const page = parseWithLinkedom(`<!doctype html><html><body><div class="message">
      <a class="avatar"><span class="avatar-u7-m" role="img" aria-label="brunel">B</span></a><h4>brunel</h4>
      <div class="message-body">A crosscut saw first. <span role="img" aria-label="chart">Sales rose in May</span></div></div></body></html>`);
    removePostChrome(page.body);
    expect(text(page.body).trim()).toBe('brunel A crosscut saw first. Sales rose in May');
  });

  it('goes when named in snake case: a user panel beside the name, a bar of post buttons', () => {
    const page = parseWithLinkedom(`<!doctype html><html><body><div class="post_wrapper">
      <div class="poster"><h4><a href="/u/7">Arantor</a></h4><ul class="user_info"><li class="membergroup">Friend</li><li class="postgroup">Megaposter</li><li class="postcount">Posts: 76,825</li></ul></div>
      <div class="inner">I use it to draft the release notes, then rewrite them by hand.</div>
      <div class="post_controls"><a href="/search?uid=7">Find</a> <a href="/reply?pid=3">Reply</a></div></div></body></html>`);
    removePostChrome(page.body);
    expect(text(page.body).replace(/ +/g, ' ').trim()).toBe('Arantor I use it to draft the release notes, then rewrite them by hand.');
  });

  it("goes as the summary of who liked or reacted to a post, and as the post's number", () => {
    const page = parseWithLinkedom(`<!doctype html><html><body>
      <li class="message"><div class="messageInfo"><a class="item muted postNumber" data-href="/p/3">#3</a>
      <div class="messageContent">Forums still gather people around one interest.</div></div>
      <div class="likesSummary"><span class="LikeText"><a class="username">MargoFarrel</a> likes this.</span></div>
      <div class="card-reaction-bar"><span>❤️ 0</span></div>
      <div class="ipsReact_blurb"><ul class="ipsReact_reactions"><li>SrPx and JGD</li></ul></div>
      <div class="vbseo_liked"><a href="/u/4">WiSK</a> and <a href="/u/5">JapesUK</a> like this.</div></li></body></html>`);
    removePostChrome(page.body);
    expect(text(page.body).trim()).toBe('Forums still gather people around one interest.');
  });

  it("goes as the note of a post's last edit: named so, or left out of quotes by the engine", () => {
    const page = parseWithLinkedom(`<!doctype html><html><body>
      <article class="message"><div class="bbWrapper">Ordered the camera on Monday.</div>
      <div class="message-lastEdit">Last edited: <time>Jul 25, 2024</time></div></article>
      <article class="cPost"><div class="ipsType_richText"><p>Prices went up again.</p></div>
      <span class="ipsType_reset ipsType_light" data-excludequote><strong>Edited <time>April 18, 2024</time> by thanosmano</strong></span></article>
      <p class="edit-summary">Edited for a typo: the camera came on Tuesday.</p></body></html>`);
    removePostChrome(page.body);
    expect(text(page.body).replace(/ +/g, ' ').trim()).toBe('Ordered the camera on Monday. Prices went up again. Edited for a typo: the camera came on Tuesday.');
  });

  it('goes on pages that are not articles, and stays on articles, where the article rules decide', () => {
    expect(text(extractContent(doc(), { isArticle: false })!.content)).not.toContain('My rig');
    expect(text(extractContent(doc(), { isArticle: true })!.content)).toContain('My rig');
  });
});
