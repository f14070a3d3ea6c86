import browser from 'webextension-polyfill';
import { domainOfPattern, originPatterns } from '../../shared/site-rules';

/** The domains among `domains` that Lisible may run on now (granted by the reader, or by the manifest). */
export async function permittedDomains(domains: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(domains.map((domain) => browser.permissions.contains({ origins: originPatterns(domain) })));
  return domains.filter((_, index) => granted[index]);
}

/**
 * Gives back the host access asked for sites no longer in use, so Lisible holds
 * access only to the sites it runs on. Only patterns it asks for itself are
 * touched: access granted another way (the browser's site-access menu, the manifest) stays.
 */
export async function releaseUnusedHosts(inUse: readonly string[]): Promise<void> {
  const keep = new Set(inUse);
  const { origins = [] } = await browser.permissions.getAll();
  const unused = origins.filter((pattern) => {
    const domain = domainOfPattern(pattern);
    return domain !== null && !keep.has(domain);
  });
  if (unused.length > 0) await browser.permissions.remove({ origins: unused });
}
