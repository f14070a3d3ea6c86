import { describe, expect, it } from 'vitest';
import {
  carvedOutDomains, coveringDomain, domainOfPattern, openDomains, opensAutomatically, originPatterns, ruleFor, siteDomain, withRule,
  type SiteLists,
} from '../../../src/shared/site-rules';

const lists = (change: Partial<SiteLists> = {}): SiteLists => ({
  autoActivation: true,
  autoDomains: ['lemonde.fr', 'bbc.co.uk', 'news.sky.com'],
  alwaysDomains: [],
  neverDomains: [],
  ...change,
});

describe('which pages open by themselves', () => {
  it('matches a listed domain and its subdomains, not look-alikes', () => {
    expect(opensAutomatically('lemonde.fr', lists())).toBe(true);
    expect(opensAutomatically('www.lemonde.fr', lists())).toBe(true);
    expect(opensAutomatically('abonnes.lemonde.fr', lists())).toBe(true);
    expect(opensAutomatically('notlemonde.fr', lists())).toBe(false);
    expect(opensAutomatically('lemonde.fr.example.com', lists())).toBe(false);
    expect(opensAutomatically('sky.com', lists())).toBe(false);
    expect(opensAutomatically('news.sky.com', lists())).toBe(true);
  });

  it('opens nothing from the list while the feature is off, but always sites still open', () => {
    const off = lists({ autoActivation: false, alwaysDomains: ['example.org'] });
    expect(opensAutomatically('www.lemonde.fr', off)).toBe(false);
    expect(opensAutomatically('blog.example.org', off)).toBe(true);
  });

  it('lets never win over the list, and the more specific rule win between always and never', () => {
    expect(opensAutomatically('www.lemonde.fr', lists({ neverDomains: ['lemonde.fr'] }))).toBe(false);
    const mixed = lists({ alwaysDomains: ['lemonde.fr'], neverDomains: ['abonnes.lemonde.fr'] });
    expect(ruleFor('abonnes.lemonde.fr', mixed)).toBe('never');
    expect(ruleFor('www.lemonde.fr', mixed)).toBe('always');
    expect(ruleFor('lemonde.fr', lists({ alwaysDomains: ['lemonde.fr'], neverDomains: ['lemonde.fr'] }))).toBe('never');
  });

  it('picks the most specific covering entry', () => {
    expect(coveringDomain('a.b.example.com', ['example.com', 'b.example.com'])).toBe('b.example.com');
    expect(coveringDomain('example.net', ['example.com'])).toBeNull();
  });
});

describe('what is registered and asked for', () => {
  it('runs on the list and the always sites, minus the never ones, without duplicates', () => {
    const settings = lists({ alwaysDomains: ['example.org', 'lemonde.fr'], neverDomains: ['bbc.co.uk'] });
    expect(openDomains(settings)).toEqual(['lemonde.fr', 'news.sky.com', 'example.org']);
    expect(openDomains({ ...settings, autoActivation: false })).toEqual(['example.org', 'lemonde.fr']);
  });

  it('carves never subdomains out of the domains run on', () => {
    const settings = lists({ neverDomains: ['abonnes.lemonde.fr', 'elsewhere.com'] });
    expect(carvedOutDomains(settings, openDomains(settings))).toEqual(['abonnes.lemonde.fr']);
  });

  it('asks for one pattern per scheme and recognises only its own patterns', () => {
    expect(originPatterns('lemonde.fr')).toEqual(['https://*.lemonde.fr/*', 'http://*.lemonde.fr/*']);
    expect(domainOfPattern('https://*.lemonde.fr/*')).toBe('lemonde.fr');
    expect(domainOfPattern('http://*.lemonde.fr/*')).toBe('lemonde.fr');
    expect(domainOfPattern('https://*/*')).toBeNull();
    expect(domainOfPattern('https://www.lemonde.fr/*')).toBeNull();
    expect(domainOfPattern('<all_urls>')).toBeNull();
  });
});

describe('popup rules', () => {
  it('applies a rule to the listed domain covering the page, else to the host without www', () => {
    expect(siteDomain('www.lemonde.fr', lists())).toBe('lemonde.fr');
    expect(siteDomain('www.example.org', lists())).toBe('example.org');
    expect(siteDomain('abonnes.lemonde.fr', lists({ neverDomains: ['abonnes.lemonde.fr'] }))).toBe('abonnes.lemonde.fr');
  });

  it('keeps a domain in at most one of the always and never lists', () => {
    const start = lists({ alwaysDomains: ['lemonde.fr'] });
    expect(withRule(start, 'lemonde.fr', 'never')).toEqual({ alwaysDomains: [], neverDomains: ['lemonde.fr'] });
    expect(withRule(start, 'lemonde.fr', null)).toEqual({ alwaysDomains: [], neverDomains: [] });
    expect(withRule(start, 'example.org', 'always')).toEqual({ alwaysDomains: ['lemonde.fr', 'example.org'], neverDomains: [] });
  });
});
