import { describe, expect, it } from 'vitest';
import { read } from './read-fixture';

describe('lead image', () => {
  it('comes out absolute when the page gives it relative', () => {
    const prose = `<p>${'The ferry timetable changes next week, the council said on Tuesday after a long meeting. '.repeat(5)}</p>`;
    const article = read(`<!doctype html><html><head><title>Ferries</title><meta property="og:image" content="/img/lead.jpg"></head>
      <body><article><h1>Ferries</h1>${prose}${prose}</article></body></html>`, 'https://news.example/2026/ferries.html');
    expect(article.leadImage).toBe('https://news.example/img/lead.jpg');
  });
});
