import { describe, expect, it } from 'vitest';
import newsDomains from '../../../data/news-domains.json';
import { parseDomainList } from '../../../src/options/parse-domain-list';

const all = Object.values(newsDomains).flat();

describe('the default news list', () => {
  it('has at least 100 domains, each once, covering every region asked for', () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(newsDomains)).toEqual(['france', 'uk', 'us', 'germany', 'spain', 'italy', 'international']);
    for (const region of Object.values(newsDomains)) expect(region.length).toBeGreaterThanOrEqual(10);
  });

  it('includes the outlets the issue names', () => {
    for (const domain of ['lemonde.fr', 'lefigaro.fr', 'liberation.fr', 'silicon.fr', '01net.com', 'lesechos.fr', 'theguardian.com',
      'bbc.co.uk', 'bbc.com', 'nytimes.com', 'washingtonpost.com', 'reuters.com', 'spiegel.de', 'zeit.de', 'elpais.com', 'corriere.it']) {
      expect(all).toContain(domain);
    }
  });

  it('holds bare domains, as the options page would store them', () => {
    expect(parseDomainList(all.join('\n'))).toEqual(all);
    expect(all.filter((domain) => domain.startsWith('www.'))).toEqual([]);
  });
});

describe('parseDomainList', () => {
  it('takes domains, hosts and URLs a line, drops www, blanks and duplicates', () => {
    expect(parseDomainList(' LeMonde.fr \n\nhttps://www.bbc.co.uk/news/world\nwww.lemonde.fr\nnot a domain\nspiegel.de/politik\n'))
      .toEqual(['lemonde.fr', 'bbc.co.uk', 'spiegel.de']);
  });
});
