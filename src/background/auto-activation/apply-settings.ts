import { loadSettings } from '../../shared/settings';
import { carvedOutDomains, openDomains } from '../../shared/site-rules';
import { permittedDomains, releaseUnusedHosts } from './host-access';
import { registerAutoOpen } from './content-scripts';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Brings host access and the registered script in line with the settings:
 * access only to the sites in use, the script on exactly those of them the
 * reader granted. Runs one at a time, since two overlapping runs would both
 * find no script and register it twice.
 */
export function applySettings(): Promise<string[]> {
  const run = queue.then(async () => {
    const settings = await loadSettings();
    const open = openDomains(settings);
    await releaseUnusedHosts(open);
    const permitted = await permittedDomains(open);
    await registerAutoOpen(permitted, carvedOutDomains(settings, permitted));
    return permitted;
  });
  queue = run.catch(() => undefined);
  return run;
}
