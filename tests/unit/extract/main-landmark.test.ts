import { describe, expect, it } from 'vitest';
import { addsLinkList, mainLandmark, PROSE_ADDED_LINK_SHARE } from '../../../src/core/extract/main-landmark';
import { mainContainer, measureText, type TextWeight } from '../../../src/core/extract/main-container';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const service = '<p>Our clinic offers therapy for adults and children, in person or by video, with evening hours on weekdays.</p>'.repeat(4);
const panel = '<p>Main campus 303-000-0000, appointments 303-000-0001, nurse line 303-000-0002.</p>'.repeat(4);

const page = (main: string, side: string): string => `<html><head><title>Therapy</title></head><body><div id="page">
  <div class="contact-panel">${side}</div><main><h1>Therapy services</h1>${main}</main></div></body></html>`;

describe("the page's <main> inside the main container", () => {
  it('is taken when it holds half of the container and the chrome beside it the rest', () => {
    const body = parseWithLinkedom(page(service, panel)).body;
    const weights = measureText(body);
    const container = mainContainer(body, weights);
    expect(container.id).toBe('page');
    expect(mainLandmark(container, weights)?.tagName).toBe('MAIN');
  });

  it('is not taken when it holds a small part of the container, or when there are several', () => {
    let body = parseWithLinkedom(page('<p>Short intro.</p>', service + panel)).body;
    let weights = measureText(body);
    expect(mainLandmark(mainContainer(body, weights), weights)).toBeNull();
    body = parseWithLinkedom(`<html><body><div><main>${service}</main><main>${panel}</main></div></body></html>`).body;
    weights = measureText(body);
    expect(mainLandmark(mainContainer(body, weights), weights)).toBeNull();
  });

  it('leaves the contact panel out of a page that is not an article', () => {
    const content = extractContent(parseWithLinkedom(page(service, panel)), { isArticle: false });
    expect(content?.content.textContent).toContain('evening hours');
    expect(content?.content.textContent).not.toContain('nurse line');
  });
});

// Readability takes the welcome note; the plain-text container, the opening hours; <main> holds the hours and the guides.
const welcome = `<div class="welcome"><div class="intro"><div>${[
  'Our clinics, in the city and the suburbs, treat adults, children, and families, with or without an appointment, all year.',
  'Bring your card, a list of your medicines, and, for a child, the health record.',
  'Parking, for patients, is free, and the bus, the tram, and the train stop within a short walk of each clinic.',
  'Interpreters, in sign language, Spanish, and Polish, can join a visit, if you ask, when you book it.',
].map((p) => `<p>${p}</p>`).join('')}</div></div></div>`;
const hours = `<section><h2>Opening hours</h2><ul>${Array.from({ length: 14 }, (_, i) => `<li>Clinic ${i + 1} opens Monday to Friday from 8 am to 6 pm</li>`).join('')}</ul></section>`;
const guides = (topic: string): string => `<section><h2>${topic}</h2>${Array.from({ length: 4 }, (_, i) => `<div class="card"><h3><a href="/${i}">${topic} ${i}</a></h3><p>What to expect at your first visit to our team, and how to prepare.</p></div>`).join('')}</section>`;
const clinicsPage = `<html><head><title>Clinics</title></head><body><header><a href="/">Home</a></header>${welcome}
  <main>${hours}${guides('Dental care')}${guides('Eye care')}${guides('Skin care')}</main><footer><p>Contact us</p></footer></body></html>`;

const lead = '<p>Our newsroom covers the science of sleep, from the biology of the body clock to the habits that help teenagers rest better before exams and games.</p>'.repeat(3);
const teasers = (topic: string): string => Array.from({ length: 3 }, (_, i) => `<div class="teaser"><h3><a href="/${topic}/${i}">${topic} story ${i}: what the new study found</a></h3><span>March ${i + 2}, 2026</span></div>`).join('');
const sectionsPage = `<html><head><title>Science</title></head><body><header><a href="/">Home</a></header>
  <main><section id="lead"><h2>Featured</h2>${lead}</section>${['Health', 'Space', 'Climate', 'Oceans'].map((topic) => `<section><h2>${topic}</h2>${teasers(topic)}</section>`).join('')}</main>
  <footer><p>Contact us</p></footer></body></html>`;

describe("the page's one <main> on pages that are not articles", () => {
  it('replaces the plain-text container holding a small part of it, once Readability lost the vote: the other sections are read too', () => {
    const text = extractContent(parseWithLinkedom(clinicsPage), { isArticle: false })?.content.textContent ?? '';
    expect(text).toContain('Clinic 14 opens');
    expect(text).toContain('Skin care 3');
    expect(text).not.toContain('Contact us');
  });

  it("does not replace Readability's block when it won the vote", () => {
    const text = extractContent(parseWithLinkedom(sectionsPage), { isArticle: false })?.content.textContent ?? '';
    expect(text).toContain('body clock');
    expect(text).not.toContain('Oceans story');
  });
});

// Beside the opening hours, inside <main>, a list of recent news: links only.
const recent = `<div class="news"><h3>Recent news</h3><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/news/${i}">Clinic news story number ${i} of this year</a></li>`).join('')}</ul></div>`;
const newsPage = `<html><head><title>Clinics</title></head><body><header><a href="/">Home</a></header>${welcome}<main>${hours}${recent}</main><footer><p>Contact us</p></footer></body></html>`;

describe('what <main> adds to the chosen block', () => {
  const weightOfMain = (html: string): { block: Element; weight: TextWeight } => {
    const body = parseWithLinkedom(html).body;
    const main = body.querySelector('main')!;
    return { block: body.querySelector('section, .grid')!, weight: measureText(body).get(main)! };
  };

  it('is a list of other pages when it is mostly links beside a block of prose', () => {
    const { block, weight } = weightOfMain(newsPage);
    expect(addsLinkList(block, weight)).toBe(true);
  });

  it('is more of the same when the block is itself a grid of links', () => {
    const grid = `<div class="grid">${Array.from({ length: 8 }, (_, i) => `<div class="tile"><a href="/p/${i}">Walnut side table ${i}</a><span>$9${i}</span></div>`).join('')}</div>`;
    const { block, weight } = weightOfMain(`<html><body><main>${grid}${recent}</main></body></html>`);
    expect(addsLinkList(block, weight)).toBe(false);
  });

  it('is left out when the block is replaced on a page that is not an article', () => {
    const text = extractContent(parseWithLinkedom(newsPage), { isArticle: false })?.content.textContent ?? '';
    expect(text).toContain('Clinic 14 opens');
    expect(text).not.toContain('story number 29');
  });
});

// Readability takes the welcome note inside <main>, and wins the vote; <main> adds the opening hours beside it.
const clinicHours = (directions: boolean): string => `<section><h2>Opening hours</h2><ul>${Array.from({ length: 6 }, (_, i) =>
  `<li>Clinic ${i + 1} opens Monday to Friday from 8 am to 6 pm, <a href="/map/${i}">${directions ? `directions from the station to clinic ${i + 1}` : 'map'}</a></li>`).join('')}</ul></section>`;
const longWelcome = `<div class="welcome"><div class="intro"><div>${welcome.match(/<p>.*?<\/p>/g)!.join('').repeat(2)}</div></div></div>`;
const hoursPage = (directions: boolean): string => `<html><head><title>Clinics</title></head><body><header><a href="/">Home</a></header>
  <main>${longWelcome}${clinicHours(directions)}</main><footer><p>Contact us</p></footer></body></html>`;

describe("the page's one <main> beside Readability's block, when that block won the vote", () => {
  it('replaces it when what <main> adds is text with few links', () => {
    const text = extractContent(parseWithLinkedom(hoursPage(false)), { isArticle: false })?.content.textContent ?? '';
    expect(text).toContain('Interpreters');
    expect(text).toContain('Clinic 6 opens');
    expect(text).not.toContain('Contact us');
  });

  it('leaves it when a third or more of what <main> adds is links', () => {
    const text = extractContent(parseWithLinkedom(hoursPage(true)), { isArticle: false })?.content.textContent ?? '';
    expect(text).toContain('Interpreters');
    expect(text).not.toContain('Clinic 6 opens');
  });

  it('is held to a lower share of links than a block that lost the vote', () => {
    const body = parseWithLinkedom(hoursPage(true)).body;
    const block = body.querySelector('.welcome')!;
    const weight = measureText(body).get(body.querySelector('main')!)!;
    expect(addsLinkList(block, weight)).toBe(false);
    expect(addsLinkList(block, weight, PROSE_ADDED_LINK_SHARE)).toBe(true);
  });
});
