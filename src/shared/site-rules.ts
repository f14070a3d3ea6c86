/**
 * Which sites open articles in the reader view by themselves. Pure functions of
 * the settings, shared by the background (what to register), the options page
 * and the popup (what host access to ask for).
 */

export interface SiteLists {
  /** The news list is in use. */
  autoActivation: boolean;
  autoDomains: readonly string[];
  /** Sites where articles always open, list in use or not. */
  alwaysDomains: readonly string[];
  /** Sites where they never do. */
  neverDomains: readonly string[];
}

export type SiteRule = 'always' | 'never';

/** Does `domain` cover `host`: the domain itself or one of its subdomains. */
export function covers(domain: string, host: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The most specific entry of `domains` that covers `host`, if any. */
export function coveringDomain(host: string, domains: readonly string[]): string | null {
  let best: string | null = null;
  for (const domain of domains) {
    if (covers(domain, host) && (best === null || domain.length > best.length)) best = domain;
  }
  return best;
}

/** The per-site rule for a host: the most specific of the always and never entries covering it; never on a tie. */
export function ruleFor(host: string, lists: SiteLists): SiteRule | null {
  const always = coveringDomain(host, lists.alwaysDomains);
  const never = coveringDomain(host, lists.neverDomains);
  if (never !== null && (always === null || never.length >= always.length)) return 'never';
  return always === null ? null : 'always';
}

export function opensAutomatically(host: string, lists: SiteLists): boolean {
  const rule = ruleFor(host, lists);
  if (rule !== null) return rule === 'always';
  return lists.autoActivation && coveringDomain(host, lists.autoDomains) !== null;
}

/** The domains to run on (and to hold host access for): the list when in use, plus the always sites, minus the never ones. */
export function openDomains(lists: SiteLists): string[] {
  const candidates = [...(lists.autoActivation ? lists.autoDomains : []), ...lists.alwaysDomains];
  return [...new Set(candidates)].filter((domain) => ruleFor(domain, lists) !== 'never');
}

/** Never sites inside a domain that is run on: they must be carved out of its match patterns. */
export function carvedOutDomains(lists: SiteLists, open: readonly string[]): string[] {
  return lists.neverDomains.filter((never) => open.some((domain) => domain !== never && covers(domain, never)));
}

/**
 * Host access for a domain and its subdomains, one pattern per scheme like the
 * manifest's optional access (all https sites, all http sites): browsers do not
 * count a "*://" pattern as inside those two.
 */
export function originPatterns(domain: string): string[] {
  return [`https://*.${domain}/*`, `http://*.${domain}/*`];
}

/** The domain of a pattern made by originPatterns; null for any other pattern. */
export function domainOfPattern(pattern: string): string | null {
  return /^https?:\/\/\*\.([a-z0-9.-]+)\/\*$/.exec(pattern)?.[1] ?? null;
}

/**
 * The domain a popup rule for this host is about: an entry already covering it
 * (so "never" on www.lemonde.fr applies to the listed lemonde.fr), else the host without "www.".
 */
export function siteDomain(host: string, lists: SiteLists): string {
  const known = coveringDomain(host, [...lists.alwaysDomains, ...lists.neverDomains, ...lists.autoDomains]);
  return known ?? host.replace(/^www\./, '');
}

/** The always and never lists with `domain` set to `rule` (null: follow the news list). */
export function withRule(lists: SiteLists, domain: string, rule: SiteRule | null): { alwaysDomains: string[]; neverDomains: string[] } {
  const without = (domains: readonly string[]) => domains.filter((entry) => entry !== domain);
  return {
    alwaysDomains: rule === 'always' ? [...without(lists.alwaysDomains), domain] : without(lists.alwaysDomains),
    neverDomains: rule === 'never' ? [...without(lists.neverDomains), domain] : without(lists.neverDomains),
  };
}
