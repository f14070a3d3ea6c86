import browser from 'webextension-polyfill';
import { originPatterns } from '../shared/site-rules';

/**
 * Asks for host access to these domains. Call it before anything is awaited:
 * browsers show the prompt only while the reader's click or key press is being
 * handled. Access already held is granted again without a prompt.
 */
export function requestHostAccess(domains: readonly string[]): Promise<boolean> {
  const origins = domains.flatMap(originPatterns);
  return browser.permissions.request({ origins })
    // Outside a user gesture (a script set the control) the request throws; the access may be held already.
    .catch(() => browser.permissions.contains({ origins }));
}
